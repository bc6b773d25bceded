import { bookingSnapshot, ITEM_REMOVAL_ACTION_NAME, itemSnapshot } from '../approvals/booking-actions';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingRedemption } from '../entities/booking-redemption.entity';
import { BookingItemTraveler } from '../entities/booking-item-traveler.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import { ItemTransitionError, canTransitionItem } from '../statemachine/item-status';
import {
  ITEM_TOTAL_MESSAGE,
  itemPricingProblem,
  NEGATIVE_PRICE_MESSAGE,
  type ItemInput,
  type ItemPatchInput,
} from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { assertEditable, lockBooking, touchBooking } from './booking-access';
import { newItem } from './booking-service';
import { itemTotals } from '../domain/money';
import { recomputeBookingTotals } from './booking-totals';
import { applyReallocation, planReallocation, releaseItemAllocations } from './item-allocations';
import { voidFulfillments } from './fulfillment-voiding';
import type { GatedRemoveBookingItemArgs } from '../validation/approval-inputs';
import { gated } from '../approvals/gate';
import type { Booking } from '../entities/booking.entity';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { recordItemEvent } from './lifecycle-events';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';
import { runUnitOfWork } from './unit-of-work';
import type { SqlEntityManager } from '@mikro-orm/postgresql';

type Result = Promise<{ bookingId: string } | BusinessOutcome>;

function assertBookingCurrency(sellCurrency: string, itemCurrency: string | undefined, field: string): void {
  if (itemCurrency !== undefined && itemCurrency !== sellCurrency)
    throw badUserInput(`${field}: must be the booking's sell currency`, field);
}

/** A patch is checked field by field at the boundary; the item it leaves behind is checked here. */
function assertItemPricing(item: BookingItem, patch: ItemPatchInput): void {
  const problem = itemPricingProblem({
    itemType: patch.itemType ?? item.itemType,
    quantity: patch.quantity ?? item.quantity,
    unitSellAmountCents: patch.unitSellAmount?.amountCents ?? item.unitSellAmountCents,
    unitCostAmountCents:
      patch.unitCostAmount === undefined ? item.unitCostAmountCents : (patch.unitCostAmount?.amountCents ?? null),
  });
  if (problem === 'negative') {
    const field = patch.unitSellAmount ? 'input.unitSellAmount.amountCents' : 'input.itemType';
    throw badUserInput(`${field}: ${NEGATIVE_PRICE_MESSAGE}`, field);
  }
  if (problem === 'total') {
    const field =
      patch.quantity !== undefined
        ? 'input.quantity'
        : patch.unitSellAmount
          ? 'input.unitSellAmount.amountCents'
          : 'input.unitCostAmount.amountCents';
    throw badUserInput(`${field}: ${ITEM_TOTAL_MESSAGE}`, field);
  }
}

/** `afterLock` re-reads the row once the booking is locked, so no concurrent change is lost. */
async function findItem(em: SqlEntityManager, id: string, field: string, afterLock = false): Promise<BookingItem> {
  const item = await em.findOne(BookingItem, { id }, { refresh: afterLock });
  if (!item) throw notFound('Booking item', id, field);
  return item;
}

export async function addBookingItem(scope: ServiceScope, input: { bookingId: string; item: ItemInput }): Result {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    assertEditable(booking);
    assertBookingCurrency(
      booking.sellCurrency,
      input.item.unitSellAmount.currency,
      'input.item.unitSellAmount.currency',
    );
    const at = scope.clock.now();
    const position = await em.count(BookingItem, { booking: booking.id });
    const item = newItem(em, booking.id, input.item, position, at);
    await recomputeBookingTotals(em, booking, 'input.item.unitSellAmount.amountCents', item.id);
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'item_update',
      description: `Item ${item.id} added`,
      metadata: { action: 'added', itemId: item.id, itemType: item.itemType },
    });
    recordItemEvent(em, {
      type: 'booking.item.added',
      bookingId: booking.id,
      itemId: item.id,
      quantity: item.quantity,
      at,
    });
    return { bookingId: booking.id };
  });
}

export async function updateBookingItem(scope: ServiceScope, input: ItemPatchInput): Result {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, (await findItem(em, input.id, 'input.id')).booking);
    assertEditable(booking);
    const item = await findItem(em, input.id, 'input.id', true);
    assertBookingCurrency(booking.sellCurrency, input.unitSellAmount?.currency, 'input.unitSellAmount.currency');
    assertItemPricing(item, input);
    const previousQuantity = item.quantity;
    const at = scope.clock.now();
    const reallocation = input.quantity === undefined ? null : await planReallocation(em, item, input.quantity, at);
    const { id, unitSellAmount, unitCostAmount, ...fields } = input;
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) changes[key] = value;
    if (unitSellAmount) changes.unitSellAmountCents = unitSellAmount.amountCents;
    if (unitCostAmount !== undefined) {
      changes.costCurrency = unitCostAmount?.currency ?? null;
      changes.unitCostAmountCents = unitCostAmount?.amountCents ?? null;
    }
    em.assign(item, changes);
    Object.assign(item, itemTotals(item.quantity, item.unitSellAmountCents, item.unitCostAmountCents));
    item.updatedAt = at;
    const reallocated = reallocation ? applyReallocation(em, reallocation, { bookingId: booking.id, at }) : null;
    await recomputeBookingTotals(
      em,
      booking,
      input.quantity !== undefined ? 'input.quantity' : 'input.unitSellAmount.amountCents',
      item.id,
    );
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'item_update',
      description: `Item ${id} updated`,
      metadata: {
        action: 'updated',
        itemId: id,
        fields: Object.keys(changes),
        ...(reallocated ? { reallocation: { ...reallocated } } : {}),
      },
    });
    if (item.quantity !== previousQuantity)
      recordItemEvent(em, {
        type: 'booking.item.quantity_changed',
        bookingId: booking.id,
        itemId: id,
        previousQuantity,
        quantity: item.quantity,
        at,
      });
    return { bookingId: booking.id };
  });
}

/** Parts that refer to an item: while any exists, removing the item cancels it instead of deleting it. */
async function itemTrail(em: SqlEntityManager, itemId: string) {
  // One after the other: the transaction has one connection, which runs one statement at a time anyway.
  const allocations = await em.count(BookingAllocation, { item: itemId });
  const fulfillments = await em.find(
    BookingFulfillment,
    { item: itemId },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const redemptions = await em.count(BookingRedemption, { item: itemId });
  return { kept: allocations + fulfillments.length + redemptions > 0, fulfillments };
}

interface ItemRemoval {
  booking: Booking;
  item: BookingItem;
}

type ItemTrail = Awaited<ReturnType<typeof itemTrail>>;

/**
 * Removes an item. One that never touched inventory or documents is deleted; one that did is kept
 * as CANCELLED, so its allocations (released, never deleted) and fulfillments (voided) still point
 * at it. Either way it stops counting towards the booking's totals. Removing gives back what the
 * item holds, so on a committed booking an agent or workflow asks for approval first
 * (src/approvals/policy.ts) and removes it when repeated with the approval's id.
 */
export const removeBookingItem = gated<GatedRemoveBookingItemArgs, ItemRemoval, ItemTrail>(
  {
    operation: 'removeBookingItem',
    actionName: () => ITEM_REMOVAL_ACTION_NAME,
    booking: { find: async (em, { id }) => (await findItem(em, id, 'id')).booking },
    // Locked for a request too: the item's trail is read under the lock either way.
    load: async (em, { id }, bookingId) => {
      const booking = await lockBooking(em, bookingId, 'id');
      return { booking, item: await findItem(em, id, 'id', true) };
    },
    snapshot: ({ booking, item }) => ({ ...bookingSnapshot(booking), item: itemSnapshot(item) }),
  },
  {
    plan: async ({ em, input: { id }, target: { booking, item } }) => {
      assertEditable(booking);
      const trail = await itemTrail(em, item.id);
      if (trail.kept) {
        // Removing an item that is already cancelled or expired changes nothing, so it records nothing.
        if (item.status === 'cancelled' || item.status === 'expired') return { unchanged: true };
        if (!canTransitionItem(item.status, 'cancelled')) {
          const error = new ItemTransitionError(item.status, 'cancelled');
          const { code, message, from, to } = error;
          fail({ __typename: 'ItemTransitionError', code, message, from, to });
        }
      }
      return { change: trail, facts: { itemId: id } };
    },
    apply: async ({ em, scope, input: { id }, target: { booking, item }, at, approval }, trail) => {
      if (!trail.kept) {
        em.remove(item);
        await em.flush();
        await recomputeBookingTotals(em, booking, 'id');
        touchBooking(booking, at);
        recordActivity(em, {
          bookingId: booking.id,
          actor: scope.actor,
          at,
          type: 'item_update',
          description: `Item ${id} removed`,
          metadata: { action: 'removed', itemId: id, approvalId: approval?.id ?? null },
        });
        recordItemEvent(em, { type: 'booking.item.removed', bookingId: booking.id, itemId: id, at });
        return;
      }
      const cause = 'item_removed';
      const released = await releaseItemAllocations(em, item.id, { bookingId: booking.id, at, cause });
      const voided = voidFulfillments(trail.fulfillments, at);
      Object.assign(item, { status: 'cancelled', updatedAt: at });
      await recomputeBookingTotals(em, booking, 'id');
      touchBooking(booking, at);
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'item_update',
        description: `Item ${id} removed: cancelled and kept for its allocations and fulfillments`,
        metadata: {
          action: 'cancelled',
          itemId: id,
          releasedAllocationIds: released.released,
          capacityFreed: released.capacityFreed,
          voidedFulfillmentIds: voided,
          approvalId: approval?.id ?? null,
        },
      });
      recordItemEvent(em, { type: 'booking.item.removed', bookingId: booking.id, itemId: id, at });
    },
  },
);

/** Checks that item and traveler share a booking, then locks that booking for a (un)link. */
async function lockLinkBooking(em: SqlEntityManager, itemId: string, travelerId: string) {
  const item = await findItem(em, itemId, 'input.itemId');
  const traveler = await em.findOne(BookingTraveler, { id: travelerId });
  if (!traveler) throw notFound('Booking traveler', travelerId, 'input.travelerId');
  if (traveler.booking !== item.booking)
    throw badUserInput('input.travelerId: the traveler belongs to another booking', 'input.travelerId');
  const booking = await lockBooking(em, item.booking, 'input.itemId');
  assertEditable(booking);
  return booking;
}

export async function linkItemTraveler(
  scope: ServiceScope,
  input: { itemId: string; travelerId: string; role: BookingItemTraveler['role'] },
): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockLinkBooking(em, input.itemId, input.travelerId);
    const at = scope.clock.now();
    const existing = await em.findOne(BookingItemTraveler, { item: input.itemId, traveler: input.travelerId });
    if (existing) existing.role = input.role;
    else
      em.create(BookingItemTraveler, {
        id: newId(ID_PREFIX.itemTraveler),
        item: input.itemId,
        traveler: input.travelerId,
        role: input.role,
        createdAt: at,
      });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'item_update',
      description: `Traveler ${input.travelerId} linked to item ${input.itemId}`,
      metadata: { action: 'linked', itemId: input.itemId, travelerId: input.travelerId, role: input.role },
    });
    return { bookingId: booking.id };
  });
}

export async function unlinkItemTraveler(scope: ServiceScope, input: { itemId: string; travelerId: string }): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockLinkBooking(em, input.itemId, input.travelerId);
    const at = scope.clock.now();
    const existing = await em.findOne(BookingItemTraveler, { item: input.itemId, traveler: input.travelerId });
    // Unlinking what is not linked changes nothing, so it records nothing.
    if (!existing) return { bookingId: booking.id };
    em.remove(existing);
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'item_update',
      description: `Traveler ${input.travelerId} unlinked from item ${input.itemId}`,
      metadata: { action: 'unlinked', itemId: input.itemId, travelerId: input.travelerId },
    });
    return { bookingId: booking.id };
  });
}
