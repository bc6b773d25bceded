import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AllocationKind } from '../domain/vocabulary';
import type { Booking } from '../entities/booking.entity';
import type { BookingItem } from '../entities/booking-item.entity';
import type { ReserveBookingInput } from '../validation/inventory-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { newAllocation } from './allocation-service';
import { enterFromDraft } from './booking-entry';
import { insertBooking, withBookingNumber } from './booking-service';
import { acquireCapacity } from './capacity-service';
import { holdDeadline } from './holds';
import { recordCreatedEvent, recordSlotChange, recordStatusEvent } from './lifecycle-events';
import type { BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';

interface AllocationRequest {
  itemIndex: number;
  kind: AllocationKind;
  targetId: string;
  quantity: number;
}

/**
 * Creates an ON_HOLD booking whose items hold their capacity, all or nothing: the capacity guard
 * runs first (locking every target in one order), and any refusal rolls the whole booking back.
 */
export async function reserveBooking(
  scope: ServiceScope,
  input: ReserveBookingInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  return withBookingNumber(scope, input.bookingNumber, (bookingNumber) =>
    runPublishingUnitOfWork(scope, async (em) => {
      const { booking } = await reserveWithin(scope, em, input, bookingNumber);
      return { bookingId: booking.id };
    }),
  );
}

/**
 * The reservation inside a caller's unit of work, for flows that write more in the same
 * transaction (a storefront session adds its own row and capability).
 */
export async function reserveWithin(
  scope: ServiceScope,
  em: SqlEntityManager,
  input: ReserveBookingInput,
  bookingNumber: string,
): Promise<{ booking: Booking; items: BookingItem[] }> {
  const requests: AllocationRequest[] = input.items.flatMap((item, itemIndex) =>
    item.allocations.map((request) => ({
      itemIndex,
      kind: request.kind,
      targetId: request.targetId,
      quantity: request.quantity ?? item.quantity,
    })),
  );
  const at = scope.clock.now();
  const holdExpiresAt = holdDeadline(input, at, scope.config.holdDefaultMinutes);
  await acquireCapacity(em, requests, at);
  const { booking, items } = await insertBooking(scope, em, input, bookingNumber);
  enterFromDraft(booking, items, 'on_hold', { at, holdExpiresAt, defaultHoldMinutes: scope.config.holdDefaultMinutes });
  const slotDeltas = new Map<string, number>();
  for (const request of requests) {
    const item = items[request.itemIndex];
    if (!item) throw new Error(`No item at index ${request.itemIndex}`);
    newAllocation(em, {
      bookingId: booking.id,
      itemId: item.id,
      kind: request.kind,
      targetId: request.targetId,
      quantity: request.quantity,
      holdExpiresAt,
      at,
    });
    if (request.kind === 'slot')
      slotDeltas.set(request.targetId, (slotDeltas.get(request.targetId) ?? 0) + request.quantity);
  }
  recordActivity(em, {
    bookingId: booking.id,
    actor: scope.actor,
    at,
    type: 'booking_reserved',
    description: `Booking held until ${holdExpiresAt.toISOString()} with ${requests.length} allocation(s)`,
    metadata: {
      holdExpiresAt: holdExpiresAt.toISOString(),
      allocations: requests.map(({ kind, targetId, quantity }) => ({ kind, targetId, quantity })),
    },
  });
  for (const [slotId, delta] of slotDeltas)
    recordSlotChange(em, { slotId, delta, cause: 'reserved', bookingId: booking.id, at });
  recordCreatedEvent(em, booking, at);
  recordStatusEvent(em, booking, null, at);
  return { booking, items };
}
