import type { RequestContext } from '../context';
import type { AuditSubject } from '../pii/audit';

/**
 * A capability with `session:read` reveals @pii fields of its own session only (design §8). The
 * entry point's rule has already checked the capability's epoch for that session.
 */
export function checkoutMayReveal(context: Partial<Pick<RequestContext, 'checkout'>>, subject: AuditSubject): boolean {
  const capability = context.checkout;
  if (!capability) return false;
  return subject.bookingId === capability.bookingId && capability.actions.includes('session:read');
}
