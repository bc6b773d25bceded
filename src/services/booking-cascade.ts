import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { consumesCapacity, transitionAllocation, type AllocationStatus } from '../statemachine/allocation-status';
import type { BookingStatus, BookingStatusPatch } from '../statemachine/booking-status';
import { transitionFulfillment, type FulfillmentStatus } from '../statemachine/fulfillment-status';
import { ItemTransitionError, canTransitionItem, type ItemStatus } from '../statemachine/item-status';
import { HOLDING_BOOKING_STATUSES, allocationSteps, fulfillmentSteps, itemSteps } from '../statemachine/status-cascade';
import { acquireCapacity } from './capacity-service';
import { holdExpired, isHoldLive } from './holds';
import { recordSlotChange } from './lifecycle-events';

/**
 * `transition`: the state machine's path; a passed hold is never revived, it is refused.
 * `override`: the admin path; a passed hold it commits or keeps must win its capacity back.
 */
export type MoveMode = 'transition' | 'override';

interface AllocationMove {
  allocation: BookingAllocation;
  steps: readonly AllocationStatus[];
  holdExpiresAt: Date | null;
  consumedBefore: boolean;
  consumesAfter: boolean;
}

interface CascadePlan {
  allocationMoves: AllocationMove[];
  itemMoves: { item: BookingItem; steps: readonly ItemStatus[] }[];
  fulfillmentMoves: { fulfillment: BookingFulfillment; steps: readonly FulfillmentStatus[] }[];
}

/** What a move did to the booking's parts, for the activity row. */
export interface CascadeSummary {
  allocations: Record<string, number>;
  items: Record<string, number>;
  fulfillments: Record<string, number>;
  capacityTaken: number;
  capacityFreed: number;
}

/** Statuses whose move keeps a hold alive (so it must still be live) rather than giving it up. */
const KEEPS_HOLD: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['confirmed', 'awaiting_payment']);

/** The hold deadline held allocations should carry once the booking is in `to`. */
function nextHoldDeadline(booking: Booking, to: BookingStatus, patch: BookingStatusPatch): Date | null | undefined {
  if (!HOLDING_BOOKING_STATUSES.includes(to)) return undefined;
  return patch.holdExpiresAt !== undefined ? patch.holdExpiresAt : booking.holdExpiresAt;
}

/** Loads the booking's parts and runs every guard of the cascade; writes nothing. */
async function planCascade(em: SqlEntityManager, booking: Booking, to: BookingStatus, patch: BookingStatusPatch, now: Date, mode: MoveMode): Promise<CascadePlan> {
  if (mode === 'transition' && KEEPS_HOLD.has(to) && HOLDING_BOOKING_STATUSES.includes(booking.status) && booking.holdExpiresAt && !isHoldLive(booking.holdExpiresAt, now)) {
    holdExpired(booking.holdExpiresAt);
  }
  const [allocations, items, fulfillments] = await Promise.all([
    em.find(BookingAllocation, { booking: booking.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(BookingItem, { booking: booking.id }),
    em.find(BookingFulfillment, { booking: booking.id }),
  ]);
  const deadline = nextHoldDeadline(booking, to, patch);
  const allocationMoves: AllocationMove[] = [];
  for (const allocation of allocations) {
    const steps = allocationSteps(to, allocation.status);
    const final = steps.at(-1) ?? allocation.status;
    const holdExpiresAt = final !== 'held' ? null : deadline ?? allocation.holdExpiresAt ?? null;
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
  if (revived.length > 0) {
    if (mode === 'transition') {
      const earliest = revived.map((move) => move.allocation.holdExpiresAt).filter((at): at is Date => at instanceof Date).sort((a, b) => a.getTime() - b.getTime())[0];
      holdExpired(earliest ?? null);
    }
    await acquireCapacity(em, revived.map(({ allocation }) => ({ kind: allocation.kind, targetId: allocation.targetId, quantity: allocation.quantity })), now);
  }
  const itemMoves = items.map((item) => ({ item, steps: itemSteps(to, item.status) })).filter((move) => move.steps.length > 0);
  const fulfillmentMoves = fulfillments.map((fulfillment) => ({ fulfillment, steps: fulfillmentSteps(to, fulfillment.status) })).filter((move) => move.steps.length > 0);
  return { allocationMoves, itemMoves, fulfillmentMoves };
}

function applyPatch(booking: Booking, patch: BookingStatusPatch, at: Date): void {
  const { status, holdExpiresAt, ...stamps } = patch;
  booking.status = status;
  for (const [key, value] of Object.entries(stamps)) {
    if (value !== undefined) (booking as Record<string, unknown>)[key] = value;
  }
  if (holdExpiresAt !== undefined) booking.holdExpiresAt = holdExpiresAt;
  booking.updatedAt = at;
}

function applyCascade(em: SqlEntityManager, booking: Booking, plan: CascadePlan, at: Date): CascadeSummary {
  const summary: CascadeSummary = { allocations: {}, items: {}, fulfillments: {}, capacityTaken: 0, capacityFreed: 0 };
  const slotDeltas = new Map<string, number>();
  for (const move of plan.allocationMoves) {
    const { allocation } = move;
    for (const step of move.steps) Object.assign(allocation, transitionAllocation(allocation.status, step, { now: at }));
    if (allocation.status === 'held') allocation.holdExpiresAt = move.holdExpiresAt;
    allocation.updatedAt = at;
    if (move.steps.length > 0) summary.allocations[allocation.status] = (summary.allocations[allocation.status] ?? 0) + 1;
    const delta = (move.consumesAfter ? allocation.quantity : 0) - (move.consumedBefore ? allocation.quantity : 0);
    if (delta > 0) summary.capacityTaken += delta;
    else summary.capacityFreed -= delta;
    if (allocation.kind === 'slot' && delta !== 0) slotDeltas.set(allocation.targetId, (slotDeltas.get(allocation.targetId) ?? 0) + delta);
  }
  for (const { item, steps } of plan.itemMoves) {
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
  for (const [slotId, delta] of slotDeltas) recordSlotChange(em, { slotId, delta, cause: `booking_${booking.status}`, bookingId: booking.id, at });
  return summary;
}

/**
 * Moves a booking to `to` with its allocations and items, in the caller's unit of work. Every guard
 * (passed holds, capacity for revived holds) runs before anything changes.
 */
export async function moveBooking(em: SqlEntityManager, booking: Booking, to: BookingStatus, patch: BookingStatusPatch, at: Date, mode: MoveMode): Promise<CascadeSummary> {
  const plan = await planCascade(em, booking, to, patch, at, mode);
  applyPatch(booking, patch, at);
  return applyCascade(em, booking, plan, at);
}
