import type { AllocationStatus } from './allocation-status';
import type { BookingStatus } from './booking-status';
import type { FulfillmentStatus } from './fulfillment-status';
import type { ItemStatus } from './item-status';

/**
 * What a booking's move does to its parts: for each status a part may be in, the steps it takes
 * (each step an edge of the part's own lifecycle). Parts in a status not listed stay as they are.
 */
export interface StatusCascade {
  allocations: Partial<Record<AllocationStatus, readonly AllocationStatus[]>>;
  items: Partial<Record<ItemStatus, readonly ItemStatus[]>>;
  fulfillments: Partial<Record<FulfillmentStatus, readonly FulfillmentStatus[]>>;
}

const COMMIT: StatusCascade = {
  allocations: { held: ['confirmed'] },
  items: { draft: ['confirmed'], on_hold: ['confirmed'] },
  fulfillments: {},
};

/** A document for a booking that will not happen is void; a revoked one stays revoked. */
const VOID_FULFILLMENTS: StatusCascade['fulfillments'] = {
  pending: ['voided'],
  issued: ['voided'],
  reissued: ['voided'],
  failed: ['voided'],
};

/**
 * One table for ordinary transitions and admin overrides alike: an ordinary transition only ever
 * meets the rows its source statuses can produce, an override may meet any of them.
 */
export const BOOKING_STATUS_CASCADE: Readonly<Record<BookingStatus, StatusCascade>> = {
  draft: { allocations: {}, items: {}, fulfillments: {} },
  on_hold: { allocations: {}, items: { draft: ['on_hold'] }, fulfillments: {} },
  awaiting_payment: { allocations: {}, items: { draft: ['on_hold'] }, fulfillments: {} },
  confirmed: COMMIT,
  // Starting service implies the booking was confirmed: anything still held is committed first.
  in_progress: COMMIT,
  completed: {
    allocations: { held: ['confirmed', 'fulfilled'], confirmed: ['fulfilled'] },
    items: { draft: ['confirmed', 'fulfilled'], on_hold: ['confirmed', 'fulfilled'], confirmed: ['fulfilled'] },
    fulfillments: {},
  },
  // A confirmed allocation cannot "expire"; it is released, which frees its capacity all the same.
  expired: {
    allocations: { held: ['expired'], confirmed: ['released'] },
    items: { on_hold: ['expired'], draft: ['cancelled'], confirmed: ['cancelled'] },
    fulfillments: VOID_FULFILLMENTS,
  },
  cancelled: {
    allocations: { held: ['cancelled'], confirmed: ['cancelled'] },
    items: { draft: ['cancelled'], on_hold: ['cancelled'], confirmed: ['cancelled'] },
    fulfillments: VOID_FULFILLMENTS,
  },
};

const NO_STEPS: readonly never[] = [];

export function allocationSteps(bookingTo: BookingStatus, from: AllocationStatus): readonly AllocationStatus[] {
  return BOOKING_STATUS_CASCADE[bookingTo].allocations[from] ?? NO_STEPS;
}

export function fulfillmentSteps(bookingTo: BookingStatus, from: FulfillmentStatus): readonly FulfillmentStatus[] {
  return BOOKING_STATUS_CASCADE[bookingTo].fulfillments[from] ?? NO_STEPS;
}

export function itemSteps(bookingTo: BookingStatus, from: ItemStatus): readonly ItemStatus[] {
  return BOOKING_STATUS_CASCADE[bookingTo].items[from] ?? NO_STEPS;
}

/** Booking statuses whose held allocations keep (and follow) the booking's hold deadline. */
export const HOLDING_BOOKING_STATUSES: readonly BookingStatus[] = ['on_hold', 'awaiting_payment'];
