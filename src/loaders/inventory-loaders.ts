import DataLoader from 'dataloader';
import type { ReadModel, SqlCounter } from '../db/read-model';
import type { AllocationKind } from '../domain/vocabulary';
import type { LoaderDeps, LoaderSet } from './lazy-loaders';
import { loadOwnedPages, type OwnedListSpec } from './owner-pages';
import type { AllocationCapacityValue, BookingAllocationConnectionValue, BookingAllocationRow, BookingFulfillmentRow, BookingRedemptionRow } from './inventory-rows';

export interface CapacityKey {
  kind: AllocationKind;
  targetId: string;
}

export interface SlotAllocationPageKey {
  slotId: string;
  first: number;
  after: string | null;
}

function group<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const existing = groups.get(key);
    if (existing) existing.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const asDate = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value)));

/**
 * The inventory feature's loaders, one fresh set per request beside the booking loaders: every
 * reference and list resolves in one `= any($1)` statement per batch.
 */
const select = <T>(read: ReadModel, counter: SqlCounter, entity: string, table: string, where: string, orderBy: string, params: unknown[]) =>
  read.rows<T>(counter, entity, 't', `select ${read.columns(entity, 't')} from "${table}" t where ${where} order by ${orderBy}`, params);

const byColumn = <T extends object>(entity: string, table: string, column: string, keyOf: (row: T) => string) =>
  ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await select<T>(read, counter, entity, table, `t."${column}" = any($1)`, 't.id', [ids]);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return ids.map((id) => byKey.get(id) ?? null);
    });

const listBy = <T extends object>(entity: string, table: string, column: string, keyOf: (row: T) => string) =>
  ({ read, counter }: LoaderDeps) =>
    new DataLoader<string, T[]>(async (ids) => {
      const groups = group(await select<T>(read, counter, entity, table, `t."${column}" = any($1)`, 't.created_at, t.id', [ids]), keyOf);
      return ids.map((id) => groups.get(id) ?? []);
    });

export const inventoryLoaderFactories = {
  allocationById: byColumn<BookingAllocationRow>('BookingAllocation', 'booking_allocations', 'id', (row) => row.id),
  allocationsByBooking: listBy<BookingAllocationRow>('BookingAllocation', 'booking_allocations', 'booking_id', (row) => row.booking),
  allocationsByItem: listBy<BookingAllocationRow>('BookingAllocation', 'booking_allocations', 'item_id', (row) => row.item),
  fulfillmentById: byColumn<BookingFulfillmentRow>('BookingFulfillment', 'booking_fulfillments', 'id', (row) => row.id),
  fulfillmentsByBooking: listBy<BookingFulfillmentRow>('BookingFulfillment', 'booking_fulfillments', 'booking_id', (row) => row.booking),
  redemptionById: byColumn<BookingRedemptionRow>('BookingRedemption', 'booking_redemptions', 'id', (row) => row.id),
  redemptionByFulfillment: byColumn<BookingRedemptionRow>('BookingRedemption', 'booking_redemptions', 'fulfillment_id', (row) => row.fulfillment),
  redemptionsByBooking: listBy<BookingRedemptionRow>('BookingRedemption', 'booking_redemptions', 'booking_id', (row) => row.booking),
  capacityByTarget: ({ read, counter, clock }: LoaderDeps) =>
    new DataLoader<CapacityKey, AllocationCapacityValue | null, string>((keys) => loadCapacities(read, counter, keys, clock.now()), {
      cacheKeyFn: (key) => `${key.kind}|${key.targetId}`,
    }),
  slotAllocationPage: ({ read, counter }: LoaderDeps) =>
    new DataLoader<SlotAllocationPageKey, BookingAllocationConnectionValue, string>((keys) => loadSlotAllocationPages(read, counter, keys), {
      cacheKeyFn: (key) => `${key.slotId}|${key.first}|${key.after ?? ''}`,
    }),
};

export type InventoryLoaders = LoaderSet<typeof inventoryLoaderFactories>;

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

/** Capacity and what is consumed at `now`, the same rule the reservation applies under its lock. */
async function loadCapacities(read: ReadModel, counter: SqlCounter, keys: readonly CapacityKey[], now: Date): Promise<(AllocationCapacityValue | null)[]> {
  const rows = await read.query<CapacitySqlRow>(
    counter,
    `select c.kind, c.target_id as "targetId", c.capacity, c.product_id as "productId", c.option_id as "optionId",
       c.starts_at as "startsAt", c.updated_at as "updatedAt",
       coalesce((select sum(a.quantity) from booking_allocations a where a.kind = c.kind and a.target_id = c.target_id
         and (a.status in ('confirmed', 'fulfilled') or (a.status = 'held' and a.hold_expires_at > $3))), 0)::int as consumed
     from allocation_capacities c
     where (c.kind, c.target_id) in (select * from unnest($1::text[], $2::text[]))`,
    [keys.map((key) => key.kind), keys.map((key) => key.targetId), now],
  );
  const byKey = new Map(rows.map((row) => [`${row.kind}|${row.targetId}`, row]));
  return keys.map((key) => {
    const row = byKey.get(`${key.kind}|${key.targetId}`);
    if (!row) return null;
    return { ...row, consumed: Number(row.consumed), startsAt: asDate(row.startsAt), updatedAt: asDate(row.updatedAt) ?? new Date(0) };
  });
}

type PageRow = BookingAllocationRow & { __sort: string; __total: string };

const SLOT_ALLOCATIONS: OwnedListSpec = {
  entity: 'BookingAllocation', table: 'booking_allocations', ownerColumn: 'target_id', ownerProperty: 'targetId',
  sortColumn: 'created_at', sortProperty: 'createdAt', direction: 'asc', cursorField: 'after',
  scope: () => `t.kind = 'slot'`,
};

/** Creation order; pages sharing `first` and `after` load together in one windowed statement. */
async function loadSlotAllocationPages(read: ReadModel, counter: SqlCounter, keys: readonly SlotAllocationPageKey[]): Promise<BookingAllocationConnectionValue[]> {
  const pages = new Map<string, BookingAllocationConnectionValue>();
  for (const [batchKey, batch] of group([...keys], (key) => `${key.first}|${key.after ?? ''}`)) {
    const { first, after } = batch[0];
    const loaded = await loadOwnedPages<PageRow>(read, counter, SLOT_ALLOCATIONS, batch.map((key) => key.slotId), first, after);
    for (const [slotId, page] of loaded) pages.set(`${slotId}|${batchKey}`, page);
  }
  return keys.map((key) => pages.get(`${key.slotId}|${key.first}|${key.after ?? ''}`) ?? emptyPage());
}

const emptyPage = (): BookingAllocationConnectionValue => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 0,
});
