import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import {
  FulfillmentTransitionError,
  transitionFulfillment,
  type FulfillmentStatusPatch,
} from '../statemachine/fulfillment-status';
import type { IssueFulfillmentInput, UpdateFulfillmentInput } from '../validation/inventory-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

/** Documents are issued, and used, only for a booking that is confirmed or under way. */
export function assertFulfillable(booking: Booking): void {
  if (booking.status !== 'confirmed' && booking.status !== 'in_progress') {
    fail({
      __typename: 'BookingNotFulfillableError',
      code: 'BOOKING_NOT_FULFILLABLE',
      message: `A ${booking.status} booking cannot be fulfilled`,
      status: booking.status,
    });
  }
}

function assertSameBooking<T extends { booking: string }>(
  part: T | null,
  what: string,
  id: string,
  bookingId: string,
  field: string,
): T {
  if (!part) throw notFound(what, id, field);
  if (part.booking !== bookingId) throw badUserInput(`${field}: belongs to another booking`, field);
  return part;
}

/** An item named in an input: it must exist and belong to the booking. */
export async function findItemOf(
  em: SqlEntityManager,
  id: string,
  bookingId: string,
  field: string,
): Promise<BookingItem> {
  return assertSameBooking(
    await em.findOne(BookingItem, { id }, { refresh: true }),
    'Booking item',
    id,
    bookingId,
    field,
  );
}

/** A traveler named in an input: it must exist and belong to the booking. */
export async function findTravelerOf(
  em: SqlEntityManager,
  id: string,
  bookingId: string,
  field: string,
): Promise<BookingTraveler> {
  return assertSameBooking(await em.findOne(BookingTraveler, { id }), 'Booking traveler', id, bookingId, field);
}

export async function issueFulfillment(
  scope: ServiceScope,
  input: IssueFulfillmentInput,
): Promise<{ id: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    assertFulfillable(booking);
    if (input.bookingItemId) await findItemOf(em, input.bookingItemId, booking.id, 'input.bookingItemId');
    if (input.travelerId) await findTravelerOf(em, input.travelerId, booking.id, 'input.travelerId');
    const at = scope.clock.now();
    const stamps: FulfillmentStatusPatch =
      input.status === 'issued' ? transitionFulfillment('pending', 'issued', { now: at }) : { status: 'pending' };
    const fulfillment = em.create(BookingFulfillment, {
      id: newId(ID_PREFIX.fulfillment),
      booking: booking.id,
      item: input.bookingItemId ?? null,
      traveler: input.travelerId ?? null,
      type: input.type,
      deliveryChannel: input.deliveryChannel,
      status: stamps.status,
      artifactUrl: input.artifactUrl ?? null,
      payload: input.payload ?? null,
      issuedAt: stamps.issuedAt ?? null,
      revokedAt: null,
      voidedAt: null,
      createdAt: at,
      updatedAt: at,
    });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'fulfillment_issued',
      description: `Fulfillment ${fulfillment.id} (${input.type}) ${stamps.status} over ${input.deliveryChannel}`,
      metadata: {
        fulfillmentId: fulfillment.id,
        type: input.type,
        deliveryChannel: input.deliveryChannel,
        status: stamps.status,
        itemId: input.bookingItemId ?? null,
        travelerId: input.travelerId ?? null,
      },
    });
    return { id: fulfillment.id };
  });
}

/** Changes a fulfillment's delivery details and moves it along its lifecycle table. */
export async function updateFulfillment(
  scope: ServiceScope,
  input: UpdateFulfillmentInput,
): Promise<{ id: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const found = await em.findOne(BookingFulfillment, { id: input.id });
    if (!found) throw notFound('Booking fulfillment', input.id, 'input.id');
    const booking = await lockBooking(em, found.booking, 'input.id');
    const fulfillment = await em.findOneOrFail(BookingFulfillment, { id: input.id }, { refresh: true });
    const at = scope.clock.now();
    const from = fulfillment.status;
    let patch: FulfillmentStatusPatch | null = null;
    if (input.status) {
      try {
        patch = transitionFulfillment(from, input.status, { now: at });
      } catch (error) {
        if (!(error instanceof FulfillmentTransitionError)) throw error;
        return fail({
          __typename: 'FulfillmentTransitionError',
          code: error.code,
          message: error.message,
          from: error.from,
          to: error.to,
        });
      }
      // Revoking or failing is always possible; putting a document in a traveller's hands is not.
      if (patch.status === 'issued' || patch.status === 'reissued') assertFulfillable(booking);
    }
    const changes: Record<string, unknown> = {};
    if (input.deliveryChannel) changes.deliveryChannel = input.deliveryChannel;
    if (input.artifactUrl !== undefined) changes.artifactUrl = input.artifactUrl;
    if (input.payload !== undefined) changes.payload = input.payload;
    Object.assign(fulfillment, changes, patch ?? {}, { updatedAt: at });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'fulfillment_updated',
      description: patch
        ? `Fulfillment ${fulfillment.id} moved from ${from} to ${patch.status}`
        : `Fulfillment ${fulfillment.id} updated`,
      metadata: { fulfillmentId: fulfillment.id, from, to: patch?.status ?? from, fields: Object.keys(changes) },
    });
    return { id: fulfillment.id };
  });
}
