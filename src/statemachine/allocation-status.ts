import { defineLifecycle } from './lifecycle';

/** Every status an inventory allocation can be in, as stored. */
export const ALLOCATION_STATUSES = ['held', 'confirmed', 'fulfilled', 'released', 'expired', 'cancelled'] as const;

export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

/** The allocation lifecycle: a hold on supplier inventory from taking to giving back or using up. */
export const allocationLifecycle = defineLifecycle(ALLOCATION_STATUSES, {
  held: ['confirmed', 'released', 'expired', 'cancelled'],
  confirmed: ['fulfilled', 'cancelled', 'released'],
  fulfilled: [],
  released: [],
  expired: [],
  cancelled: [],
});

/** Whether the allocation lifecycle allows `from → to`. */
export function canTransitionAllocation(from: AllocationStatus, to: AllocationStatus): boolean {
  return allocationLifecycle.can(from, to);
}

/** An allocation was asked to make a move its lifecycle does not allow. */
export class AllocationTransitionError extends Error {
  readonly code = 'INVALID_ALLOCATION_TRANSITION';
  override readonly name = 'AllocationTransitionError';

  constructor(
    readonly from: AllocationStatus,
    readonly to: AllocationStatus,
  ) {
    super(`Cannot move an allocation from ${from} to ${to}`);
  }
}

/** The columns an allocation status change writes; an absent key means "leave as is". */
export interface AllocationStatusPatch {
  status: AllocationStatus;
  confirmedAt?: Date;
  releasedAt?: Date;
  /** Cleared on confirmation: a confirmed allocation no longer depends on a deadline. */
  holdExpiresAt?: null;
}

/** Statuses that give capacity back: the allocation stops counting against its target. */
const FREEING_STATUSES: ReadonlySet<AllocationStatus> = new Set<AllocationStatus>(['released', 'expired', 'cancelled']);

/**
 * Moves an allocation along its lifecycle and returns the columns to write. `releasedAt` dates the
 * moment capacity was given back, whichever way (released, expired or cancelled).
 *
 * @throws AllocationTransitionError when the lifecycle does not allow `from → to`.
 */
export function transitionAllocation(
  from: AllocationStatus,
  to: AllocationStatus,
  options: { now: Date },
): AllocationStatusPatch {
  if (!canTransitionAllocation(from, to)) throw new AllocationTransitionError(from, to);
  const at = new Date(options.now.getTime());
  if (to === 'confirmed') return { status: to, confirmedAt: at, holdExpiresAt: null };
  if (FREEING_STATUSES.has(to)) return { status: to, releasedAt: at };
  return { status: to };
}

/**
 * Whether an allocation counts against its target's capacity at `now`: confirmed and fulfilled
 * always do; a hold does only until its deadline, so a passed hold frees capacity even before the
 * sweeper gets to it.
 */
export function consumesCapacity(
  allocation: { status: AllocationStatus; holdExpiresAt: Date | null | undefined },
  now: Date,
): boolean {
  if (allocation.status === 'confirmed' || allocation.status === 'fulfilled') return true;
  return (
    allocation.status === 'held' &&
    allocation.holdExpiresAt !== null &&
    allocation.holdExpiresAt !== undefined &&
    allocation.holdExpiresAt.getTime() > now.getTime()
  );
}
