import { piiScope } from '../context';
import type { Resolvers } from '../generated/graphql';
import { searchPiiAuditEvents } from '../read/pii-audit-search';
import { deleteTravelDetails, upsertTravelDetails } from '../services/travel-details-service';
import { typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { piiAuditEventsArgs, upsertTravelerTravelDetailsInput } from '../validation/travel-details-inputs';
import { committedRecord, mutation, plainMutation } from './mutation-pipeline';

/** Traveler details changed: the traveler is read back through fresh loaders, which have not seen them yet. */
const committedTraveler = committedRecord(
  'BookingTraveler',
  (context, id) => context.loaders.travelerById.load(id),
  'Booking traveler',
);

export const travelDetailsResolvers: Resolvers = {
  BookingTraveler: {
    travelDetails: (traveler, _args, context) => context.travelDetails.load(traveler.id),
  },
  Query: {
    piiAuditEvents: (_root, args, context) =>
      searchPiiAuditEvents(context.read, context.sql, parseArgument(piiAuditEventsArgs, args, 'piiAuditEvents')),
  },
  Mutation: {
    upsertTravelerTravelDetails: mutation('UpsertTravelerTravelDetailsResult', {
      schema: upsertTravelerTravelDetailsInput,
      call: (_scope, { travelerId, prefillFromPerson, ...patch }, context) =>
        upsertTravelDetails(context.pii.sealing, piiScope(context), { travelerId, patch, prefillFromPerson }),
      readBack: ({ travelerId }, context) => committedTraveler({ id: travelerId }, context),
    }),
    deleteTravelerTravelDetails: plainMutation({
      schema: typeId('bkpt'),
      argument: 'travelerId',
      call: (_scope, travelerId, context) => deleteTravelDetails(context.pii.sealing, piiScope(context), travelerId),
      readBack: ({ travelerId }, context) => committedTraveler({ id: travelerId }, context),
    }),
  },
};
