import { or, rule } from 'graphql-shield';
import type { IRuleFieldMap } from 'graphql-shield/typings/types';
import { hasScope } from './principal';
import { canAdminister, canRead, canWrite } from './permissions';
import { SCOPES } from './scopes';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import type { CheckoutAction } from '../ports/checkout-capability-port';

/** The session an operation names: `id` for the query, `input.sessionId` for the rest (design §8). */
function sessionIdOf(args: unknown): unknown {
  if (typeof args !== 'object' || args === null) return undefined;
  if ('id' in args) return args.id;
  if ('input' in args && typeof args.input === 'object' && args.input !== null && 'sessionId' in args.input)
    return args.input.sessionId;
  return undefined;
}

/** No usable capability: what the scope rule beside it would say, so `or` reports the caller's real problem. */
function withoutCapability(context: RequestContext): Error {
  if (context.checkoutFailure) return unauthenticated(context.checkoutFailure);
  if (context.authFailure) return unauthenticated(context.authFailure);
  return context.principal ? forbidden('A checkout capability for this session is required') : unauthenticated();
}

/**
 * The capability grants `action` on the session the operation names, and its epoch is the
 * session's current one (read through the request's DataLoader): an abandoned or revoked
 * session's tokens stop working before their expiry.
 */
const checkoutRule = (action: CheckoutAction) =>
  rule(`checkout:${action}`, { cache: 'strict' })(async (_parent, args, context: RequestContext) => {
    const capability = context.checkout;
    if (!capability) return withoutCapability(context);
    if (sessionIdOf(args) !== capability.bookingId) return forbidden('The checkout capability is for another session');
    if (!capability.actions.includes(action)) return forbidden(`The checkout capability does not grant ${action}`);
    const session = await context.loaders.storefrontSessionByBooking.load(capability.bookingId);
    if (!session) return forbidden('The checkout capability is for another session');
    if (session.capabilityEpoch !== capability.epoch) return unauthenticated('The checkout capability was revoked');
    return true;
  });

// graphql-shield refuses two rules of one name: one rule per action, shared by every operation.
const checkoutRules = new Map<CheckoutAction, ReturnType<typeof checkoutRule>>();

export function checkoutCan(action: CheckoutAction): ReturnType<typeof checkoutRule> {
  let found = checkoutRules.get(action);
  if (!found) {
    found = checkoutRule(action);
    checkoutRules.set(action, found);
  }
  return found;
}

const canStartStorefront = rule('scope:bookings:storefront', { cache: 'contextual' })((
  _parent,
  _args,
  context: RequestContext,
) => {
  if (context.authFailure) return unauthenticated(context.authFailure);
  if (hasScope(context.principal, SCOPES.storefront)) return true;
  if (!context.principal) return context.config.storefront.allowAnonymous ? true : unauthenticated();
  return forbidden(`The ${SCOPES.storefront} scope is required`);
});

/** The storefront operations and their rules (design §8 matrix); everything else stays denied. */
export function storefrontPermissions(): {
  Query: IRuleFieldMap;
  Mutation: IRuleFieldMap;
  fields: Record<string, IRuleFieldMap>;
} {
  return {
    Query: {
      storefrontSession: or(checkoutCan('session:read'), canRead),
      storefrontSessionQuote: or(checkoutCan('session:reprice'), canWrite),
    },
    Mutation: {
      startStorefrontSession: canStartStorefront,
      updateStorefrontSession: or(checkoutCan('session:update'), canWrite),
      updateSessionWizardState: or(checkoutCan('session:update'), canWrite),
      repriceStorefrontSession: or(checkoutCan('session:reprice'), canWrite),
      confirmStorefrontSession: or(checkoutCan('session:finalize'), canWrite),
      abandonStorefrontSession: or(checkoutCan('session:finalize'), canWrite),
      setSessionAnswers: or(checkoutCan('session:update'), canWrite),
      refreshCheckoutCapability: checkoutCan('session:read'),
      revokeCheckoutCapabilities: canAdminister,
    },
    fields: { Booking: { storefrontSession: canRead } },
  };
}
