import { ActionApproval } from './action-approval.entity';
import { ActionLedgerEntry } from './action-ledger-entry.entity';
import { AllocationCapacity } from './allocation-capacity.entity';
import { Booking } from './booking.entity';
import { BookingActivity } from './booking-activity.entity';
import { BookingAnswer } from './booking-answer.entity';
import { BookingAllocation } from './booking-allocation.entity';
import { BookingEvent } from './booking-event.entity';
import { BookingFulfillment } from './booking-fulfillment.entity';
import { BookingItem } from './booking-item.entity';
import { BookingItemTraveler } from './booking-item-traveler.entity';
import { BookingNote } from './booking-note.entity';
import { BookingOrigin } from './booking-origin.entity';
import { BookingRedemption } from './booking-redemption.entity';
import { BookingSaga } from './booking-saga.entity';
import { BookingSagaStep } from './booking-saga-step.entity';
import { BookingSupplierStatus } from './booking-supplier-status.entity';
import { BookingTraveler } from './booking-traveler.entity';
import { BookingPiiAuditEvent } from './booking-pii-audit-event.entity';
import { BookingTravelerDataKey } from './booking-traveler-data-key.entity';
import { BookingTravelerTravelDetails } from './booking-traveler-travel-details.entity';
import { IdempotencyRecord } from './idempotency-record.entity';
import { BookingSessionState } from './booking-session-state.entity';
import { BookingStorefrontSession } from './booking-storefront-session.entity';
import { BookingStatusCount } from './booking-status-count.entity';
import { BookingStatusCountChange } from './booking-status-count-change.entity';

export {
  ActionApproval,
  ActionLedgerEntry,
  AllocationCapacity,
  Booking,
  BookingActivity,
  BookingAnswer,
  BookingAllocation,
  BookingEvent,
  BookingFulfillment,
  BookingItem,
  BookingItemTraveler,
  BookingNote,
  BookingOrigin,
  BookingPiiAuditEvent,
  BookingRedemption,
  BookingSupplierStatus,
  BookingSaga,
  BookingSagaStep,
  BookingTraveler,
  BookingTravelerDataKey,
  BookingTravelerTravelDetails,
  IdempotencyRecord,
  BookingSessionState,
  BookingStorefrontSession,
  BookingStatusCount,
  BookingStatusCountChange,
};

export const entities = [
  Booking,
  BookingItem,
  BookingTraveler,
  BookingItemTraveler,
  BookingOrigin,
  BookingSupplierStatus,
  BookingNote,
  BookingActivity,
  BookingTravelerTravelDetails,
  BookingTravelerDataKey,
  BookingPiiAuditEvent,
  ActionLedgerEntry,
  ActionApproval,
  IdempotencyRecord,
  AllocationCapacity,
  BookingAllocation,
  BookingFulfillment,
  BookingRedemption,
  BookingEvent,
  BookingSaga,
  BookingSagaStep,
  BookingSessionState,
  BookingStorefrontSession,
  BookingAnswer,
  BookingStatusCount,
  BookingStatusCountChange,
];
