import { GraphQLError } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { malformedRepresentation, representationKey } from './representations';
import { bookingLifecycle } from '../statemachine/booking-status';
import { parseArgument } from '../validation/parse';
import { pageArgs } from '../validation/booking-queries';
import { money } from '../domain/money';
import { preloadedParts } from '../read/preloaded-parts';
import { referenceColumns } from './read-selection';

export const bookingResolvers: Resolvers = {
  Booking: {
    // Reference resolvers are async so that a malformed representation rejects at its own index
    // of `_entities` rather than throwing out of the whole batch.
    __resolveReference: async (reference, context, info) => {
      const { id, bookingNumber } = reference as { id?: unknown; bookingNumber?: unknown };
      const columns = referenceColumns(context.read, info, 'Booking');
      if (typeof id === 'string') return context.loaders.bookingByKey.load({ id, columns });
      if (typeof bookingNumber === 'string') return context.loaders.bookingByKey.load({ bookingNumber, columns });
      throw malformedRepresentation('Booking');
    },
    allowedTransitions: (booking) => [...bookingLifecycle.next(booking.status)],
    contact: (booking) => booking,
    sellAmount: (booking) => ({ amountCents: booking.sellAmountCents, currency: booking.sellCurrency }),
    costAmount: (booking) => money(booking.costAmountCents, booking.costCurrency),
    // A page read its selected parts with the bookings (see searchBookings); otherwise they load by id.
    items: (booking, _args, context) =>
      preloadedParts(booking)?.items ?? context.loaders.itemsByBooking.load(booking.id),
    travelers: (booking, _args, context) =>
      preloadedParts(booking)?.travelers ?? context.loaders.travelersByBooking.load(booking.id),
    origin: (booking, _args, context) => {
      const preloaded = preloadedParts(booking);
      return preloaded && preloaded.origin !== undefined
        ? preloaded.origin
        : context.loaders.originByBooking.load(booking.id);
    },
    notes: (booking, _args, context) => context.loaders.notesByBooking.load(booking.id),
    supplierStatuses: (booking, _args, context) => context.loaders.supplierStatusesByBooking.load(booking.id),
    activity: (booking, args, context) => {
      const { first, after } = parseArgument(pageArgs, args, '');
      return context.loaders.activityPage.load({ bookingId: booking.id, first, after: after ?? null });
    },
  },
  BookingContact: {
    firstName: (booking) => booking.contactFirstName ?? null,
    lastName: (booking) => booking.contactLastName ?? null,
    partyType: (booking) => booking.contactPartyType ?? null,
    taxId: (booking) => booking.contactTaxId ?? null,
    email: (booking) => booking.contactEmail ?? null,
    phone: (booking) => booking.contactPhone ?? null,
    preferredLanguage: (booking) => booking.contactPreferredLanguage ?? null,
    country: (booking) => booking.contactCountry ?? null,
    region: (booking) => booking.contactRegion ?? null,
    city: (booking) => booking.contactCity ?? null,
    addressLine1: (booking) => booking.contactAddressLine1 ?? null,
    addressLine2: (booking) => booking.contactAddressLine2 ?? null,
    postalCode: (booking) => booking.contactPostalCode ?? null,
  },
  BookingItem: {
    __resolveReference: async (reference, context) =>
      context.loaders.itemById.load(representationKey(reference, 'id', 'BookingItem')),
    booking: (item, _args, context) => loadParent(context.loaders.bookingById.load(item.booking)),
    unitSellAmount: (item) => ({ amountCents: item.unitSellAmountCents, currency: item.sellCurrency }),
    totalSellAmount: (item) => ({ amountCents: item.totalSellAmountCents, currency: item.sellCurrency }),
    unitCostAmount: (item) => money(item.unitCostAmountCents, item.costCurrency),
    totalCostAmount: (item) => money(item.totalCostAmountCents, item.costCurrency),
    travelers: (item, _args, context) => context.loaders.linksByItem.load(item.id),
  },
  BookingTraveler: {
    __resolveReference: async (reference, context) =>
      context.loaders.travelerById.load(representationKey(reference, 'id', 'BookingTraveler')),
    booking: (traveler, _args, context) => loadParent(context.loaders.bookingById.load(traveler.booking)),
    items: (traveler, _args, context) => context.loaders.linksByTraveler.load(traveler.id),
  },
  BookingItemTravelerLink: {
    item: (link, _args, context) => loadParent(context.loaders.itemById.load(link.item)),
    traveler: (link, _args, context) => loadParent(context.loaders.travelerById.load(link.traveler)),
  },
  BookingSupplierStatus: {
    cost: (status) => money(status.costAmountCents, status.costCurrency),
  },
};

/** Foreign keys guarantee the parent exists; a miss means a concurrent delete, reported as such. */
async function loadParent<T>(pending: Promise<T | null>): Promise<T> {
  const parent = await pending;
  if (parent === null)
    throw new GraphQLError('The record was deleted while it was being read', { extensions: { code: 'NOT_FOUND' } });
  return parent;
}
