import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { BookingRedemption } from '../entities/booking-redemption.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import { transitionAllocation } from '../statemachine/allocation-status';
import { itemSteps } from '../statemachine/status-cascade';
import type { RecordRedemptionInput } from '../validation/inventory-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { assertFulfillable, findItemOf, findTravelerOf } from './fulfillment-service';
import { addMinutes } from './holds';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

/** Scanners' clocks drift; a redemption this far ahead of ours is still believed. */
const CLOCK_SKEW_MINUTES = 5;

const alreadyRedeemed = (redemption: BookingRedemption): BusinessOutcome & Record<string, unknown> => ({
  __typename: 'AlreadyRedeemedError',
  code: 'ALREADY_REDEEMED',
  message: `The fulfillment was already redeemed at ${redemption.redeemedAt.toISOString()}`,
  redemptionId: redemption.id,
  redeemedAt: redemption.redeemedAt,
});

/** The part a redemption names, defaulting to the fulfillment's own; naming a different one is a mistake. */
function pick(given: string | null | undefined, own: string | null | undefined, field: string): string | null {
  if (given && own && given !== own) throw badUserInput(`${field}: the fulfillment is for another one`, field);
  return given ?? own ?? null;
}

async function guardRedemption(em: SqlEntityManager, booking: Booking, input: RecordRedemptionInput) {
  const fulfillment = await em.findOne(BookingFulfillment, { id: input.fulfillmentId }, { refresh: true });
  if (!fulfillment) throw notFound('Booking fulfillment', input.fulfillmentId, 'input.fulfillmentId');
  if (fulfillment.booking !== booking.id)
    throw badUserInput('input.fulfillmentId: belongs to another booking', 'input.fulfillmentId');
  assertFulfillable(booking);
  const existing = await em.findOne(BookingRedemption, { fulfillment: fulfillment.id });
  if (existing) fail(alreadyRedeemed(existing));
  if (fulfillment.status === 'revoked') {
    fail({
      __typename: 'FulfillmentRevokedError',
      code: 'FULFILLMENT_REVOKED',
      message: 'The fulfillment was revoked',
      revokedAt: fulfillment.revokedAt ?? null,
    });
  }
  if (fulfillment.status !== 'issued' && fulfillment.status !== 'reissued') {
    fail({
      __typename: 'FulfillmentNotIssuedError',
      code: 'FULFILLMENT_NOT_ISSUED',
      message: `A ${fulfillment.status} fulfillment cannot be redeemed`,
      status: fulfillment.status,
    });
  }
  const itemId = pick(input.bookingItemId, fulfillment.item, 'input.bookingItemId');
  const travelerId = pick(input.travelerId, fulfillment.traveler, 'input.travelerId');
  const item = itemId ? await findItemOf(em, itemId, booking.id, 'input.bookingItemId') : null;
  if (travelerId) await findTravelerOf(em, travelerId, booking.id, 'input.travelerId');
  const steps = item ? itemSteps('completed', item.status) : [];
  if (item && item.status !== 'fulfilled' && steps.length === 0) {
    fail({
      __typename: 'ItemNotRedeemableError',
      code: 'ITEM_NOT_REDEEMABLE',
      message: `A ${item.status} item cannot be redeemed`,
      itemId: item.id,
      status: item.status,
    });
  }
  return { fulfillment, item, steps, travelerId };
}

/**
 * Records that a fulfillment was used: at most once, enforced by the unique fulfillment column
 * (and found earlier under the booking lock in the usual case). The item and its confirmed
 * allocations become fulfilled; the booking's redeemedAt records the first use.
 */
export async function recordRedemption(
  scope: ServiceScope,
  input: RecordRedemptionInput,
): Promise<{ id: string } | BusinessOutcome> {
  try {
    return await runUnitOfWork(scope, async (em) => {
      const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
      const at = scope.clock.now();
      const redeemedAt = input.redeemedAt ?? at;
      if (redeemedAt.getTime() > addMinutes(at, CLOCK_SKEW_MINUTES).getTime())
        throw badUserInput('input.redeemedAt: must not be in the future', 'input.redeemedAt');
      const { fulfillment, item, steps, travelerId } = await guardRedemption(em, booking, input);
      const allocations = item ? await em.find(BookingAllocation, { item: item.id, status: 'confirmed' }) : [];
      const redemption = em.create(BookingRedemption, {
        id: newId(ID_PREFIX.redemption),
        booking: booking.id,
        fulfillment: fulfillment.id,
        item: item?.id ?? null,
        traveler: travelerId,
        method: input.method,
        location: input.location ?? null,
        redeemedAt,
        recordedById: scope.actor.id,
        recordedByType: scope.actor.type,
        createdAt: at,
      });
      if (item) {
        for (const step of steps) item.status = step;
        if (steps.length > 0) item.updatedAt = at;
      }
      for (const allocation of allocations)
        Object.assign(allocation, transitionAllocation(allocation.status, 'fulfilled', { now: at }), { updatedAt: at });
      booking.redeemedAt = booking.redeemedAt ?? redeemedAt;
      touchBooking(booking, at);
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'redemption_recorded',
        description: `Fulfillment ${fulfillment.id} redeemed by ${input.method}`,
        metadata: {
          redemptionId: redemption.id,
          fulfillmentId: fulfillment.id,
          itemId: item?.id ?? null,
          method: input.method,
          allocationsFulfilled: allocations.length,
        },
      });
      return { id: redemption.id };
    });
  } catch (error) {
    if (
      !(error instanceof UniqueConstraintViolationException) ||
      !String(error.message).includes('booking_redemptions_fulfillment_id_unique')
    )
      throw error;
    const existing = await scope.em.fork().findOne(BookingRedemption, { fulfillment: input.fulfillmentId });
    if (!existing) throw error;
    return alreadyRedeemed(existing);
  }
}
