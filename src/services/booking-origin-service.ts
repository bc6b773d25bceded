import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingOrigin } from '../entities/booking-origin.entity';
import type { OriginInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { runUnitOfWork } from './unit-of-work';
import type { BusinessOutcome } from '../domain/outcomes';

/** Writes the provenance row (one per booking): every reference not given is cleared. */
export function upsertOrigin(
  em: SqlEntityManager,
  bookingId: string,
  existing: BookingOrigin | null,
  origin: OriginInput,
  at: Date,
): BookingOrigin {
  const columns = {
    originSource: origin.originSource,
    quoteId: origin.quoteId ?? null,
    quoteVersionId: origin.quoteVersionId ?? null,
    tripSnapshotId: origin.tripSnapshotId ?? null,
    reservationPlanId: origin.reservationPlanId ?? null,
    catalogPriceResponseId: origin.catalogPriceResponseId ?? null,
    catalogSnapshotId: origin.catalogSnapshotId ?? null,
    providerSourceKind: origin.providerSourceKind ?? null,
    providerSourceProvider: origin.providerSourceProvider ?? null,
    providerSourceConnectionId: origin.providerSourceConnectionId ?? null,
    providerSourceRef: origin.providerSourceRef ?? null,
    providerOrderRef: origin.providerOrderRef ?? null,
    legacyTransactionOfferId: origin.legacyTransactionOfferId ?? null,
    legacyTransactionOrderId: origin.legacyTransactionOrderId ?? null,
    metadata: origin.metadata ?? null,
    updatedAt: at,
  };
  if (existing) return em.assign(existing, columns);
  return em.create(BookingOrigin, { booking: bookingId, ...columns, createdAt: at });
}

export async function setBookingOrigin(
  scope: ServiceScope,
  input: { bookingId: string; origin: OriginInput },
): Promise<{ bookingId: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    const existing = await em.findOne(BookingOrigin, { booking: booking.id });
    const at = scope.clock.now();
    upsertOrigin(em, booking.id, existing, input.origin, at);
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'origin_update',
      description: `Origin ${existing ? 'changed' : 'recorded'}: ${input.origin.originSource}`,
      metadata: { originSource: input.origin.originSource, previousOriginSource: existing?.originSource ?? null },
    });
    return { bookingId: booking.id };
  });
}
