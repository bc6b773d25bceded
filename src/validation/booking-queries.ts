import { z } from 'zod';
import { BOOKING_SOURCE_TYPES } from '../domain/vocabulary';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { cursor, isoDate, pageSize, text, typeId } from './fields';

/** `BookingFilter`, wherever a list of bookings takes one (root search, a person's or a quote's bookings). */
export const bookingFilterInput = z.object({
  status: z.array(z.enum(BOOKING_STATUSES)).max(8).nullish(),
  personId: typeId('pers').nullish(),
  organizationId: typeId('org').nullish(),
  sourceType: z.enum(BOOKING_SOURCE_TYPES).nullish(),
  search: text().trim().max(200).nullish(),
  startDateFrom: isoDate.nullish(),
  startDateTo: isoDate.nullish(),
  createdFrom: z.date().nullish(),
  createdTo: z.date().nullish(),
});

/** `first` (1–100, default 20) and an opaque `after` cursor, as every connection takes them. */
export const connectionArgs = {
  first: pageSize.default(20),
  after: cursor.nullish(),
};

/** `first` and `after` alone, for lists that take no filter. */
export const pageArgs = z.object(connectionArgs);

export const bookingNumberArgument = text().trim().min(1).max(50);

export const bookingsArgs = z.object({
  ...connectionArgs,
  filter: bookingFilterInput.nullish(),
  orderBy: z
    .object({
      field: z.enum(['created_at', 'start_date', 'booking_number', 'sell_amount']),
      direction: z.enum(['asc', 'desc']),
    })
    .nullish(),
});

export const ownerBookingsArgs = z.object({ ...connectionArgs, filter: bookingFilterInput.nullish() });

export type BookingFilterInput = z.output<typeof bookingFilterInput>;
