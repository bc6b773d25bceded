import {
  ALLOCATION_STATUSES,
  AllocationTransitionError,
  canTransitionAllocation,
  consumesCapacity,
  transitionAllocation,
} from '../../src/statemachine/allocation-status';
import { BOOKING_STATUSES } from '../../src/statemachine/booking-status';
import { FULFILLMENT_STATUSES, canTransitionFulfillment } from '../../src/statemachine/fulfillment-status';
import { ITEM_STATUSES, canTransitionItem } from '../../src/statemachine/item-status';
import {
  BOOKING_STATUS_CASCADE,
  allocationSteps,
  fulfillmentSteps,
  itemSteps,
} from '../../src/statemachine/status-cascade';

const NOW = new Date('2030-05-01T10:00:00.000Z');
const minutesFromNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Walks a path of steps from `start`, asserting each is an edge of the lifecycle. */
function walk<S extends string>(start: S, steps: readonly S[], can: (from: S, to: S) => boolean): S {
  return steps.reduce((from, to) => {
    expect({ from, to, allowed: can(from, to) }).toEqual({ from, to, allowed: true });
    return to;
  }, start);
}

describe('booking status cascade', () => {
  it('has an entry for every booking status', () => {
    expect(Object.keys(BOOKING_STATUS_CASCADE).sort()).toEqual([...BOOKING_STATUSES].sort());
  });

  const allocationCases = BOOKING_STATUSES.flatMap((to) => ALLOCATION_STATUSES.map((from) => ({ to, from })));
  it.each(allocationCases)(
    'moves a $from allocation only along allocation lifecycle edges when the booking goes $to',
    ({ to, from }) => {
      walk(from, allocationSteps(to, from), canTransitionAllocation);
    },
  );

  const itemCases = BOOKING_STATUSES.flatMap((to) => ITEM_STATUSES.map((from) => ({ to, from })));
  it.each(itemCases)('moves a $from item only along item lifecycle edges when the booking goes $to', ({ to, from }) => {
    walk(from, itemSteps(to, from), canTransitionItem);
  });

  const fulfillmentCases = BOOKING_STATUSES.flatMap((to) => FULFILLMENT_STATUSES.map((from) => ({ to, from })));
  it.each(fulfillmentCases)(
    'moves a $from fulfillment only along fulfillment lifecycle edges when the booking goes $to',
    ({ to, from }) => {
      walk(from, fulfillmentSteps(to, from), canTransitionFulfillment);
    },
  );

  it.each(['cancelled', 'expired'] as const)(
    'voids every fulfillment that is not already revoked when the booking is %s',
    (to) => {
      const ends = Object.fromEntries(
        FULFILLMENT_STATUSES.map((from) => [from, fulfillmentSteps(to, from).at(-1) ?? from]),
      );
      expect(ends).toEqual({
        pending: 'voided',
        issued: 'voided',
        reissued: 'voided',
        failed: 'voided',
        revoked: 'revoked',
        voided: 'voided',
      });
    },
  );

  it('leaves fulfillments alone on every other move', () => {
    for (const to of BOOKING_STATUSES.filter((status) => status !== 'cancelled' && status !== 'expired')) {
      for (const from of FULFILLMENT_STATUSES) expect(fulfillmentSteps(to, from)).toEqual([]);
    }
  });

  it.each([
    { to: 'confirmed', allocations: { held: 'confirmed' }, items: { draft: 'confirmed', on_hold: 'confirmed' } },
    {
      to: 'completed',
      allocations: { held: 'fulfilled', confirmed: 'fulfilled' },
      items: { on_hold: 'fulfilled', confirmed: 'fulfilled' },
    },
    {
      to: 'expired',
      allocations: { held: 'expired', confirmed: 'released' },
      items: { on_hold: 'expired', confirmed: 'cancelled' },
    },
    {
      to: 'cancelled',
      allocations: { held: 'cancelled', confirmed: 'cancelled' },
      items: { on_hold: 'cancelled', confirmed: 'cancelled' },
    },
  ] as const)('leaves parts where the issue says when the booking goes $to', ({ to, allocations, items }) => {
    for (const [from, expected] of Object.entries(allocations)) {
      expect(allocationSteps(to, from as 'held').at(-1)).toBe(expected);
    }
    for (const [from, expected] of Object.entries(items)) {
      expect(itemSteps(to, from as 'on_hold').at(-1)).toBe(expected);
    }
  });

  it('never touches fulfilled, released, expired or cancelled allocations', () => {
    for (const to of BOOKING_STATUSES) {
      for (const from of ['fulfilled', 'released', 'expired', 'cancelled'] as const)
        expect(allocationSteps(to, from)).toEqual([]);
    }
  });
});

describe('transitionAllocation', () => {
  it('stamps confirmedAt and clears the hold on confirmation', () => {
    expect(transitionAllocation('held', 'confirmed', { now: NOW })).toStrictEqual({
      status: 'confirmed',
      confirmedAt: NOW,
      holdExpiresAt: null,
    });
  });

  it.each(['released', 'expired', 'cancelled'] as const)('stamps releasedAt when a hold is %s', (to) => {
    expect(transitionAllocation('held', to, { now: NOW })).toStrictEqual({ status: to, releasedAt: NOW });
  });

  it('writes only the status when a confirmed allocation is fulfilled', () => {
    expect(transitionAllocation('confirmed', 'fulfilled', { now: NOW })).toStrictEqual({ status: 'fulfilled' });
  });

  it('refuses a move the lifecycle does not allow', () => {
    expect(() => transitionAllocation('expired', 'confirmed', { now: NOW })).toThrow(AllocationTransitionError);
  });
});

describe('consumesCapacity', () => {
  it.each([
    { status: 'held', holdExpiresAt: minutesFromNow(1), consumes: true },
    { status: 'held', holdExpiresAt: NOW, consumes: false },
    { status: 'held', holdExpiresAt: minutesFromNow(-1), consumes: false },
    { status: 'confirmed', holdExpiresAt: null, consumes: true },
    { status: 'fulfilled', holdExpiresAt: null, consumes: true },
    { status: 'released', holdExpiresAt: minutesFromNow(5), consumes: false },
    { status: 'expired', holdExpiresAt: minutesFromNow(-5), consumes: false },
    { status: 'cancelled', holdExpiresAt: null, consumes: false },
  ] as const)(
    'a $status allocation with hold $holdExpiresAt consumes capacity: $consumes',
    ({ status, holdExpiresAt, consumes }) => {
      expect(consumesCapacity({ status, holdExpiresAt }, NOW)).toBe(consumes);
    },
  );
});
