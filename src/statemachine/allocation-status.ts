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
