import { Booking } from './booking.entity';
import { BookingActivity } from './booking-activity.entity';
import { BookingItem } from './booking-item.entity';
import { BookingItemTraveler } from './booking-item-traveler.entity';
import { BookingNote } from './booking-note.entity';
import { BookingOrigin } from './booking-origin.entity';
import { BookingSupplierStatus } from './booking-supplier-status.entity';
import { BookingTraveler } from './booking-traveler.entity';

export { Booking, BookingActivity, BookingItem, BookingItemTraveler, BookingNote, BookingOrigin, BookingSupplierStatus, BookingTraveler };

export const entities = [
  Booking, BookingItem, BookingTraveler, BookingItemTraveler, BookingOrigin, BookingSupplierStatus, BookingNote, BookingActivity,
];
