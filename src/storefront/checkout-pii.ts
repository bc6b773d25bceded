import type { RequestContext } from '../context';
import type { AuditSubject } from '../pii/audit';

/**
 * A capability with `session:read` reveals @pii fields of its own session only (design §8). The
 * entry point's rule has already checked the capability's epoch for that session.
 */
export const checkoutMayReveal = (context: Pick<RequestContext, 'checkout'>, subject: AuditSubject): boolean =>
  context.checkout !== null && subject.bookingId === context.checkout.bookingId && context.checkout.actions.includes('session:read');
