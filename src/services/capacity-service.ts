import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AllocationKind } from '../domain/vocabulary';
import { recordEvent } from '../events/outbox';
import { capacityLockWaits } from '../inventory/lock-waits';
import type { AllocationCapacityValue } from '../read/inventory-rows';
import { liveAllocation } from '../read/sql';
import type { ServiceScope } from './actor';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';

/** An amount of one target a change wants to take. */
export interface CapacityDemand {
  kind: AllocationKind;
  targetId: string;
  quantity: number;
}

interface LockedCapacity {
  kind: AllocationKind;
  target_id: string;
  capacity: number | null;
}

const keyOf = (kind: string, targetId: string): string => `${kind}\u0000${targetId}`;

/** Sums demands per target, in a stable order. */
export function mergeDemands(demands: readonly CapacityDemand[]): CapacityDemand[] {
  const merged = new Map<string, CapacityDemand>();
  for (const demand of demands) {
    const key = keyOf(demand.kind, demand.targetId);
    const existing = merged.get(key);
    if (existing) existing.quantity += demand.quantity;
    else merged.set(key, { ...demand });
  }
  return [...merged.values()].sort((a, b) =>
    a.kind === b.kind ? compare(a.targetId, b.targetId) : compare(a.kind, b.kind),
  );
}

// The lock order itself comes from the locking statement's ORDER BY; this sort only makes the
// first refused target the same one the database would meet first.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const targetList = (demands: readonly CapacityDemand[]) => ({
  sql: demands.map(() => '(?, ?)').join(', '),
  params: demands.flatMap((demand) => [demand.kind, demand.targetId]),
});

/** Consumed quantity per target at `now`, read in the caller's transaction. */
async function consumedByTarget(
  em: SqlEntityManager,
  demands: readonly CapacityDemand[],
  now: Date,
): Promise<Map<string, number>> {
  const targets = targetList(demands);
  const rows = await em.execute<{ kind: string; target_id: string; consumed: number }[]>(
    `select a.kind, a.target_id, coalesce(sum(a.quantity), 0)::int as consumed from booking_allocations a
     where (a.kind, a.target_id) in (${targets.sql}) and ${liveAllocation('a', '?')} group by a.kind, a.target_id`,
    [...targets.params, now],
    'all',
    em.getLoggerContext(),
  );
  return new Map(rows.map((row) => [keyOf(row.kind, row.target_id), Number(row.consumed)]));
}

/**
 * Takes capacity for every demand or for none. Each target's capacity row is locked (FOR UPDATE,
 * in one sorted order, so multi-target reservations cannot deadlock), then what is consumed is
 * counted in a fresh statement: under READ COMMITTED that statement sees every allocation committed
 * by whoever held the lock before us. The caller inserts its allocations before committing, which
 * releases the locks.
 */
export async function acquireCapacity(
  em: SqlEntityManager,
  demands: readonly CapacityDemand[],
  now: Date,
): Promise<void> {
  const wanted = mergeDemands(demands);
  if (wanted.length === 0) return;
  const targets = targetList(wanted);
  const started = process.hrtime.bigint();
  const locked = await em.execute<LockedCapacity[]>(
    `select c.kind, c.target_id, c.capacity from allocation_capacities c
     where (c.kind, c.target_id) in (${targets.sql}) order by c.kind, c.target_id for update`,
    targets.params,
    'all',
    em.getLoggerContext(),
  );
  capacityLockWaits.record(Number(process.hrtime.bigint() - started) / 1e6);
  const capacities = new Map(locked.map((row) => [keyOf(row.kind, row.target_id), row.capacity]));
  for (const demand of wanted) {
    if (!capacities.has(keyOf(demand.kind, demand.targetId))) {
      fail({
        __typename: 'AllocationTargetNotFoundError',
        code: 'ALLOCATION_TARGET_NOT_FOUND',
        message: `No capacity is declared for ${demand.kind} ${demand.targetId}`,
        kind: demand.kind,
        targetId: demand.targetId,
      });
    }
  }
  const limited = wanted.filter((demand) => capacities.get(keyOf(demand.kind, demand.targetId)) !== null);
  if (limited.length === 0) return;
  const consumed = await consumedByTarget(em, limited, now);
  for (const demand of limited) {
    const key = keyOf(demand.kind, demand.targetId);
    const remaining = (capacities.get(key) ?? 0) - (consumed.get(key) ?? 0);
    if (remaining < demand.quantity) {
      const left = Math.max(0, remaining);
      fail({
        __typename: 'CapacityExhaustedError',
        code: 'CAPACITY_EXHAUSTED',
        message: `Only ${left} of ${demand.kind} ${demand.targetId} left; ${demand.quantity} requested`,
        kind: demand.kind,
        targetId: demand.targetId,
        requested: demand.quantity,
        remaining: Math.max(0, remaining),
      });
    }
  }
}

interface CapacityRow {
  kind: AllocationKind;
  target_id: string;
  capacity: number | null;
  product_id: string | null;
  option_id: string | null;
  starts_at: Date | null;
  updated_at: Date;
}

export interface SetAllocationCapacityInput {
  kind: AllocationKind;
  targetId: string;
  capacity: number | null;
  productId?: string | null;
  optionId?: string | null;
  startsAt?: Date | null;
}

/**
 * Declares (or redeclares) a target's capacity. Lowering it below what is consumed is allowed —
 * the inventory owner knows best — and the answer reports how far it is overcommitted; existing
 * allocations are never revoked by it, and no new reservation fits until consumption drops.
 */
export async function setAllocationCapacity(
  scope: ServiceScope,
  input: SetAllocationCapacityInput,
): Promise<AllocationCapacityValue | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const at = scope.clock.now();
    // The upsert takes the row lock, so the count below is exact for this declaration.
    const [row] = await em.execute<CapacityRow[]>(
      `insert into allocation_capacities as c (kind, target_id, capacity, product_id, option_id, starts_at,
       created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (kind, target_id) do update set capacity = excluded.capacity,
         product_id = coalesce(excluded.product_id, c.product_id),
         option_id = coalesce(excluded.option_id, c.option_id),
         starts_at = coalesce(excluded.starts_at, c.starts_at), updated_at = excluded.updated_at
       returning c.kind, c.target_id, c.capacity, c.product_id, c.option_id, c.starts_at, c.updated_at`,
      [
        input.kind,
        input.targetId,
        input.capacity,
        input.productId ?? null,
        input.optionId ?? null,
        input.startsAt ?? null,
        at,
        at,
      ],
      'all',
      em.getLoggerContext(),
    );
    if (!row) throw new Error('The capacity upsert returned no row');
    const demand = { kind: input.kind, targetId: input.targetId, quantity: 0 };
    const consumed = (await consumedByTarget(em, [demand], at)).get(keyOf(input.kind, input.targetId)) ?? 0;
    if (input.kind === 'slot') {
      recordEvent(em, {
        type: 'availability.slot.changed',
        bookingId: null,
        at,
        payload: { slotId: input.targetId, cause: 'capacity_set', capacity: input.capacity, consumed },
      });
    }
    return {
      kind: row.kind,
      targetId: row.target_id,
      capacity: row.capacity,
      consumed,
      productId: row.product_id,
      optionId: row.option_id,
      startsAt: row.starts_at === null ? null : new Date(row.starts_at),
      updatedAt: new Date(row.updated_at),
    };
  });
}
