import {
  SUPPLIER_STATUSES,
  SupplierStatusTransitionError,
  bookingSupplierConfirmation,
  canTransitionSupplierStatus,
  supplierStatusLifecycle,
  transitionSupplierStatus,
  type SupplierStatus,
} from '../../src/statemachine/supplier-status';

type Cell = 0 | 1;

const STATES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;

// Rows are `from`, columns are `to`, both in STATES order; 1 means the move is allowed.
const EXPECTED: Record<SupplierStatus, readonly Cell[]> = {
  //         pe co re ca
  pending: [0, 1, 1, 1],
  confirmed: [0, 0, 0, 1],
  rejected: [1, 0, 0, 0],
  cancelled: [0, 0, 0, 0],
};

const CASES = STATES.flatMap((from) =>
  STATES.map((to, column) => ({ from, to, allowed: EXPECTED[from][column] === 1 })),
);

const NOW = new Date('2030-05-01T10:00:00.000Z');

function reachableFrom(start: SupplierStatus): Set<SupplierStatus> {
  const reached = new Set<SupplierStatus>([start]);
  const queue: SupplierStatus[] = [start];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const target of supplierStatusLifecycle.next(current)) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

describe('supplier status lifecycle', () => {
  it('lists its statuses in lifecycle order', () => {
    expect(SUPPLIER_STATUSES).toEqual(STATES);
  });

  it.each(CASES)('$from → $to is allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransitionSupplierStatus(from, to)).toBe(allowed);
  });

  it('reaches every status from pending', () => {
    expect([...reachableFrom('pending')].sort()).toEqual([...STATES].sort());
  });

  it('has cancelled as its only terminal status', () => {
    expect(supplierStatusLifecycle.terminal).toEqual(['cancelled']);
  });

  it.each(CASES.filter((pair) => !pair.allowed))(
    'transitionSupplierStatus refuses $from → $to with SupplierStatusTransitionError',
    ({ from, to }) => {
      expect(() => transitionSupplierStatus(from, to, { now: NOW })).toThrow(SupplierStatusTransitionError);
    },
  );

  it.each([
    { from: 'pending', to: 'confirmed', patch: { status: 'confirmed', confirmedAt: NOW } },
    { from: 'pending', to: 'rejected', patch: { status: 'rejected' } },
    { from: 'pending', to: 'cancelled', patch: { status: 'cancelled' } },
    { from: 'confirmed', to: 'cancelled', patch: { status: 'cancelled' } },
    { from: 'rejected', to: 'pending', patch: { status: 'pending' } },
  ] as const)('transitionSupplierStatus $from → $to writes exactly its stamps', ({ from, to, patch }) => {
    expect(transitionSupplierStatus(from, to, { now: NOW })).toStrictEqual(patch);
  });

  it('refuses an invalid clock', () => {
    expect(() => transitionSupplierStatus('pending', 'confirmed', { now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('reports an illegal move with code INVALID_SUPPLIER_STATUS_TRANSITION', () => {
    const error = new SupplierStatusTransitionError('cancelled', 'confirmed');
    expect({ code: error.code, from: error.from, to: error.to, message: error.message }).toEqual({
      code: 'INVALID_SUPPLIER_STATUS_TRANSITION',
      from: 'cancelled',
      to: 'confirmed',
      message: 'Cannot move a supplier commitment from cancelled to confirmed',
    });
  });
});

describe('bookingSupplierConfirmation', () => {
  it.each([
    { statuses: [], expected: 'none' },
    { statuses: ['cancelled', 'cancelled'], expected: 'none' },
    { statuses: ['pending', 'pending'], expected: 'pending' },
    { statuses: ['confirmed', 'pending'], expected: 'partial' },
    { statuses: ['confirmed', 'confirmed'], expected: 'confirmed' },
    { statuses: ['confirmed', 'cancelled'], expected: 'confirmed' },
    { statuses: ['confirmed', 'rejected', 'pending'], expected: 'rejected' },
    { statuses: ['rejected', 'cancelled'], expected: 'rejected' },
  ] as const)('$statuses → $expected', ({ statuses, expected }) => {
    expect(bookingSupplierConfirmation(statuses)).toBe(expected);
  });
});
