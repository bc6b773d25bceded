import {
  ALLOCATION_STATUSES,
  AllocationTransitionError,
  allocationLifecycle,
  canTransitionAllocation,
  type AllocationStatus,
} from '../../src/statemachine/allocation-status';
import {
  FULFILLMENT_STATUSES,
  FulfillmentTransitionError,
  canTransitionFulfillment,
  fulfillmentLifecycle,
  transitionFulfillment,
  type FulfillmentStatus,
} from '../../src/statemachine/fulfillment-status';
import {
  ITEM_STATUSES,
  ItemTransitionError,
  canTransitionItem,
  itemLifecycle,
  type ItemStatus,
} from '../../src/statemachine/item-status';
import { defineLifecycle } from '../../src/statemachine/lifecycle';

type Cell = 0 | 1;

/** Flattens a from × to grid of 0/1 into one case per ordered pair. */
function matrixCases<S extends string>(
  states: readonly S[],
  matrix: Record<S, readonly Cell[]>,
): Array<{ from: S; to: S; allowed: boolean }> {
  return states.flatMap((from) => {
    const row = matrix[from];
    if (row.length !== states.length) {
      throw new Error(`Expected-table row ${from} has ${row.length} cells, not ${states.length}`);
    }
    return states.map((to, column) => ({ from, to, allowed: row[column] === 1 }));
  });
}

function reachableFrom<S extends string>(start: S, next: (from: S) => readonly S[]): Set<S> {
  const reached = new Set<S>([start]);
  const queue: S[] = [start];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const target of next(current)) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

const NOW = new Date('2030-05-01T10:00:00.000Z');

describe('defineLifecycle', () => {
  it('derives terminal states as those with no exits', () => {
    const lifecycle = defineLifecycle(['a', 'b', 'c'], { a: ['b'], b: [], c: [] });
    expect(lifecycle.terminal).toEqual(['b', 'c']);
  });

  it('rejects a table whose target is not a declared state', () => {
    const states: readonly string[] = ['a', 'b'];
    expect(() => defineLifecycle(states, { a: ['z'], b: [] })).toThrow('unknown state "z"');
  });

  it('rejects a table with exits for an undeclared state', () => {
    const states: readonly string[] = ['a'];
    expect(() => defineLifecycle(states, { a: [], z: ['a'] })).toThrow('unknown state "z"');
  });

  it('rejects a state listed twice', () => {
    expect(() => defineLifecycle(['a', 'a'], { a: [] })).toThrow('more than once');
  });

  it('answers no exits for a status it does not know, instead of throwing', () => {
    const lifecycle = defineLifecycle(['a', 'b'], { a: ['b'], b: [] });
    const unknown = 'constructor' as 'a';
    expect({ next: lifecycle.next(unknown), can: lifecycle.can(unknown, 'b') }).toEqual({ next: [], can: false });
  });

  it('cannot be changed by callers after it is defined', () => {
    const lifecycle = defineLifecycle(['a', 'b'], { a: ['b'], b: [] });
    expect(() => (lifecycle.next('a') as string[]).push('a')).toThrow(TypeError);
  });
});

describe('allocation lifecycle', () => {
  const STATES = ['held', 'confirmed', 'fulfilled', 'released', 'expired', 'cancelled'] as const;

  // Rows are `from`, columns are `to`, both in STATES order; 1 means the move is allowed.
  const EXPECTED: Record<AllocationStatus, readonly Cell[]> = {
    //         hl cf fu rl ex ca
    held: [0, 1, 0, 1, 1, 1],
    confirmed: [0, 0, 1, 1, 0, 1],
    fulfilled: [0, 0, 0, 0, 0, 0],
    released: [0, 0, 0, 0, 0, 0],
    expired: [0, 0, 0, 0, 0, 0],
    cancelled: [0, 0, 0, 0, 0, 0],
  };

  it('lists its statuses in lifecycle order', () => {
    expect(ALLOCATION_STATUSES).toEqual(STATES);
  });

  it.each(matrixCases(STATES, EXPECTED))('$from → $to is allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransitionAllocation(from, to)).toBe(allowed);
  });

  it('reaches every status from held', () => {
    expect([...reachableFrom<AllocationStatus>('held', allocationLifecycle.next)].sort()).toEqual([...STATES].sort());
  });

  it('has fulfilled, released, expired and cancelled as terminal statuses', () => {
    expect(allocationLifecycle.terminal).toEqual(['fulfilled', 'released', 'expired', 'cancelled']);
  });

  it('reports an illegal move with code INVALID_ALLOCATION_TRANSITION', () => {
    const error = new AllocationTransitionError('released', 'held');
    expect({ code: error.code, from: error.from, to: error.to, message: error.message }).toEqual({
      code: 'INVALID_ALLOCATION_TRANSITION',
      from: 'released',
      to: 'held',
      message: 'Cannot move an allocation from released to held',
    });
  });
});

describe('fulfillment lifecycle', () => {
  const STATES = ['pending', 'issued', 'reissued', 'revoked', 'failed', 'voided'] as const;

  // Rows are `from`, columns are `to`, both in STATES order; 1 means the move is allowed.
  const EXPECTED: Record<FulfillmentStatus, readonly Cell[]> = {
    //        pe is ri rv fa vo
    pending: [0, 1, 0, 0, 1, 1],
    issued: [0, 0, 1, 1, 0, 1],
    reissued: [0, 0, 1, 1, 0, 1],
    revoked: [0, 0, 0, 0, 0, 0],
    failed: [1, 0, 0, 0, 0, 1],
    voided: [0, 0, 0, 0, 0, 0],
  };
  const CASES = matrixCases(STATES, EXPECTED);

  it('lists its statuses in lifecycle order', () => {
    expect(FULFILLMENT_STATUSES).toEqual(STATES);
  });

  it.each(CASES)('$from → $to is allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransitionFulfillment(from, to)).toBe(allowed);
  });

  it('reaches every status from pending', () => {
    expect([...reachableFrom<FulfillmentStatus>('pending', fulfillmentLifecycle.next)].sort()).toEqual(
      [...STATES].sort(),
    );
  });

  it('has revoked and voided as its terminal statuses', () => {
    expect(fulfillmentLifecycle.terminal).toEqual(['revoked', 'voided']);
  });

  it.each(CASES.filter((pair) => !pair.allowed))(
    'transitionFulfillment refuses $from → $to with FulfillmentTransitionError',
    ({ from, to }) => {
      expect(() => transitionFulfillment(from, to, { now: NOW })).toThrow(FulfillmentTransitionError);
    },
  );

  it.each([
    { from: 'pending', to: 'issued', patch: { status: 'issued', issuedAt: NOW } },
    { from: 'pending', to: 'failed', patch: { status: 'failed' } },
    { from: 'issued', to: 'reissued', patch: { status: 'reissued', issuedAt: NOW } },
    { from: 'issued', to: 'revoked', patch: { status: 'revoked', revokedAt: NOW } },
    { from: 'reissued', to: 'reissued', patch: { status: 'reissued', issuedAt: NOW } },
    { from: 'reissued', to: 'revoked', patch: { status: 'revoked', revokedAt: NOW } },
    { from: 'failed', to: 'pending', patch: { status: 'pending' } },
    { from: 'pending', to: 'voided', patch: { status: 'voided', voidedAt: NOW } },
    { from: 'issued', to: 'voided', patch: { status: 'voided', voidedAt: NOW } },
    { from: 'reissued', to: 'voided', patch: { status: 'voided', voidedAt: NOW } },
    { from: 'failed', to: 'voided', patch: { status: 'voided', voidedAt: NOW } },
  ] as const)('transitionFulfillment $from → $to writes exactly its stamps', ({ from, to, patch }) => {
    expect(transitionFulfillment(from, to, { now: NOW })).toStrictEqual(patch);
  });

  it('reports an illegal move with code INVALID_FULFILLMENT_TRANSITION', () => {
    const error = new FulfillmentTransitionError('revoked', 'issued');
    expect({ code: error.code, from: error.from, to: error.to, message: error.message }).toEqual({
      code: 'INVALID_FULFILLMENT_TRANSITION',
      from: 'revoked',
      to: 'issued',
      message: 'Cannot move a fulfillment from revoked to issued',
    });
  });
});

describe('item lifecycle', () => {
  const STATES = ['draft', 'on_hold', 'confirmed', 'cancelled', 'expired', 'fulfilled'] as const;

  // Rows are `from`, columns are `to`, both in STATES order; 1 means the move is allowed.
  const EXPECTED: Record<ItemStatus, readonly Cell[]> = {
    //         dr oh cf ca ex fu
    draft: [0, 1, 1, 1, 0, 0],
    on_hold: [0, 0, 1, 1, 1, 0],
    confirmed: [0, 0, 0, 1, 0, 1],
    cancelled: [0, 0, 0, 0, 0, 0],
    expired: [0, 0, 0, 0, 0, 0],
    fulfilled: [0, 0, 0, 0, 0, 0],
  };

  it('lists its statuses in lifecycle order', () => {
    expect(ITEM_STATUSES).toEqual(STATES);
  });

  it.each(matrixCases(STATES, EXPECTED))('$from → $to is allowed: $allowed', ({ from, to, allowed }) => {
    expect(canTransitionItem(from, to)).toBe(allowed);
  });

  it('reaches every status from draft', () => {
    expect([...reachableFrom<ItemStatus>('draft', itemLifecycle.next)].sort()).toEqual([...STATES].sort());
  });

  it('has cancelled, expired and fulfilled as terminal statuses', () => {
    expect(itemLifecycle.terminal).toEqual(['cancelled', 'expired', 'fulfilled']);
  });

  it('reports an illegal move with code INVALID_ITEM_TRANSITION', () => {
    const error = new ItemTransitionError('fulfilled', 'draft');
    expect({ code: error.code, from: error.from, to: error.to, message: error.message }).toEqual({
      code: 'INVALID_ITEM_TRANSITION',
      from: 'fulfilled',
      to: 'draft',
      message: 'Cannot move a booking item from fulfilled to draft',
    });
  });
});
