import type { GraphQLSchema } from 'graphql';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, deny, or, rule, shield } from 'graphql-shield';
import type { IRuleFieldMap, IRuleTypeMap } from 'graphql-shield/typings/types';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { hasScope } from './principal';
import { SCOPES, type Scope } from './scopes';

const authenticated = (context: RequestContext) => {
  if (context.authFailure) return unauthenticated(context.authFailure);
  if (!context.principal) return unauthenticated();
  return null;
};

const requireScope = (scope: Scope) =>
  rule(`scope:${scope}`, { cache: 'contextual' })((_parent, _args, context: RequestContext) => {
    return (
      authenticated(context) ??
      (hasScope(context.principal, scope) ? true : forbidden(`The ${scope} scope is required`))
    );
  });

export const canRead = requireScope(SCOPES.read);
export const canWrite = requireScope(SCOPES.write);
export const canAdminister = requireScope(SCOPES.admin);
export const canWritePii = requireScope(SCOPES.piiWrite);
export const canDecideApprovals = requireScope(SCOPES.approvalsDecide);
export const canWriteInventory = requireScope(SCOPES.inventoryWrite);

/**
 * Any valid principal. For the PII mutations: the PII service checks the scope itself so that a
 * refused attempt is audited with the acting principal — a shield refusal would leave no trace.
 */
const isAuthenticated = rule('authenticated', { cache: 'contextual' })(
  (_parent, _args, context: RequestContext) => authenticated(context) ?? true,
);

/**
 * Entry points are guarded; everything below them inherits the entry point's decision. Root fields
 * are denied unless listed (`_service` stays open so a router can compose us), `_entities` needs the
 * read scope like the root queries. `fields` adds rules for individual nested fields that need more
 * than their entry point (each listed field is wrapped; its siblings are not).
 *
 * Only the listed fields are wrapped: guarding every field of every type cost a quarter of the CPU of
 * a fifty-booking page in the benchmark, for decisions the entry point had already made.
 */
export function bookingPermissions(
  schema: GraphQLSchema,
  extra: { Query?: IRuleFieldMap; Mutation?: IRuleFieldMap; fields?: Record<string, IRuleFieldMap> } = {},
): IMiddlewareTypeMap {
  // These list other bookings: reading them is a query, whichever mutation returned the parent.
  const nestedRules: Record<string, IRuleFieldMap> = {
    Person: { bookings: canRead },
    Organization: { bookings: canRead },
    Quote: { bookings: canRead },
    QuoteVersion: { booking: canRead },
    Supplier: { bookingCommitments: canRead },
    SupplierInvoiceLine: { bookingSupplierStatus: canRead },
    ...extra.fields,
  };
  const rules: IRuleTypeMap = {
    Query: {
      '*': deny,
      _service: allow,
      _entities: canRead,
      booking: canRead,
      bookingByNumber: canRead,
      bookings: canRead,
      piiAuditEvents: canAdminister,
      actionApprovals: canRead,
      allocationCapacity: or(canRead, canWriteInventory),
      reservationPlan: canRead,
      reservationPlans: canRead,
      bookingRefund: canRead,
      sagas: canAdminister,
      ...extra.Query,
    },
    Mutation: {
      '*': deny,
      createBooking: canWrite,
      updateBooking: canWrite,
      addBookingItem: canWrite,
      updateBookingItem: canWrite,
      removeBookingItem: canWrite,
      addBookingTraveler: canWrite,
      updateBookingTraveler: canWrite,
      removeBookingTraveler: canWrite,
      linkItemTraveler: canWrite,
      unlinkItemTraveler: canWrite,
      setBookingOrigin: canWrite,
      addBookingNote: canWrite,
      updateBookingNote: canWrite,
      deleteBookingNote: canWrite,
      upsertBookingSupplierStatus: canWrite,
      transitionBooking: canWrite,
      overrideBookingStatus: canAdminister,
      upsertTravelerTravelDetails: isAuthenticated,
      deleteTravelerTravelDetails: isAuthenticated,
      decideActionApproval: canDecideApprovals,
      setAllocationCapacity: canWriteInventory,
      reserveBooking: canWrite,
      addBookingAllocation: canWrite,
      releaseBookingAllocation: canWrite,
      extendBookingHold: canWrite,
      expireStaleHolds: canAdminister,
      issueFulfillment: canWrite,
      updateFulfillment: canWrite,
      recordRedemption: canWrite,
      submitReservationPlan: canWrite,
      refundBooking: canWrite,
      setBookingAnswers: canWrite,
      retrySaga: canAdminister,
      abortSaga: canAdminister,
      addBookingSupplierStatus: canWrite,
      updateBookingSupplierStatus: canWrite,
      setSupplierConfirmation: canWrite,
      linkSupplierInvoiceLine: canWrite,
      ...extra.Mutation,
    },
    ...nestedRules,
  };
  const generated = shield(rules, {
    fallbackRule: deny,
    fallbackError: () => forbidden(),
    // Resolver errors (BAD_USER_INPUT, NOT_FOUND) are ours to report, not "not authorised".
    allowExternalErrors: true,
    debug: false,
  }).generate(schema);
  if (typeof generated === 'function' || 'resolve' in generated)
    throw new Error('graphql-shield generated a schema-wide middleware');
  return entryPointsAndListedFields(generated as IMiddlewareTypeMap, schema, nestedRules);
}

function entryPointsAndListedFields(
  generated: IMiddlewareTypeMap,
  schema: GraphQLSchema,
  fields: Record<string, IRuleFieldMap>,
): IMiddlewareTypeMap {
  const roots = new Set(
    [schema.getQueryType()?.name, schema.getMutationType()?.name].filter((name): name is string => name !== undefined),
  );
  const kept: IMiddlewareTypeMap = {};
  for (const [typeName, fieldMap] of Object.entries(generated)) {
    if (roots.has(typeName)) {
      kept[typeName] = fieldMap;
      continue;
    }
    const listed = fields[typeName];
    if (!listed || typeof fieldMap === 'function') continue;
    kept[typeName] = Object.fromEntries(Object.entries(fieldMap).filter(([field]) => field in listed));
  }
  return kept;
}
