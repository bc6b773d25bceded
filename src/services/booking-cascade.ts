import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { consumesCapacity, transitionAllocation, type AllocationStatus } from '../statemachine/allocation-status';
import { TERMINAL_STAMP, type BookingStatus, type BookingStatusPatch } from '../statemachine/booking-status';
import { transitionFulfillment, type FulfillmentStatus } from '../statemachine/fulfillment-status';
import { ItemTransitionError, canTransitionItem, type ItemStatus } from '../statemachine/item-status';
import {
  BOOKING_STATUS_CASCADE,
  HOLDING_BOOKING_STATUSES,
  allocationSteps,
  fulfillmentSteps,
  itemSteps,
} from '../statemachine/status-cascade';
import { newAllocation } from './allocation-service';
import { acquireCapacity } from './capacity-service';
import { addMinutes, holdExpired, isHoldLive } from './holds';
import { recordAllocationEvent, recordSlotChange } from './lifecycle-events';

/**
 * `transition`: the state machine's path; a passed hold is never revived, it is refused.
 * `override`: the admin path; a passed hold it commits or keeps must win its capacity back, and so
 * must the allocations a cancellation or expiry gave up when the override leaves that status.
 */
export type MoveMode = 'transition' | 'override';

/** What a move needs besides the booking and its target. */
export interface MoveOptions {
  mode: MoveMode;
  /** The deadline of an allocation re-taken as a hold when the booking has none to share. */
  defaultHoldMinutes: number;
}

/** An allocation the status being left gave up, taken again as a new allocation of the same demand. */
interface Retake {
  released: BookingAllocation;
  steps: readonly AllocationStatus[];
  holdExpiresAt: Date;
}

interface AllocationMove {
  allocation: BookingAllocation;
  steps: readonly AllocationStatus[];
  holdExpiresAt: Date | null;
  consumedBefore: boolean;
  consumesAfter: boolean;
}

interface ItemMove {
  item: BookingItem;
  /** The item ended with the status the override leaves: it starts again from draft. */
  restored: boolean;
  steps: readonly ItemStatus[];
}

interface CascadePlan {
  allocationMoves: AllocationMove[];
  retakes: Retake[];
  itemMoves: ItemMove[];
  fulfillmentMoves: { fulfillment: BookingFulfillment; steps: readonly FulfillmentStatus[] }[];
}

/** What a move did to the booking's parts, for the activity row (ids and counts only). */
export interface CascadeSummary {
  allocations: Record<string, number>;
  items: Record<string, number>;
  fulfillments: Record<string, number>;
  capacityTaken: number;
  capacityFreed: number;
  /** New allocations taking back what the status left had released, by the released allocation's id. */
  allocationsRetaken: {
    releasedAllocationId: string;
    allocationId: string;
    status: AllocationStatus;
    quantity: number;
  }[];
  /** Items the status left had ended, taken back into the booking by the override. */
  itemsRestored: string[];
  /** Stamps of the status left that the move cleared (an override out of a terminal status). */
  stampsCleared: string[];
}

/** The statuses the cascade into `status` leaves parts in: only those can have been ended by it. */
function endStatuses<S extends string>(steps: Partial<Record<S, readonly S[]>>): ReadonlySet<S> {
  return new Set(Object.values<readonly S[] | undefined>(steps).flatMap((path) => path?.slice(-1) ?? []));
}

const releasingStamp = (status: BookingStatus) =>
  status === 'cancelled' || status === 'expired' ? TERMINAL_STAMP[status] : null;

/**
 * When an override takes the booking out of CANCELLED or EXPIRED (to anything but the other one):
 * the instant that status was entered. The cascade into it ended the booking's parts in the same
 * transaction, with the same instant, so an allocation whose `releasedAt` (or an item whose
 * `updatedAt`: a terminal booking's items cannot be edited) equals it was ended by that move. Parts
 * released earlier, on their own, keep their status.
 */
function endedByStatusLeft(booking: Booking, to: BookingStatus, mode: MoveMode): Date | null {
  const stamp = releasingStamp(booking.status);
  if (mode !== 'override' || !stamp || releasingStamp(to)) return null;
  return booking[stamp] ?? null;
}

const sameInstant = (a: Date | null | undefined, b: Date): boolean => a?.getTime() === b.getTime();

/** Statuses whose move keeps a hold alive (so it must still be live) rather than giving it up. */
const KEEPS_HOLD: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['confirmed', 'awaiting_payment']);

/** The hold deadline held allocations should carry once the booking is in `to`. */
function nextHoldDeadline(booking: Booking, to: BookingStatus, patch: BookingStatusPatch): Date | null | undefined {
  if (!HOLDING_BOOKING_STATUSES.includes(to)) return undefined;
  return patch.holdExpiresAt !== undefined ? patch.holdExpiresAt : booking.holdExpiresAt;
}

/** Loads the booking's parts and runs every guard of the cascade; writes nothing. */
async function planCascade(
  em: SqlEntityManager,
  booking: Booking,
  to: BookingStatus,
  patch: BookingStatusPatch,
  now: Date,
  options: MoveOptions,
): Promise<CascadePlan> {
  const { mode } = options;
  if (
    mode === 'transition' &&
    KEEPS_HOLD.has(to) &&
    HOLDING_BOOKING_STATUSES.includes(booking.status) &&
    booking.holdExpiresAt &&
    !isHoldLive(booking.holdExpiresAt, now)
  ) {
    holdExpired(booking.holdExpiresAt);
  }
  // One after another: they share the transaction's connection, which runs one query at a time anyway.
  const allocations = await em.find(
    BookingAllocation,
    { booking: booking.id },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const items = await em.find(BookingItem, { booking: booking.id });
  const fulfillments = await em.find(BookingFulfillment, { booking: booking.id });
  const deadline = nextHoldDeadline(booking, to, patch);
  const allocationMoves: AllocationMove[] = [];
  for (const allocation of allocations) {
    const steps = allocationSteps(to, allocation.status);
    const final = steps.at(-1) ?? allocation.status;
    const holdExpiresAt = final !== 'held' ? null : (deadline ?? allocation.holdExpiresAt ?? null);
    const keepsDeadline = final === 'held' && holdExpiresAt?.getTime() === allocation.holdExpiresAt?.getTime();
    if (steps.length === 0 && keepsDeadline) continue;
    allocationMoves.push({
      allocation,
      steps,
      holdExpiresAt,
      consumedBefore: consumesCapacity(allocation, now),
      consumesAfter: consumesCapacity({ status: final, holdExpiresAt }, now),
    });
  }
  const revived = allocationMoves.filter((move) => move.consumesAfter && !move.consumedBefore);
  if (revived.length > 0 && mode === 'transition') {
    const earliest = revived
      .map((move) => move.allocation.holdExpiresAt)
      .filter((at): at is Date => at instanceof Date)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    holdExpired(earliest ?? null);
  }
  const endedAt = endedByStatusLeft(booking, to, mode);
  const left: BookingStatus = booking.status;
  const ended = BOOKING_STATUS_CASCADE[left];
  const [endedAllocation, endedItem] = [endStatuses(ended.allocations), endStatuses(ended.items)];
  const retakes: Retake[] = endedAt
    ? allocations
        .filter((allocation) => endedAllocation.has(allocation.status) && sameInstant(allocation.releasedAt, endedAt))
        .map((released) => ({
          released,
          steps: allocationSteps(to, 'held'),
          holdExpiresAt: deadline ?? addMinutes(now, options.defaultHoldMinutes),
        }))
    : [];
  // One call, so every target is locked in the one sorted order whichever way it is taken again.
  const demands = [...revived.map((move) => move.allocation), ...retakes.map((retake) => retake.released)];
  if (demands.length > 0)
    await acquireCapacity(
      em,
      demands.map(({ kind, targetId, quantity }) => ({ kind, targetId, quantity })),
      now,
    );
  const itemMoves = items
    .map((item): ItemMove => {
      const restored = endedAt !== null && endedItem.has(item.status) && sameInstant(item.updatedAt, endedAt);
      return { item, restored, steps: itemSteps(to, restored ? 'draft' : item.status) };
    })
    .filter((move) => move.restored || move.steps.length > 0);
  const fulfillmentMoves = fulfillments
    .map((fulfillment) => ({ fulfillment, steps: fulfillmentSteps(to, fulfillment.status) }))
    .filter((move) => move.steps.length > 0);
  return { allocationMoves, retakes, itemMoves, fulfillmentMoves };
}

/** Writes the patch; returns the stamps it cleared. */
export function applyPatch(booking: Booking, patch: BookingStatusPatch, at: Date): string[] {
  const { status, holdExpiresAt, ...stamps } = patch;
  booking.status = status;
  const cleared: string[] = [];
  for (const [key, value] of Object.entries(stamps)) {
    if (value === undefined) continue;
    if (value === null) cleared.push(key);
    (booking as Record<string, unknown>)[key] = value;
  }
  if (holdExpiresAt !== undefined) booking.holdExpiresAt = holdExpiresAt;
  booking.updatedAt = at;
  return cleared;
}

/** Takes the released demand again as a new allocation: the released one stays as history. */
function applyRetake(em: SqlEntityManager, booking: Booking, retake: Retake, at: Date): BookingAllocation {
  const { released } = retake;
  const allocation = newAllocation(em, {
    bookingId: booking.id,
    itemId: released.item,
    kind: released.kind,
    targetId: released.targetId,
    quantity: released.quantity,
    holdExpiresAt: retake.holdExpiresAt,
    at,
  });
  for (const step of retake.steps)
    Object.assign(allocation, transitionAllocation(allocation.status, step, { now: at }));
  recordAllocationEvent(em, {
    type: 'booking.allocation.retaken',
    bookingId: booking.id,
    allocation,
    cause: 'status_overridden',
    at,
  });
  return allocation;
}

function applyCascade(
  em: SqlEntityManager,
  booking: Booking,
  plan: CascadePlan,
  at: Date,
  stampsCleared: string[],
): CascadeSummary {
  const summary: CascadeSummary = {
    allocations: {},
    items: {},
    fulfillments: {},
    capacityTaken: 0,
    capacityFreed: 0,
    allocationsRetaken: [],
    itemsRestored: [],
    stampsCleared,
  };
  const slotDeltas = new Map<string, number>();
  for (const move of plan.allocationMoves) {
    const { allocation } = move;
    for (const step of move.steps)
      Object.assign(allocation, transitionAllocation(allocation.status, step, { now: at }));
    if (allocation.status === 'held') allocation.holdExpiresAt = move.holdExpiresAt;
    allocation.updatedAt = at;
    if (move.steps.length > 0)
      summary.allocations[allocation.status] = (summary.allocations[allocation.status] ?? 0) + 1;
    const delta = (move.consumesAfter ? allocation.quantity : 0) - (move.consumedBefore ? allocation.quantity : 0);
    if (delta > 0) summary.capacityTaken += delta;
    else summary.capacityFreed -= delta;
    if (allocation.kind === 'slot' && delta !== 0)
      slotDeltas.set(allocation.targetId, (slotDeltas.get(allocation.targetId) ?? 0) + delta);
  }
  for (const retake of plan.retakes) {
    const allocation = applyRetake(em, booking, retake, at);
    summary.allocationsRetaken.push({
      releasedAllocationId: retake.released.id,
      allocationId: allocation.id,
      status: allocation.status,
      quantity: allocation.quantity,
    });
    summary.capacityTaken += allocation.quantity;
    if (allocation.kind === 'slot')
      slotDeltas.set(allocation.targetId, (slotDeltas.get(allocation.targetId) ?? 0) + allocation.quantity);
  }
  for (const { item, restored, steps } of plan.itemMoves) {
    if (restored) {
      // The way back from an ended status is the override's alone; the item lifecycle has no such edge.
      item.status = 'draft';
      summary.itemsRestored.push(item.id);
    }
    for (const step of steps) {
      // The table is checked against the item lifecycle by a unit test; this only guards against drift.
      if (!canTransitionItem(item.status, step)) throw new ItemTransitionError(item.status, step);
      item.status = step;
    }
    item.updatedAt = at;
    summary.items[item.status] = (summary.items[item.status] ?? 0) + 1;
  }
  for (const { fulfillment, steps } of plan.fulfillmentMoves) {
    for (const step of steps) Object.assign(fulfillment, transitionFulfillment(fulfillment.status, step, { now: at }));
    fulfillment.updatedAt = at;
    summary.fulfillments[fulfillment.status] = (summary.fulfillments[fulfillment.status] ?? 0) + 1;
  }
  for (const [slotId, delta] of slotDeltas)
    recordSlotChange(em, { slotId, delta, cause: `booking_${booking.status}`, bookingId: booking.id, at });
  return summary;
}

/**
 * Moves a booking to `to` with its allocations and items, in the caller's unit of work. Every guard
 * (passed holds, capacity for revived holds and re-taken allocations) runs before anything changes.
 */
export async function moveBooking(
  em: SqlEntityManager,
  booking: Booking,
  to: BookingStatus,
  patch: BookingStatusPatch,
  at: Date,
  options: MoveOptions,
): Promise<CascadeSummary> {
  const plan = await planCascade(em, booking, to, patch, at, options);
  const stampsCleared = applyPatch(booking, patch, at);
  return applyCascade(em, booking, plan, at, stampsCleared);
}
