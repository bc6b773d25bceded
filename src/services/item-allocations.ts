import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import type { BookingItem } from '../entities/booking-item.entity';
import { consumesCapacity, transitionAllocation, type AllocationStatus } from '../statemachine/allocation-status';
import { acquireCapacity } from './capacity-service';
import { recordAllocationEvent, recordSlotChange } from './lifecycle-events';
import { fail } from '../domain/outcomes';

/** Allocations an item's quantity still governs; fulfilled ones record capacity already used. */
const ACTIVE_STATUSES: AllocationStatus[] = ['held', 'confirmed'];

interface Resize {
  allocation: BookingAllocation;
  quantity: number;
  /** Whether the allocation counts against its target now: only then does its resize move capacity. */
  live: boolean;
}

/** How an item's allocations follow its new quantity; everything in it has passed the capacity guard. */
export interface Reallocation {
  resizes: Resize[];
  delta: number;
}

/** What a reallocation did, for the activity row. */
export interface ReallocationSummary {
  kind: string;
  targetId: string;
  delta: number;
  capacityTaken: number;
  capacityFreed: number;
  released: string[];
}

const activeAllocationsOf = (em: SqlEntityManager, itemId: string) =>
  em.find(
    BookingAllocation,
    { item: itemId, status: { $in: ACTIVE_STATUSES } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );

function ambiguous(item: BookingItem, targetCount: number, allocatedQuantity: number): never {
  const why =
    targetCount > 1
      ? `holds capacity on ${targetCount} targets`
      : `holds ${allocatedQuantity} for a quantity of ${item.quantity}`;
  return fail({
    __typename: 'AmbiguousReallocationError',
    code: 'AMBIGUOUS_REALLOCATION',
    message:
      `Item ${item.id} ${why}, so its allocations cannot follow a new quantity; release or add ` +
      `allocations explicitly`,
    itemId: item.id,
    targetCount,
    allocatedQuantity,
    itemQuantity: item.quantity,
  });
}

/**
 * Plans how the item's held and confirmed allocations follow a quantity change, and takes any extra
 * capacity under the same sorted capacity lock reservations use (CapacityExhaustedError when it is
 * not there). They follow only when they cover the item one for one on a single target; anything
 * else is refused as ambiguous. Writes nothing; `applyReallocation` does.
 */
export async function planReallocation(
  em: SqlEntityManager,
  item: BookingItem,
  quantity: number,
  now: Date,
): Promise<Reallocation | null> {
  if (quantity === item.quantity) return null;
  const allocations = await activeAllocationsOf(em, item.id);
  if (allocations.length === 0) return null;
  const targets = new Set(allocations.map((allocation) => `${allocation.kind}\u0000${allocation.targetId}`));
  const allocated = allocations.reduce((sum, allocation) => sum + allocation.quantity, 0);
  if (targets.size > 1 || allocated !== item.quantity) ambiguous(item, targets.size, allocated);
  const delta = quantity - item.quantity;
  const newestFirst = [...allocations].reverse();
  if (delta > 0) {
    // Growth goes to the newest allocation that still counts, so it shares that allocation's status and hold.
    const grown = newestFirst.find((allocation) => consumesCapacity(allocation, now)) ?? newestFirst[0];
    if (!grown) return null;
    const live = consumesCapacity(grown, now);
    if (live) await acquireCapacity(em, [{ kind: grown.kind, targetId: grown.targetId, quantity: delta }], now);
    return { delta, resizes: [{ allocation: grown, quantity: grown.quantity + delta, live }] };
  }
  // Shrinking gives back the newest capacity first; an allocation cut to nothing is released, not deleted.
  let toFree = -delta;
  const resizes: Resize[] = [];
  for (const allocation of newestFirst) {
    if (toFree === 0) break;
    const cut = Math.min(toFree, allocation.quantity);
    resizes.push({ allocation, quantity: allocation.quantity - cut, live: consumesCapacity(allocation, now) });
    toFree -= cut;
  }
  return { delta, resizes };
}

/** Writes a planned reallocation and announces the slot's new consumption. */
export function applyReallocation(
  em: SqlEntityManager,
  plan: Reallocation,
  context: { bookingId: string; at: Date },
): ReallocationSummary {
  const first = plan.resizes[0]?.allocation;
  if (!first) throw new Error('A reallocation resizes at least one allocation');
  let moved = 0;
  const released: string[] = [];
  for (const { allocation, quantity, live } of plan.resizes) {
    if (live) moved += quantity - allocation.quantity;
    if (quantity === 0) {
      Object.assign(allocation, transitionAllocation(allocation.status, 'released', { now: context.at }));
      released.push(allocation.id);
      recordAllocationEvent(em, {
        type: 'booking.allocation.released',
        bookingId: context.bookingId,
        allocation,
        cause: 'item_quantity_changed',
        at: context.at,
      });
    } else {
      allocation.quantity = quantity;
    }
    allocation.updatedAt = context.at;
  }
  if (first.kind === 'slot')
    recordSlotChange(em, {
      slotId: first.targetId,
      delta: moved,
      cause: 'item_quantity_changed',
      bookingId: context.bookingId,
      at: context.at,
    });
  return {
    kind: first.kind,
    targetId: first.targetId,
    delta: plan.delta,
    capacityTaken: Math.max(0, moved),
    capacityFreed: Math.max(0, -moved),
    released,
  };
}

/** What giving an item's capacity back did, for the activity row. */
export interface ReleaseSummary {
  released: string[];
  capacityFreed: number;
}

/**
 * Releases every held and confirmed allocation of an item (the rows stay, stamped `releasedAt`) and
 * announces each slot's freed seats.
 */
export async function releaseItemAllocations(
  em: SqlEntityManager,
  itemId: string,
  context: { bookingId: string; at: Date; cause: string },
): Promise<ReleaseSummary> {
  const allocations = await activeAllocationsOf(em, itemId);
  const freedBySlot = new Map<string, number>();
  let capacityFreed = 0;
  for (const allocation of allocations) {
    const freed = consumesCapacity(allocation, context.at) ? allocation.quantity : 0;
    Object.assign(allocation, transitionAllocation(allocation.status, 'released', { now: context.at }), {
      updatedAt: context.at,
    });
    recordAllocationEvent(em, {
      type: 'booking.allocation.released',
      bookingId: context.bookingId,
      allocation,
      cause: context.cause,
      at: context.at,
    });
    capacityFreed += freed;
    if (allocation.kind === 'slot')
      freedBySlot.set(allocation.targetId, (freedBySlot.get(allocation.targetId) ?? 0) + freed);
  }
  for (const [slotId, freed] of freedBySlot)
    recordSlotChange(em, { slotId, delta: -freed, cause: context.cause, bookingId: context.bookingId, at: context.at });
  return { released: allocations.map((allocation) => allocation.id), capacityFreed };
}
