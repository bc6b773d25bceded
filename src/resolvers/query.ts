import { canSearchPersonalData } from '../auth/principal';
import type { Resolvers } from '../generated/graphql';
import { searchBookings } from '../read/booking-search';
import { bookingNumberArgument, bookingsArgs } from '../validation/booking-queries';
import { typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { selectsChild } from './lookahead';
import { bookingPageShape } from './read-selection';
import { loadBookingWithParts } from '../loaders/booking-with-parts';

export const queryResolvers: Resolvers = {
  Query: {
    booking: (_root, args, context, info) => {
      const id = parseArgument(typeId('book'), args.id, 'id');
      // Items and travelers, when selected, come in the booking's own statement (one round trip).
      if (selectsChild(info, 'items') || selectsChild(info, 'travelers'))
        return loadBookingWithParts(context.read, context.sql, context.loaders, id);
      return context.loaders.bookingById.load(id);
    },
    bookingByNumber: (_root, args, context) => {
      const bookingNumber = parseArgument(bookingNumberArgument, args.bookingNumber, 'bookingNumber');
      return context.loaders.bookingByNumber.load(bookingNumber);
    },
    bookings: (_root, args, context, info) => {
      const parsed = parseArgument(bookingsArgs, args, '');
      // Only the selected columns, and the selected items, travelers and origin, in the page's one statement.
      const shape = bookingPageShape(context.read, info);
      return searchBookings(
        context.read,
        context.sql,
        { ...parsed, searchPersonalData: canSearchPersonalData(context.principal) },
        shape,
      );
    },
  },
};
