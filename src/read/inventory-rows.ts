import type { AllocationKind } from '../domain/vocabulary';
import type { BookingAllocation } from '../entities/booking-allocation.entity';
import type { BookingFulfillment } from '../entities/booking-fulfillment.entity';
import type { BookingRedemption } from '../entities/booking-redemption.entity';
import type { ConnectionValue } from './connection';

/** Read-model rows of the inventory feature: persisted shapes straight from SQL. */
export type BookingAllocationRow = BookingAllocation;
export type BookingFulfillmentRow = BookingFulfillment;
export type BookingRedemptionRow = BookingRedemption;
export type BookingAllocationConnectionValue = ConnectionValue<BookingAllocationRow>;

/** A capacity row with what is consumed at the moment it was read. */
export interface AllocationCapacityValue {
  kind: AllocationKind;
  targetId: string;
  capacity: number | null;
  consumed: number;
  productId: string | null;
  optionId: string | null;
  startsAt: Date | null;
  updatedAt: Date;
}

/** The inventory subgraph's slot, known here only by its key. */
export interface AvailabilitySlotReference {
  id: string;
}

export interface ExpireStaleHoldsValue {
  expiredBookingIds: string[];
}
