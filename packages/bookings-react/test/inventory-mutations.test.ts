import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import {
  isMember,
  useExtendBookingHold,
  useIssueFulfillment,
  useReserveBooking,
  useSetAllocationCapacity,
  useTransitionBooking,
  type ReserveBookingInput,
} from '../src';
import { ADMIN, renderBookingsHook, uniqueMarker } from './support';

function reservation(slotId: string, quantity: number): ReserveBookingInput {
  return {
    sellCurrency: 'EUR',
    contact: { firstName: 'Ana', lastName: uniqueMarker('Reserve') },
    holdMinutes: 30,
    items: [
      {
        title: 'Sunrise boat trip',
        quantity,
        slotId,
        unitSellAmount: { amountCents: 4000, currency: 'EUR' },
        allocations: [{ kind: 'SLOT', targetId: slotId }],
      },
    ],
  };
}

function useInventoryHooks() {
  return {
    capacity: useSetAllocationCapacity(),
    reserve: useReserveBooking(),
    extend: useExtendBookingHold(),
    transition: useTransitionBooking(),
    issue: useIssueFulfillment(),
  };
}

describe('inventory mutation hooks', () => {
  it('useReserveBooking holds capacity, or answers CapacityExhaustedError when too little is left', async () => {
    const slotId = uniqueMarker('slot_');
    const { result } = renderBookingsHook(useInventoryHooks, { caller: ADMIN });
    await act(() => result.current.capacity.mutateAsync({ input: { kind: 'SLOT', targetId: slotId, capacity: 3 } }));

    const held = await act(() => result.current.reserve.mutateAsync({ input: reservation(slotId, 2) }));
    const refused = await act(() => result.current.reserve.mutateAsync({ input: reservation(slotId, 2) }));

    if (!isMember(held, 'Booking')) throw new Error(`expected a Booking, got ${held.__typename}`);
    expect(held.status).toBe('ON_HOLD');
    expect(held.allocations).toEqual([
      expect.objectContaining({ kind: 'SLOT', targetId: slotId, quantity: 2, status: 'HELD' }),
    ]);
    if (!isMember(refused, 'CapacityExhaustedError'))
      throw new Error(`expected no capacity, got ${refused.__typename}`);
    expect(refused).toMatchObject({ code: 'CAPACITY_EXHAUSTED', targetId: slotId, requested: 2, remaining: 1 });
  });

  it('useExtendBookingHold moves the hold later; on a confirmed booking it answers BookingNotOnHoldError', async () => {
    const slotId = uniqueMarker('slot_');
    const { result } = renderBookingsHook(useInventoryHooks, { caller: ADMIN });
    await act(() => result.current.capacity.mutateAsync({ input: { kind: 'SLOT', targetId: slotId, capacity: 10 } }));
    const held = await act(() => result.current.reserve.mutateAsync({ input: reservation(slotId, 1) }));
    if (!isMember(held, 'Booking')) throw new Error(`expected a Booking, got ${held.__typename}`);

    const extended = await act(() => result.current.extend.mutateAsync({ input: { id: held.id, holdMinutes: 120 } }));
    if (!isMember(extended, 'Booking')) throw new Error(`expected a Booking, got ${extended.__typename}`);
    expect(Date.parse(extended.holdExpiresAt ?? '')).toBeGreaterThan(Date.parse(held.holdExpiresAt ?? ''));

    await act(() => result.current.transition.mutateAsync({ input: { id: held.id, to: 'CONFIRMED' } }));
    const notOnHold = await act(() => result.current.extend.mutateAsync({ input: { id: held.id, holdMinutes: 60 } }));
    if (!isMember(notOnHold, 'BookingNotOnHoldError'))
      throw new Error(`expected not on hold, got ${notOnHold.__typename}`);
    expect(notOnHold.status).toBe('CONFIRMED');
  });

  it('useIssueFulfillment answers BookingNotFulfillableError for a booking that is not confirmed', async () => {
    const slotId = uniqueMarker('slot_');
    const { result } = renderBookingsHook(useInventoryHooks, { caller: ADMIN });
    await act(() => result.current.capacity.mutateAsync({ input: { kind: 'SLOT', targetId: slotId, capacity: 10 } }));
    const held = await act(() => result.current.reserve.mutateAsync({ input: reservation(slotId, 1) }));
    if (!isMember(held, 'Booking')) throw new Error(`expected a Booking, got ${held.__typename}`);

    const input = { bookingId: held.id, type: 'VOUCHER' as const, deliveryChannel: 'EMAIL' as const };
    const refused = await act(() => result.current.issue.mutateAsync({ input }));
    if (!isMember(refused, 'BookingNotFulfillableError'))
      throw new Error(`expected refusal, got ${refused.__typename}`);
    expect(refused.bookingStatus).toBe('ON_HOLD');

    await act(() => result.current.transition.mutateAsync({ input: { id: held.id, to: 'CONFIRMED' } }));
    const issued = await act(() => result.current.issue.mutateAsync({ input }));
    if (!isMember(issued, 'BookingFulfillment')) throw new Error(`expected a fulfillment, got ${issued.__typename}`);
    expect(issued).toMatchObject({ type: 'VOUCHER', deliveryChannel: 'EMAIL', status: 'ISSUED' });
  });
});
