import type { AllocationKind } from '../domain/vocabulary';
import type { ConnectionValue } from './connection';
import type { AllocationCapacityValue, BookingAllocationRow } from './inventory-rows';
import { selectOwnedPages, type OwnedListSpec } from './owned-pages';
import { liveAllocation, type ReadModel, type SqlCounter } from './sql';

export interface CapacityTarget {
  kind: AllocationKind;
  targetId: string;
}

interface CapacitySqlRow {
  kind: AllocationKind;
  targetId: string;
  capacity: number | null;
  consumed: number;
  productId: string | null;
  optionId: string | null;
  startsAt: unknown;
  updatedAt: unknown;
}

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' || typeof value === 'number' ? String(value) : Number.NaN);
};

/**
 * Capacity and what is consumed at `now`, by the rule the reservation applies under its lock;
 * targets without a capacity row are absent.
 */
export async function selectCapacities(
  read: ReadModel,
  counter: SqlCounter,
  targets: readonly CapacityTarget[],
  now: Date,
): Promise<AllocationCapacityValue[]> {
  const rows = await read.query<CapacitySqlRow>(
    counter,
    `select c.kind, c.target_id as "targetId", c.capacity, c.product_id as "productId", c.option_id as "optionId",
       c.starts_at as "startsAt", c.updated_at as "updatedAt",
       coalesce((select sum(a.quantity) from booking_allocations a where a.kind = c.kind and a.target_id = c.target_id
         and ${liveAllocation('a', '$3')}), 0)::int as consumed
     from allocation_capacities c
     where (c.kind, c.target_id) in (select * from unnest($1::text[], $2::text[]))`,
    [targets.map((target) => target.kind), targets.map((target) => target.targetId), now],
  );
  return rows.map((row) => ({
    ...row,
    consumed: Number(row.consumed),
    startsAt: asDate(row.startsAt),
    updatedAt: asDate(row.updatedAt) ?? new Date(0),
  }));
}

type PageRow = BookingAllocationRow & { __sort: string; __total: string };

const SLOT_ALLOCATIONS: OwnedListSpec = {
  entity: 'BookingAllocation',
  owner: 'targetId',
  sort: 'createdAt',
  direction: 'asc',
  cursorField: 'after',
  scope: () => `t.kind = 'slot'`,
};

/** Allocations of slots in creation order, for slots that ask for the same page: one windowed statement. */
export function selectSlotAllocationPages(
  read: ReadModel,
  counter: SqlCounter,
  page: { first: number; after: string | null },
  slotIds: readonly string[],
): Promise<Map<string, ConnectionValue<BookingAllocationRow>>> {
  return selectOwnedPages<PageRow>(read, counter, SLOT_ALLOCATIONS, slotIds, page.first, page.after);
}
