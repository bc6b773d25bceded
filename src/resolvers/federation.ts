import { canSearchPersonalData } from '../auth/principal';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { decodeBookingCursor } from '../read/booking-search';
import { OWNER_BOOKINGS_ORDERING, type BookingOwner } from '../read/owner-bookings';
import type { EntityReference } from '../read/booking-rows';
import { ownerBookingsArgs } from '../validation/booking-queries';
import { parseArgument } from '../validation/parse';
import { representationKey } from './representations';

/** A reference the router completes from the owning subgraph; no id, no reference. */
const reference = (id: string | null | undefined): EntityReference | null => (id ? { id } : null);

/**
 * Entities owned elsewhere are only their keys here. Async so that a malformed representation
 * rejects at its own index instead of throwing out of the whole `_entities` batch.
 */
const resolveByKey =
  (typeName: string) =>
  async (representation: object): Promise<EntityReference> => ({
    id: representationKey(representation, 'id', typeName),
  });

const ownerBookings = (owner: BookingOwner) => (parent: EntityReference, args: unknown, context: RequestContext) => {
  const { first, after, filter } = parseArgument(ownerBookingsArgs, args, '');
  // A bad cursor fails this field here rather than every owner sharing the batched statement.
  if (after) decodeBookingCursor(after, OWNER_BOOKINGS_ORDERING);
  return context.loaders.bookingsByOwner.load({
    owner,
    ownerId: parent.id,
    first,
    after: after ?? null,
    filter: filter ?? null,
    searchPersonalData: canSearchPersonalData(context.principal),
  });
};

export const federationResolvers: Resolvers = {
  Person: {
    __resolveReference: resolveByKey('Person'),
    bookings: ownerBookings('person'),
  },
  Organization: {
    __resolveReference: resolveByKey('Organization'),
    bookings: ownerBookings('organization'),
  },
  Quote: {
    __resolveReference: resolveByKey('Quote'),
    bookings: ownerBookings('quote'),
  },
  QuoteVersion: {
    __resolveReference: resolveByKey('QuoteVersion'),
    booking: (version, _args, context) => context.loaders.bookingByQuoteVersion.load(version.id),
  },
  Booking: {
    person: (booking) => reference(booking.personId),
    organization: (booking) => reference(booking.organizationId),
  },
  BookingTraveler: {
    person: (traveler) => reference(traveler.personId),
  },
  BookingOrigin: {
    quoteVersion: (origin) =>
      origin.originSource === 'accepted_quote_version' ? reference(origin.quoteVersionId) : null,
  },
};
