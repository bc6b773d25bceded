import { defineLifecycle } from './lifecycle';

/** Every status a booking item can be in, as stored. */
export const ITEM_STATUSES = ['draft', 'on_hold', 'confirmed', 'cancelled', 'expired', 'fulfilled'] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The booking item lifecycle. */
export const itemLifecycle = defineLifecycle(ITEM_STATUSES, {
  draft: ['on_hold', 'confirmed', 'cancelled'],
  on_hold: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['fulfilled', 'cancelled'],
  cancelled: [],
  expired: [],
  fulfilled: [],
});

/** Whether the item lifecycle allows `from → to`. */
export function canTransitionItem(from: ItemStatus, to: ItemStatus): boolean {
  return itemLifecycle.can(from, to);
}

/** A booking item was asked to make a move its lifecycle does not allow. */
export class ItemTransitionError extends Error {
  readonly code = 'INVALID_ITEM_TRANSITION';
  override readonly name = 'ItemTransitionError';

  constructor(
    readonly from: ItemStatus,
    readonly to: ItemStatus,
  ) {
    super(`Cannot move a booking item from ${from} to ${to}`);
  }
}
