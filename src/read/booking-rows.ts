import type { Booking } from '../entities/booking.entity';
import type { BookingActivity } from '../entities/booking-activity.entity';
import type { BookingItem } from '../entities/booking-item.entity';
import type { BookingItemTraveler } from '../entities/booking-item-traveler.entity';
import type { BookingNote } from '../entities/booking-note.entity';
import type { BookingPiiAuditEvent } from '../entities/booking-pii-audit-event.entity';
import type { BookingOrigin } from '../entities/booking-origin.entity';
import type { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import type { BookingTraveler } from '../entities/booking-traveler.entity';

/** Read-model rows: the entities' persisted shape, straight from SQL, never hydrated. */
export type BookingRow = Booking;
export type BookingItemRow = BookingItem;
export type BookingTravelerRow = BookingTraveler;
export type BookingItemTravelerRow = BookingItemTraveler;
export type BookingOriginRow = BookingOrigin;
export type BookingNoteRow = BookingNote;
export type BookingSupplierStatusRow = BookingSupplierStatus;
export type BookingActivityRow = BookingActivity;
export type BookingPiiAuditEventRow = BookingPiiAuditEvent;

/** An entity owned by another subgraph, as this one knows it: its key, for the router to resolve. */
export interface EntityReference {
  id: string;
}
