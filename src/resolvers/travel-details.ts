import { piiScope, refreshLoaders, type RequestContext } from '../context';
import { notFound } from '../errors';
import type { Resolvers, ResolversTypes } from '../generated/graphql';
import { searchPiiAuditEvents } from '../read/pii-audit-search';
import type { BookingTravelerRow } from '../read/booking-rows';
import { isBusinessOutcome } from '../services/outcomes';
import { typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { piiAuditEventsArgs, upsertTravelerTravelDetailsInput } from '../validation/travel-details-inputs';

/** Result unions resolve by `__typename`, so the traveler carries its own (see RESULT_UNIONS). */
type TaggedTraveler = BookingTravelerRow & { __typename: 'BookingTraveler' };

async function committedTraveler(context: RequestContext, travelerId: string): Promise<TaggedTraveler> {
  // Fresh loaders: the request may already have read this traveler's details before the change.
  refreshLoaders(context);
  const traveler = await context.loaders.travelerById.load(travelerId);
  if (!traveler) throw notFound('Booking traveler', travelerId);
  return { ...traveler, __typename: 'BookingTraveler' };
}

export const travelDetailsResolvers: Resolvers = {
  BookingTraveler: {
    travelDetails: (traveler, _args, context) => context.travelDetails.load(traveler.id),
  },
  Query: {
    piiAuditEvents: (_root, args, context) => searchPiiAuditEvents(context.read, context.sql, parseArgument(piiAuditEventsArgs, args, 'piiAuditEvents')),
  },
  Mutation: {
    upsertTravelerTravelDetails: async (_root, args, context) => {
      const { travelerId, prefillFromPerson, ...patch } = parseArgument(upsertTravelerTravelDetailsInput, args.input, 'input');
      const result = await context.pii.upsertTravelerTravelDetails(piiScope(context), { travelerId, patch, prefillFromPerson });
      // Business outcomes carry the __typename of a member of UpsertTravelerTravelDetailsResult.
      if (isBusinessOutcome(result)) return result as unknown as ResolversTypes['UpsertTravelerTravelDetailsResult'];
      return committedTraveler(context, result.travelerId);
    },
    deleteTravelerTravelDetails: async (_root, args, context) => {
      const travelerId = parseArgument(typeId('bkpt'), args.travelerId, 'travelerId');
      const result = await context.pii.deleteTravelerTravelDetails(piiScope(context), travelerId);
      return committedTraveler(context, result.travelerId);
    },
  },
};
