import { emptyConnection } from '../read/connection';
import { selectCapacities, selectSlotAllocationPages, type CapacityTarget } from '../read/inventory-reads';
import type {
  AllocationCapacityValue,
  BookingAllocationConnectionValue,
  BookingAllocationRow,
  BookingFulfillmentRow,
  BookingRedemptionRow,
} from '../read/inventory-rows';
import { lookup, manyBy, oneBy, pages } from './batch';
import type { LoaderSet } from './lazy-loaders';

export type CapacityKey = CapacityTarget;

export interface SlotAllocationPageKey {
  slotId: string;
  first: number;
  after: string | null;
}

const idOf = (row: { id: string }): string => row.id;
const targetKey = (target: CapacityTarget): string => `${target.kind}|${target.targetId}`;

/**
 * The inventory feature's loaders, one fresh set per request beside the booking loaders: every
 * reference and list resolves in one `= any($1)` statement per batch.
 */
export const inventoryLoaderFactories = {
  allocationById: oneBy<BookingAllocationRow>({ entity: 'BookingAllocation', key: 'id', orderBy: ['id'] }, idOf),
  allocationsByBooking: manyBy<BookingAllocationRow>(
    { entity: 'BookingAllocation', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  allocationsByItem: manyBy<BookingAllocationRow>(
    { entity: 'BookingAllocation', key: 'item', orderBy: ['createdAt', 'id'] },
    (row) => row.item,
  ),
  fulfillmentById: oneBy<BookingFulfillmentRow>({ entity: 'BookingFulfillment', key: 'id', orderBy: ['id'] }, idOf),
  fulfillmentsByBooking: manyBy<BookingFulfillmentRow>(
    { entity: 'BookingFulfillment', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  redemptionById: oneBy<BookingRedemptionRow>({ entity: 'BookingRedemption', key: 'id', orderBy: ['id'] }, idOf),
  redemptionByFulfillment: oneBy<BookingRedemptionRow>(
    { entity: 'BookingRedemption', key: 'fulfillment', orderBy: ['id'] },
    (row) => row.fulfillment,
  ),
  redemptionsByBooking: manyBy<BookingRedemptionRow>(
    { entity: 'BookingRedemption', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  /** Capacity and what is consumed at the request's `now`. */
  capacityByTarget: lookup<CapacityKey, AllocationCapacityValue>(
    targetKey,
    targetKey,
    ({ read, counter, clock }, keys) => selectCapacities(read, counter, keys, clock.now()),
  ),
  /** Creation order; pages sharing `first` and `after` load together in one windowed statement. */
  slotAllocationPage: pages<SlotAllocationPageKey, BookingAllocationConnectionValue>(
    (key) => `${key.slotId}|${key.first}|${key.after ?? ''}`,
    (key) => `${key.first}|${key.after ?? ''}`,
    async ({ read, counter }, batch, page) => {
      const loaded = await selectSlotAllocationPages(
        read,
        counter,
        page,
        batch.map((key) => key.slotId),
      );
      return batch.map((key) => loaded.get(key.slotId) ?? emptyConnection());
    },
  ),
};

export type InventoryLoaders = LoaderSet<typeof inventoryLoaderFactories>;
