import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
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
    return authenticated(context) ?? (hasScope(context.principal, scope) ? true : forbidden(`The ${scope} scope is required`));
  });

export const canRead = requireScope(SCOPES.read);
export const canWrite = requireScope(SCOPES.write);
export const canAdminister = requireScope(SCOPES.admin);
export const canWriteInventory = requireScope(SCOPES.inventoryWrite);

/** A mutation's answer is readable by whoever may make the mutation. */
const canSeeBookings = or(canRead, canWrite, canAdminister);

/**
 * Root fields are denied unless listed; `_service` stays open so the router can compose us.
 * Every other object type is readable by callers who may see bookings at all, which also guards
 * entities arriving through `_entities`.
 */
export function bookingPermissions(schema: GraphQLSchema, extra: { Query?: IRuleFieldMap; Mutation?: IRuleFieldMap } = {}) {
  const rules: IRuleTypeMap = {
    Query: {
      '*': deny,
      _service: allow,
      _entities: canRead,
      booking: canRead,
      bookingByNumber: canRead,
      bookings: canRead,
      allocationCapacity: or(canRead, canWriteInventory),
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
      setAllocationCapacity: canWriteInventory,
      reserveBooking: canWrite,
      addBookingAllocation: canWrite,
      releaseBookingAllocation: canWrite,
      extendBookingHold: canWrite,
      expireStaleHolds: canAdminister,
      issueFulfillment: canWrite,
      updateFulfillment: canWrite,
      recordRedemption: canWrite,
      ...extra.Mutation,
    },
    _Service: allow,
    // The inventory owner declares capacity without seeing bookings, and must read its answer.
    AllocationCapacity: or(canSeeBookings, canWriteInventory),
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name in rules) continue;
    rules[type.name] = canSeeBookings;
  }
  return shield(rules, {
    fallbackRule: deny,
    fallbackError: () => forbidden(),
    // Resolver errors (BAD_USER_INPUT, NOT_FOUND) are ours to report, not "not authorised".
    allowExternalErrors: true,
    debug: false,
  });
}
