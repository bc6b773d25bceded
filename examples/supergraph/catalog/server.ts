import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { BookingQuestion, BookingQuestionnaire } from '../../../src/ports/requirements-port';
import { readSdlBeside, serveSubgraph, type ListenAddress, type RunningSubgraph } from '../shared/subgraph-host';
import { CatalogFaults } from './faults';
import {
  questionnaireFor,
  transportRequirementsFor,
  triggerAnswer,
  type TransportRequirementsAnswer,
  type TriggerAnswer,
} from './questionnaires';
import { rateCardById, resolveRateCard, type RateCardAnswer, type RateCardQuery } from './rate-cards';

interface EntityReference {
  id: string;
}

/** Builds the catalog example subgraph schema: rate cards for pricing, questionnaires for requirements. */
export function buildCatalogSchema(): GraphQLSchema {
  // Every answer is computed from the in-memory seed, so per-request DataLoader batching would buy nothing here.
  const resolvers = {
    Query: {
      rateCards: (_root: unknown, args: { requests: RateCardQuery[] }): (RateCardAnswer | null)[] =>
        args.requests.map(resolveRateCard),
    },
    RateCard: {
      __resolveReference: (reference: EntityReference): RateCardAnswer | null => rateCardById(reference.id),
    },
    ProductOption: {
      __resolveReference: (reference: EntityReference): EntityReference | null =>
        questionnaireFor(reference.id) ? { id: reference.id } : null,
      bookingQuestionnaire: (option: EntityReference): BookingQuestionnaire | null => questionnaireFor(option.id),
      transportRequirements: (option: EntityReference): TransportRequirementsAnswer | null =>
        transportRequirementsFor(option.id),
    },
    QuestionnaireQuestion: {
      triggers: (question: BookingQuestion): TriggerAnswer[] => question.triggers.map(triggerAnswer),
    },
  };
  return buildSubgraphSchema([{ typeDefs: parse(readSdlBeside(__dirname, 'schema.graphql')), resolvers }]);
}

/** A running catalog, with its fault injection and request log. */
export interface RunningCatalog extends RunningSubgraph {
  faults: CatalogFaults;
}

/** Starts the catalog subgraph at `address` (loopback unless a host is given); `port` 0 picks any free port. */
export async function startCatalogSubgraph(
  address: ListenAddress,
  faults: CatalogFaults = new CatalogFaults(),
): Promise<RunningCatalog> {
  const running = await serveSubgraph(buildCatalogSchema(), address, [faults.plugin()]);
  return {
    url: running.url,
    faults,
    // Held requests would keep the drain waiting for ever.
    stop: async () => {
      faults.set(null);
      await running.stop();
    },
  };
}
