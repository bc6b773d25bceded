import { z } from 'zod';
import { hasScope, isInternalPrincipal } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import type { Resolvers } from '../generated/graphql';
import { searchBookings } from '../loaders/booking-search';
import { BOOKING_SOURCE_TYPES } from '../domain/vocabulary';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import { isoDate, pageSize, typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { selectsChild } from './lookahead';

const bookingsArgs = z.object({
  first: pageSize.default(20),
  after: z.string().max(512).nullish(),
  filter: z
    .object({
      status: z.array(z.enum(BOOKING_STATUSES)).max(8).nullish(),
      personId: typeId('pers').nullish(),
      organizationId: typeId('org').nullish(),
      sourceType: z.enum(BOOKING_SOURCE_TYPES).nullish(),
      search: z.string().trim().max(200).nullish(),
      startDateFrom: isoDate.nullish(),
      startDateTo: isoDate.nullish(),
      createdFrom: z.date().nullish(),
      createdTo: z.date().nullish(),
    })
    .nullish(),
  orderBy: z
    .object({ field: z.enum(['created_at', 'start_date', 'booking_number', 'sell_amount']), direction: z.enum(['asc', 'desc']) })
    .nullish(),
});

export const queryResolvers: Resolvers = {
  Query: {
    booking: (_root, args, context, info) => {
      const id = parseArgument(typeId('book'), args.id, 'id');
      // The id is known up front: items and travelers load alongside the booking, not after it.
      if (selectsChild(info, 'items')) void context.loaders.itemsByBooking.load(id).catch(() => undefined);
      if (selectsChild(info, 'travelers')) void context.loaders.travelersByBooking.load(id).catch(() => undefined);
      return context.loaders.bookingById.load(id);
    },
    bookingByNumber: (_root, args, context) => {
      const bookingNumber = parseArgument(z.string().trim().min(1).max(50), args.bookingNumber, 'bookingNumber');
      return context.loaders.bookingByNumber.load(bookingNumber);
    },
    bookings: (_root, args, context) => {
      const parsed = parseArgument(bookingsArgs, args, '');
      const searchPersonalData = hasScope(context.principal, SCOPES.piiRead) || isInternalPrincipal(context.principal);
      return searchBookings(context.read, context.sql, { ...parsed, searchPersonalData });
    },
  },
};
