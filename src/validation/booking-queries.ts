import { z } from 'zod';
import { BOOKING_SOURCE_TYPES } from '../domain/vocabulary';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { isoDate, pageSize, typeId } from './fields';

/** `BookingFilter`, wherever a list of bookings takes one (root search, a person's or a quote's bookings). */
export const bookingFilterInput = z.object({
  status: z.array(z.enum(BOOKING_STATUSES)).max(8).nullish(),
  personId: typeId('pers').nullish(),
  organizationId: typeId('org').nullish(),
  sourceType: z.enum(BOOKING_SOURCE_TYPES).nullish(),
  search: z.string().trim().max(200).nullish(),
  startDateFrom: isoDate.nullish(),
  startDateTo: isoDate.nullish(),
  createdFrom: z.date().nullish(),
  createdTo: z.date().nullish(),
});

/** `first` (1–100, default 20) and an opaque `after` cursor, as every connection takes them. */
export const connectionArgs = {
  first: pageSize.default(20),
  after: z.string().max(512).nullish(),
};

export const ownerBookingsArgs = z.object({ ...connectionArgs, filter: bookingFilterInput.nullish() });

export type BookingFilterInput = z.output<typeof bookingFilterInput>;
