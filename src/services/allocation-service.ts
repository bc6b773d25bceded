import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AllocationKind } from '../domain/vocabulary';
import { ALLOCATION_RELEASE_ACTION_NAME, allocationSnapshot, bookingSnapshot } from '../approvals/booking-actions';
import type { Booking } from '../entities/booking.entity';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import {
  AllocationTransitionError,
  consumesCapacity,
  transitionAllocation,
  type AllocationStatusPatch,
} from '../statemachine/allocation-status';
import { HOLDING_BOOKING_STATUSES } from '../statemachine/status-cascade';
import type { GatedReleaseBookingAllocationInput } from '../validation/approval-inputs';
import type { AddBookingAllocationInput, ExtendBookingHoldInput } from '../validation/inventory-inputs';
import { gated } from '../approvals/gate';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { acquireCapacity } from './capacity-service';
import { addMinutes, holdDeadline, holdExpired, isHoldLive } from './holds';
import { recordAllocationEvent, recordSlotChange } from './lifecycle-events';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';

type Result = Promise<{ bookingId: string } | BusinessOutcome>;

export function newAllocation(
  em: SqlEntityManager,
  values: {
    bookingId: string;
    itemId: string;
    kind: AllocationKind;
    targetId: string;
    quantity: number;
    holdExpiresAt: Date;
    at: Date;
  },
): BookingAllocation {
  return em.create(BookingAllocation, {
    id: newId(ID_PREFIX.allocation),
    booking: values.bookingId,
    item: values.itemId,
    kind: values.kind,
    targetId: values.targetId,
    quantity: values.quantity,
    status: 'held',
    holdExpiresAt: values.holdExpiresAt,
    confirmedAt: null,
    releasedAt: null,
    createdAt: values.at,
    updatedAt: values.at,
  });
}

/** Allocations are taken and given back only while the booking is still being put together. */
function assertAllocationsEditable(booking: Booking): void {
  if (booking.status !== 'draft' && booking.status !== 'on_hold') {
    fail({
      __typename: 'BookingNotEditableError',
      code: 'BOOKING_NOT_EDITABLE',
      message: `Allocations change only on draft or on-hold bookings, not on a ${booking.status} one`,
      status: booking.status,
    });
  }
}

/**
 * Holds more capacity for an item. On an on-hold booking the new allocation shares the booking's
 * (live) hold; on a draft it gets a hold of the default length of its own.
 */
export async function addBookingAllocation(scope: ServiceScope, input: AddBookingAllocationInput): Result {
  return runPublishingUnitOfWork(scope, async (em) => {
    const item = await em.findOne(BookingItem, { id: input.bookingItemId });
    if (!item) throw notFound('Booking item', input.bookingItemId, 'input.bookingItemId');
    const booking = await lockBooking(em, item.booking, 'input.bookingItemId');
    assertAllocationsEditable(booking);
    const at = scope.clock.now();
    if (booking.status === 'on_hold' && !isHoldLive(booking.holdExpiresAt, at))
      holdExpired(booking.holdExpiresAt ?? null);
    const holdExpiresAt =
      booking.status === 'on_hold' && booking.holdExpiresAt
        ? booking.holdExpiresAt
        : addMinutes(at, scope.config.holdDefaultMinutes);
    const quantity = input.quantity ?? item.quantity;
    await acquireCapacity(em, [{ kind: input.kind, targetId: input.targetId, quantity }], at);
    const allocation = newAllocation(em, {
      bookingId: booking.id,
      itemId: item.id,
      kind: input.kind,
      targetId: input.targetId,
      quantity,
      holdExpiresAt,
      at,
    });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'allocation_added',
      description: `Allocation ${allocation.id} holds ${quantity} of ${input.kind} ${input.targetId}`,
      metadata: {
        allocationId: allocation.id,
        itemId: item.id,
        kind: input.kind,
        targetId: input.targetId,
        quantity,
        holdExpiresAt: holdExpiresAt.toISOString(),
      },
    });
    if (input.kind === 'slot')
      recordSlotChange(em, {
        slotId: input.targetId,
        delta: quantity,
        cause: 'allocation_added',
        bookingId: booking.id,
        at,
      });
    recordAllocationEvent(em, {
      type: 'booking.allocation.added',
      bookingId: booking.id,
      allocation,
      cause: 'allocation_added',
      at,
    });
    return { bookingId: booking.id };
  });
}

interface AllocationRelease {
  booking: Booking;
  allocation: BookingAllocation;
}

/**
 * Gives a held allocation's capacity back before the booking is confirmed. Releasing what a
 * committed booking holds is an agent's or workflow's to ask for, not to do (src/approvals/policy.ts).
 */
export const releaseBookingAllocation = gated<
  GatedReleaseBookingAllocationInput,
  AllocationRelease,
  AllocationStatusPatch
>(
  {
    operation: 'releaseBookingAllocation',
    actionName: () => ALLOCATION_RELEASE_ACTION_NAME,
    booking: {
      find: async (em, input) => {
        const found = await em.findOne(BookingAllocation, { id: input.id });
        if (!found) throw notFound('Booking allocation', input.id, 'input.id');
        return found.booking;
      },
    },
    load: async (em, input, bookingId) => {
      const booking = await lockBooking(em, bookingId, 'input.id');
      // Re-read under the booking lock: a concurrent change to the allocation has committed by now.
      return { booking, allocation: await em.findOneOrFail(BookingAllocation, { id: input.id }, { refresh: true }) };
    },
    snapshot: ({ booking, allocation }) => ({
      ...bookingSnapshot(booking),
      allocation: allocationSnapshot(allocation),
    }),
  },
  {
    plan: ({ input, target: { booking, allocation }, at }) => {
      assertAllocationsEditable(booking);
      try {
        const patch = transitionAllocation(allocation.status, 'released', { now: at });
        return { change: patch, facts: { allocationId: allocation.id, reason: input.reason ?? null } };
      } catch (error) {
        if (!(error instanceof AllocationTransitionError)) throw error;
        const { code, message, from, to } = error;
        return fail({ __typename: 'AllocationTransitionError', code, message, from, to });
      }
    },
    apply: ({ em, scope, input, target: { booking, allocation }, at, approval }, patch) => {
      const freed = consumesCapacity(allocation, at) ? allocation.quantity : 0;
      Object.assign(allocation, patch, { updatedAt: at });
      touchBooking(booking, at);
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'allocation_released',
        description: `Allocation ${allocation.id} released`,
        metadata: {
          allocationId: allocation.id,
          kind: allocation.kind,
          targetId: allocation.targetId,
          quantity: allocation.quantity,
          reason: input.reason ?? null,
          approvalId: approval?.id ?? null,
        },
      });
      if (allocation.kind === 'slot') {
        const slotId = allocation.targetId;
        recordSlotChange(em, { slotId, delta: -freed, cause: 'allocation_released', bookingId: booking.id, at });
      }
      const released = { type: 'booking.allocation.released', cause: 'allocation_released' } as const;
      recordAllocationEvent(em, { ...released, bookingId: booking.id, allocation, at });
    },
  },
);

/**
 * Moves a live hold's deadline, for the booking and every allocation it holds. A passed hold is
 * not extended: its capacity may already be someone else's.
 */
export async function extendBookingHold(scope: ServiceScope, input: ExtendBookingHoldInput): Result {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.id);
    const at = scope.clock.now();
    if (!HOLDING_BOOKING_STATUSES.includes(booking.status) || !booking.holdExpiresAt) {
      fail({
        __typename: 'BookingNotOnHoldError',
        code: 'BOOKING_NOT_ON_HOLD',
        message: `A ${booking.status} booking has no hold to extend`,
        status: booking.status,
      });
    }
    if (!isHoldLive(booking.holdExpiresAt, at)) holdExpired(booking.holdExpiresAt ?? null);
    const deadline = holdDeadline(input, at, scope.config.holdDefaultMinutes);
    const held = await em.find(BookingAllocation, { booking: booking.id, status: 'held' });
    const passed = held.find((allocation) => !isHoldLive(allocation.holdExpiresAt, at));
    if (passed) holdExpired(passed.holdExpiresAt ?? null);
    const previous = booking.holdExpiresAt;
    booking.holdExpiresAt = deadline;
    touchBooking(booking, at);
    for (const allocation of held) Object.assign(allocation, { holdExpiresAt: deadline, updatedAt: at });
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'hold_extended',
      description: `Hold moved to ${deadline.toISOString()}`,
      metadata: { from: previous?.toISOString() ?? null, to: deadline.toISOString(), allocations: held.length },
    });
    return { bookingId: booking.id };
  });
}
