import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { readSdlBeside, serveSubgraph, type ListenAddress, type RunningSubgraph } from '../shared/subgraph-host';
import {
  ORGANIZATIONS,
  PEOPLE,
  PERSON_DOCUMENTS,
  type OrganizationRecord,
  type PersonDocumentRecord,
  type PersonRecord,
} from './seed';

interface EntityReference {
  id: string;
}

function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function lookup<T>(index: ReadonlyMap<string, T>, id: string | null): T | null {
  return id === null ? null : (index.get(id) ?? null);
}

/** Builds the relationships example subgraph schema (Person, Organization, PersonDocument). */
export function buildRelationshipsSchema(): GraphQLSchema {
  // Lookups are synchronous map reads, so per-request DataLoader batching would buy nothing here.
  const people = indexById(PEOPLE);
  const organizations = indexById(ORGANIZATIONS);
  const documents = indexById(PERSON_DOCUMENTS);

  const resolvers = {
    Query: {
      person: (_root: unknown, args: { id: string }): PersonRecord | null => lookup(people, args.id),
      people: (): readonly PersonRecord[] => PEOPLE,
      organization: (_root: unknown, args: { id: string }): OrganizationRecord | null => lookup(organizations, args.id),
    },
    Person: {
      __resolveReference: (reference: EntityReference): PersonRecord | null => lookup(people, reference.id),
      name: (person: PersonRecord): string => `${person.firstName} ${person.lastName}`,
      primaryDocument: (person: PersonRecord): PersonDocumentRecord | null =>
        lookup(documents, person.primaryDocumentId),
      organization: (person: PersonRecord): OrganizationRecord | null => lookup(organizations, person.organizationId),
    },
    Organization: {
      __resolveReference: (reference: EntityReference): OrganizationRecord | null =>
        lookup(organizations, reference.id),
    },
    PersonDocument: {
      __resolveReference: (reference: EntityReference): PersonDocumentRecord | null => lookup(documents, reference.id),
    },
  };

  return buildSubgraphSchema([{ typeDefs: parse(readSdlBeside(__dirname, 'schema.graphql')), resolvers }]);
}

/** Starts the relationships subgraph at `address` (loopback unless a host is given); `port` 0 picks any free port. */
export function startRelationshipsSubgraph(address: ListenAddress): Promise<RunningSubgraph> {
  return serveSubgraph(buildRelationshipsSchema(), address);
}
