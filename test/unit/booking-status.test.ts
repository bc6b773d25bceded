import fc from 'fast-check';
import {
  BOOKING_STATUSES,
  BookingTransitionError,
  bookingLifecycle,
  canTransitionBooking,
  overrideBookingStatus,
  transitionBooking,
  type BookingStatus,
  type BookingStatusPatch,
} from '../../src/statemachine/booking-status';

// Written out independently of the source so a reordering or a renamed status there fails here.
const STATES = [
  'draft',
  'on_hold',
  'awaiting_payment',
  'confirmed',
  'in_progress',
  'completed',
  'expired',
  'cancelled',
] as const satisfies readonly BookingStatus[];

type Cell = 0 | 1;
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

// Rows are `from`, columns are `to`, both in STATES order; 1 means the move is allowed.
const EXPECTED_MATRIX: Record<BookingStatus, Row> = {
  //                 dr oh ap cf ip cp ex ca
  draft: [0, 1, 1, 1, 0, 0, 0, 1],
  on_hold: [0, 0, 1, 1, 0, 0, 1, 1],
  awaiting_payment: [0, 0, 0, 1, 0, 0, 1, 1],
  confirmed: [0, 0, 0, 0, 1, 0, 0, 1],
  in_progress: [0, 0, 0, 0, 0, 1, 0, 1],
  completed: [0, 0, 0, 0, 0, 0, 0, 0],
  expired: [0, 0, 0, 0, 0, 0, 0, 0],
  cancelled: [0, 0, 0, 0, 0, 0, 0, 0],
};

const MATRIX_CASES = STATES.flatMap((from) =>
  STATES.map((to, column) => ({ from, to, allowed: EXPECTED_MATRIX[from][column] === 1 })),
);
const ALLOWED_PAIRS = MATRIX_CASES.filter((pair) => pair.allowed);
const FORBIDDEN_PAIRS = MATRIX_CASES.filter((pair) => !pair.allowed);

const NOW = new Date('2030-05-01T10:00:00.000Z');
const minutesAfterNow = (minutes: number): Date => new Date(NOW.getTime() + minutes * 60_000);

describe('booking statuses', () => {
  it('are the eight lifecycle statuses in lifecycle order', () => {
    expect(BOOKING_STATUSES).toEqual(STATES);
  });
});

describe('booking transition table', () => {
  it.each(MATRIX_CASES)('$from → $to is allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransitionBooking(from, to)).toBe(allowed);
  });

  it.each(FORBIDDEN_PAIRS)('transitionBooking refuses $from → $to with BookingTransitionError', ({ from, to }) => {
    expect(() => transitionBooking(from, to, { now: NOW })).toThrow(BookingTransitionError);
  });

  it.each(ALLOWED_PAIRS)('transitionBooking moves $from → $to', ({ from, to }) => {
    expect(transitionBooking(from, to, { now: NOW }).status).toBe(to);
  });

  it('reaches every status from draft', () => {
    const reached = new Set<BookingStatus>(['draft']);
    const queue: BookingStatus[] = ['draft'];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const next of bookingLifecycle.next(current)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATES].sort());
  });

  it('has exactly completed, expired and cancelled as terminal statuses', () => {
    expect(bookingLifecycle.terminal).toEqual(['completed', 'expired', 'cancelled']);
  });

  it.each(['completed', 'expired', 'cancelled'] as const)('offers no exit from terminal status %s', (terminal) => {
    expect(bookingLifecycle.next(terminal)).toEqual([]);
    expect(STATES.filter((to) => canTransitionBooking(terminal, to))).toEqual([]);
  });
});

describe('BookingTransitionError', () => {
  const error = new BookingTransitionError('confirmed', 'draft');

  it('carries the stable code INVALID_BOOKING_TRANSITION', () => {
    expect(error.code).toBe('INVALID_BOOKING_TRANSITION');
  });

  it('names the attempted move', () => {
    expect({ from: error.from, to: error.to }).toEqual({ from: 'confirmed', to: 'draft' });
  });

  it('has a message made only of the two statuses', () => {
    expect(error.message).toBe('Cannot move a booking from confirmed to draft');
  });

  it('is an Error with its own name', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BookingTransitionError');
  });
});

describe('transitionBooking stamps', () => {
  const EXPECTED_PATCHES: ReadonlyArray<{ from: BookingStatus; to: BookingStatus; patch: BookingStatusPatch }> = [
    { from: 'draft', to: 'on_hold', patch: { status: 'on_hold', holdExpiresAt: minutesAfterNow(30) } },
    { from: 'draft', to: 'awaiting_payment', patch: { status: 'awaiting_payment', awaitingPaymentAt: NOW } },
    { from: 'draft', to: 'confirmed', patch: { status: 'confirmed', confirmedAt: NOW } },
    { from: 'draft', to: 'cancelled', patch: { status: 'cancelled', cancelledAt: NOW } },
    { from: 'on_hold', to: 'awaiting_payment', patch: { status: 'awaiting_payment', awaitingPaymentAt: NOW } },
    { from: 'on_hold', to: 'confirmed', patch: { status: 'confirmed', confirmedAt: NOW, holdExpiresAt: null } },
    { from: 'on_hold', to: 'expired', patch: { status: 'expired', expiredAt: NOW, holdExpiresAt: null } },
    { from: 'on_hold', to: 'cancelled', patch: { status: 'cancelled', cancelledAt: NOW, holdExpiresAt: null } },
    {
      from: 'awaiting_payment',
      to: 'confirmed',
      patch: { status: 'confirmed', confirmedAt: NOW, paidAt: NOW, holdExpiresAt: null },
    },
    { from: 'awaiting_payment', to: 'expired', patch: { status: 'expired', expiredAt: NOW, holdExpiresAt: null } },
    {
      from: 'awaiting_payment',
      to: 'cancelled',
      patch: { status: 'cancelled', cancelledAt: NOW, holdExpiresAt: null },
    },
    { from: 'confirmed', to: 'in_progress', patch: { status: 'in_progress' } },
    { from: 'confirmed', to: 'cancelled', patch: { status: 'cancelled', cancelledAt: NOW } },
    { from: 'in_progress', to: 'completed', patch: { status: 'completed', completedAt: NOW } },
    { from: 'in_progress', to: 'cancelled', patch: { status: 'cancelled', cancelledAt: NOW } },
  ];

  it('covers every allowed move in the expected-patch table', () => {
    const covered = EXPECTED_PATCHES.map(({ from, to }) => `${from}→${to}`).sort();
    const allowed = ALLOWED_PAIRS.map(({ from, to }) => `${from}→${to}`).sort();
    expect(covered).toEqual(allowed);
  });

  it.each(EXPECTED_PATCHES)('$from → $to writes exactly its stamps', ({ from, to, patch }) => {
    expect(transitionBooking(from, to, { now: NOW })).toStrictEqual(patch);
  });

  it('stamps paidAt when confirming out of awaiting_payment', () => {
    expect(transitionBooking('awaiting_payment', 'confirmed', { now: NOW }).paidAt).toEqual(NOW);
  });

  it.each(['draft', 'on_hold'] as const)('does not stamp paidAt when confirming out of %s', (from) => {
    expect(transitionBooking(from, 'confirmed', { now: NOW })).not.toHaveProperty('paidAt');
  });

  it('holds for 30 minutes by default when entering on_hold', () => {
    expect(transitionBooking('draft', 'on_hold', { now: NOW }).holdExpiresAt).toEqual(minutesAfterNow(30));
  });

  it('holds for defaultHoldMinutes when entering on_hold with no explicit hold', () => {
    const patch = transitionBooking('draft', 'on_hold', { now: NOW, defaultHoldMinutes: 45 });
    expect(patch.holdExpiresAt).toEqual(minutesAfterNow(45));
  });

  it('holds for holdMinutes rather than the default when given', () => {
    const patch = transitionBooking('draft', 'on_hold', { now: NOW, holdMinutes: 90, defaultHoldMinutes: 45 });
    expect(patch.holdExpiresAt).toEqual(minutesAfterNow(90));
  });

  it('holds until an explicit holdExpiresAt, which wins over holdMinutes', () => {
    const deadline = new Date('2030-05-02T08:00:00.000Z');
    const patch = transitionBooking('draft', 'on_hold', { now: NOW, holdExpiresAt: deadline, holdMinutes: 90 });
    expect(patch.holdExpiresAt).toEqual(deadline);
  });

  it('keeps the running hold when moving on_hold → awaiting_payment without hold options', () => {
    const patch = transitionBooking('on_hold', 'awaiting_payment', { now: NOW, defaultHoldMinutes: 45 });
    expect(patch).not.toHaveProperty('holdExpiresAt');
  });

  it('replaces the hold when moving on_hold → awaiting_payment with holdMinutes', () => {
    const patch = transitionBooking('on_hold', 'awaiting_payment', { now: NOW, holdMinutes: 120 });
    expect(patch.holdExpiresAt).toEqual(minutesAfterNow(120));
  });

  it('sets a hold when moving draft → awaiting_payment with an explicit holdExpiresAt', () => {
    const deadline = new Date('2030-05-03T00:00:00.000Z');
    const patch = transitionBooking('draft', 'awaiting_payment', { now: NOW, holdExpiresAt: deadline });
    expect(patch.holdExpiresAt).toEqual(deadline);
  });

  it.each([
    ['on_hold', 'confirmed'],
    ['on_hold', 'expired'],
    ['on_hold', 'cancelled'],
    ['awaiting_payment', 'confirmed'],
    ['awaiting_payment', 'expired'],
    ['awaiting_payment', 'cancelled'],
  ] as const)('clears the hold when leaving %s for %s', (from, to) => {
    expect(transitionBooking(from, to, { now: NOW }).holdExpiresAt).toBeNull();
  });

  it.each([
    ['draft', 'confirmed'],
    ['draft', 'cancelled'],
    ['confirmed', 'cancelled'],
    ['in_progress', 'cancelled'],
  ] as const)('leaves holdExpiresAt alone when moving %s → %s, which never held', (from, to) => {
    expect(transitionBooking(from, to, { now: NOW })).not.toHaveProperty('holdExpiresAt');
  });

  it.each([1, 1440])('accepts holdMinutes %p at the edge of the allowed range', (holdMinutes) => {
    const patch = transitionBooking('draft', 'on_hold', { now: NOW, holdMinutes });
    expect(patch.holdExpiresAt).toEqual(minutesAfterNow(holdMinutes));
  });

  it.each([0, -5, 1441, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects holdMinutes %p with a RangeError',
    (holdMinutes) => {
      expect(() => transitionBooking('draft', 'on_hold', { now: NOW, holdMinutes })).toThrow(RangeError);
    },
  );

  it('rejects an out-of-range defaultHoldMinutes with a RangeError', () => {
    expect(() => transitionBooking('draft', 'on_hold', { now: NOW, defaultHoldMinutes: 0 })).toThrow(RangeError);
  });

  it('rejects an invalid now with a RangeError', () => {
    expect(() => transitionBooking('draft', 'confirmed', { now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('returns stamps that do not share identity with the injected clock value', () => {
    const now = new Date(NOW.getTime());
    const patch = transitionBooking('draft', 'confirmed', { now });
    now.setUTCFullYear(1999);
    expect(patch.confirmedAt).toEqual(NOW);
  });
});

describe('overrideBookingStatus', () => {
  const OFF_DIAGONAL = MATRIX_CASES.filter(({ from, to }) => from !== to);

  it.each(OFF_DIAGONAL)('moves $from → $to whatever the lifecycle says', ({ from, to }) => {
    expect(overrideBookingStatus(from, to, { now: NOW }).status).toBe(to);
  });

  it.each(STATES)('refuses to override %s to itself', (status) => {
    expect(() => overrideBookingStatus(status, status, { now: NOW })).toThrow(BookingTransitionError);
  });

  it.each(ALLOWED_PAIRS)('stamps $from → $to exactly as transitionBooking does', ({ from, to }) => {
    const options = { now: NOW, holdMinutes: 15 };
    expect(overrideBookingStatus(from, to, options)).toStrictEqual(transitionBooking(from, to, options));
  });

  it(
    'stamps confirmedAt without paidAt, and clears cancelledAt, ' + 'when reviving a cancelled booking as confirmed',
    () => {
      expect(overrideBookingStatus('cancelled', 'confirmed', { now: NOW })).toStrictEqual({
        status: 'confirmed',
        confirmedAt: NOW,
        cancelledAt: null,
      });
    },
  );

  it('starts a default hold, and clears completedAt, when putting a completed booking back on hold', () => {
    expect(overrideBookingStatus('completed', 'on_hold', { now: NOW })).toStrictEqual({
      status: 'on_hold',
      holdExpiresAt: minutesAfterNow(30),
      completedAt: null,
    });
  });

  it('clears expiredAt when reviving an expired booking as a draft', () => {
    expect(overrideBookingStatus('expired', 'draft', { now: NOW })).toStrictEqual({ status: 'draft', expiredAt: null });
  });

  it('replaces the stamp when overriding one terminal status to another', () => {
    expect(overrideBookingStatus('expired', 'cancelled', { now: NOW })).toStrictEqual({
      status: 'cancelled',
      cancelledAt: NOW,
      expiredAt: null,
    });
  });

  it('clears the hold when forcing on_hold to completed: a deadline outside a hold state means nothing', () => {
    expect(overrideBookingStatus('on_hold', 'completed', { now: NOW })).toStrictEqual({
      status: 'completed',
      completedAt: NOW,
      holdExpiresAt: null,
    });
  });

  it('clears the hold when forcing awaiting_payment back to draft', () => {
    expect(overrideBookingStatus('awaiting_payment', 'draft', { now: NOW })).toStrictEqual({
      status: 'draft',
      holdExpiresAt: null,
    });
  });

  it('writes only the status when rolling a confirmed booking back to draft', () => {
    expect(overrideBookingStatus('confirmed', 'draft', { now: NOW })).toStrictEqual({ status: 'draft' });
  });

  it('stamps expiredAt and clears the hold when forcing awaiting_payment to expired', () => {
    expect(overrideBookingStatus('awaiting_payment', 'expired', { now: NOW })).toStrictEqual({
      status: 'expired',
      expiredAt: NOW,
      holdExpiresAt: null,
    });
  });

  it('rejects an out-of-range holdMinutes with a RangeError', () => {
    expect(() => overrideBookingStatus('expired', 'on_hold', { now: NOW, holdMinutes: 2000 })).toThrow(RangeError);
  });
});

describe('random walks through the booking lifecycle', () => {
  type StampField = 'confirmedAt' | 'paidAt' | 'awaitingPaymentAt' | 'expiredAt' | 'cancelledAt' | 'completedAt';
  const STAMP_FIELDS: readonly StampField[] = [
    'confirmedAt',
    'paidAt',
    'awaitingPaymentAt',
    'expiredAt',
    'cancelledAt',
    'completedAt',
  ];
  type BookingRecord = Omit<BookingStatusPatch, 'status'> & { status: BookingStatus };

  interface Step {
    from: BookingStatus;
    to: BookingStatus;
    now: Date;
    patch: BookingStatusPatch;
    before: BookingRecord;
    after: BookingRecord;
  }

  // Longer than the longest path (draft → on_hold → awaiting_payment → confirmed → in_progress → completed),
  // so every walk is forced to end in a terminal status.
  const MAX_STEPS = 8;
  const stepArbitrary = fc.record({
    choice: fc.nat(),
    advanceMs: fc.integer({ min: 1, max: 7 * 24 * 60 * 60_000 }),
    holdMinutes: fc.option(fc.integer({ min: 1, max: 1440 }), { nil: undefined }),
  });
  const walkArbitrary = fc.record({
    startMs: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }),
    steps: fc.array(stepArbitrary, { minLength: MAX_STEPS, maxLength: MAX_STEPS }),
  });

  type WalkInput = { startMs: number; steps: Array<{ choice: number; advanceMs: number; holdMinutes?: number }> };

  function walk({ startMs, steps }: WalkInput): {
    trail: Step[];
    record: BookingRecord;
  } {
    let record: BookingRecord = { status: 'draft' };
    let clock = startMs;
    const trail: Step[] = [];
    for (const { choice, advanceMs, holdMinutes } of steps) {
      const options = bookingLifecycle.next(record.status);
      if (options.length === 0) {
        break;
      }
      clock += advanceMs;
      const now = new Date(clock);
      const from = record.status;
      const to = options[choice % options.length];
      const patch = transitionBooking(from, to, { now, holdMinutes });
      const after: BookingRecord = { ...record, ...patch };
      trail.push({ from, to, now, patch, before: record, after });
      record = after;
    }
    return { trail, record };
  }

  const stateOfStamp: Record<StampField, BookingStatus> = {
    confirmedAt: 'confirmed',
    paidAt: 'confirmed',
    awaitingPaymentAt: 'awaiting_payment',
    expiredAt: 'expired',
    cancelledAt: 'cancelled',
    completedAt: 'completed',
  };

  it('never overwrites a stamp once set, and sets it at the moment its status is entered', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        const { trail } = walk(input);
        for (const step of trail) {
          for (const field of STAMP_FIELDS) {
            if (step.patch[field] !== undefined) {
              expect(step.before[field]).toBeUndefined();
              expect(step.to).toBe(stateOfStamp[field]);
              expect(step.patch[field]).toEqual(step.now);
            }
          }
        }
      }),
    );
  });

  it('sets each status stamp exactly once when its status was visited, and never otherwise', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        const { trail, record } = walk(input);
        const visited = new Set(trail.map((step) => step.to));
        const paid = trail.some((step) => step.from === 'awaiting_payment' && step.to === 'confirmed');
        for (const field of STAMP_FIELDS) {
          const expected = field === 'paidAt' ? paid : visited.has(stateOfStamp[field]);
          expect({ field, set: record[field] !== undefined }).toEqual({ field, set: expected });
        }
      }),
    );
  });

  it('holds a deadline only while on_hold or awaiting_payment, and always while on_hold', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        for (const { after } of walk(input).trail) {
          if (after.status === 'on_hold') {
            expect(after.holdExpiresAt).toBeInstanceOf(Date);
          }
          if (after.holdExpiresAt instanceof Date) {
            expect(['on_hold', 'awaiting_payment']).toContain(after.status);
          }
        }
      }),
    );
  });

  it('always ends in a terminal status that refuses every further move', () => {
    fc.assert(
      fc.property(walkArbitrary, fc.constantFrom(...STATES), fc.date({ noInvalidDate: true }), (input, to, now) => {
        const { record } = walk(input);
        expect(bookingLifecycle.terminal).toContain(record.status);
        expect(() => transitionBooking(record.status, to, { now })).toThrow(BookingTransitionError);
      }),
    );
  });
});
