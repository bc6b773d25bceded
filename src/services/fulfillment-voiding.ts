import type { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { canTransitionFulfillment, transitionFulfillment } from '../statemachine/fulfillment-status';

/**
 * Voids the documents of something that was cancelled; the ones the lifecycle keeps (revoked,
 * already voided) stay as they are. Returns the ids it voided.
 */
export function voidFulfillments(fulfillments: readonly BookingFulfillment[], at: Date): string[] {
  const voided: string[] = [];
  for (const fulfillment of fulfillments) {
    if (!canTransitionFulfillment(fulfillment.status, 'voided')) continue;
    Object.assign(fulfillment, transitionFulfillment(fulfillment.status, 'voided', { now: at }), { updatedAt: at });
    voided.push(fulfillment.id);
  }
  return voided;
}
