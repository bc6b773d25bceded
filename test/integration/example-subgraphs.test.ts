import { TypeID, typeid } from 'typeid-js';
import type { RunningSubgraph } from '../../examples/supergraph/shared/subgraph-host';
import { startRelationshipsSubgraph } from '../../examples/supergraph/relationships/server';
import { startQuotesSubgraph } from '../../examples/supergraph/quotes/server';
import * as relationships from '../../examples/supergraph/relationships/seed';
import * as quotes from '../../examples/supergraph/quotes/seed';

interface GraphQLHttpResult<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

async function execute<TData>(
  subgraph: RunningSubgraph,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  const result = (await response.json()) as GraphQLHttpResult<TData>;
  expect(result.errors).toBeUndefined();
  if (result.data === undefined || result.data === null) {
    throw new Error(`No data in response: ${JSON.stringify(result)}`);
  }
  return result.data;
}

const SERVICE_SDL = /* GraphQL */ `
  query ServiceSdl {
    _service {
      sdl
    }
  }
`;

const RELATIONSHIP_ENTITIES = /* GraphQL */ `
  query RelationshipEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Person {
        id
        name
        primaryDocument {
          id
        }
        organization {
          id
          name
        }
      }
      ... on PersonDocument {
        id
        type
        number
        expiryDate
        issuingCountry
      }
      ... on Organization {
        id
        name
      }
    }
  }
`;

const QUOTE_ENTITIES = /* GraphQL */ `
  query QuoteEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on QuoteVersion {
        id
        versionNumber
        status
        totalAmountCents
        totalCurrency
        acceptedAt
        quote {
          id
          status
        }
      }
    }
  }
`;

describe('example subgraphs', () => {
  let relationshipsSubgraph: RunningSubgraph;
  let quotesSubgraph: RunningSubgraph;

  beforeAll(async () => {
    [relationshipsSubgraph, quotesSubgraph] = await Promise.all([
      startRelationshipsSubgraph({ port: 0 }),
      startQuotesSubgraph({ port: 0 }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([relationshipsSubgraph?.stop(), quotesSubgraph?.stop()]);
  });

  it('listens on distinct OS-assigned loopback ports', () => {
    expect(relationshipsSubgraph.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(quotesSubgraph.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(relationshipsSubgraph.url).not.toBe(quotesSubgraph.url);
  });

  it('seeds ids that are valid TypeIDs with their owners’ prefixes', () => {
    const expectations: ReadonlyArray<[string, readonly { id: string }[]]> = [
      ['pers', relationships.PEOPLE],
      ['org', relationships.ORGANIZATIONS],
      ['pdoc', relationships.PERSON_DOCUMENTS],
      ['quot', quotes.QUOTES],
      ['qver', quotes.QUOTE_VERSIONS],
    ];
    for (const [prefix, records] of expectations) {
      for (const record of records) {
        expect(TypeID.fromString(record.id).getType()).toBe(prefix);
      }
    }
    expect(quotes.QUOTE_VERSIONS.filter((version) => version.status === 'accepted')).toEqual([
      quotes.LISBON_OFFSITE_V2,
    ]);
  });

  describe('relationships', () => {
    it('publishes its SDL through _service', async () => {
      const data = await execute<{ _service: { sdl: string } }>(relationshipsSubgraph, SERVICE_SDL);
      expect(data._service.sdl).toContain('https://specs.apollo.dev/federation/v2.7');
      expect(data._service.sdl).toMatch(/type Person\s+@key\(fields: "id"\)/);
      expect(data._service.sdl).toMatch(/type Organization\s+@key\(fields: "id"\)/);
      expect(data._service.sdl).toMatch(/type PersonDocument\s+@key\(fields: "id"\)/);
    });

    it('resolves Person, PersonDocument and Organization representations, null for unknown ids', async () => {
      const data = await execute<{ _entities: unknown[] }>(relationshipsSubgraph, RELATIONSHIP_ENTITIES, {
        representations: [
          { __typename: 'Person', id: relationships.ALICE.id },
          { __typename: 'PersonDocument', id: relationships.BILAL_ID_CARD.id },
          { __typename: 'Person', id: typeid('pers').toString() },
          { __typename: 'Organization', id: relationships.GLOBEX.id },
          { __typename: 'PersonDocument', id: typeid('pdoc').toString() },
        ],
      });
      expect(data._entities).toEqual([
        {
          __typename: 'Person',
          id: relationships.ALICE.id,
          name: 'Alice Martin',
          primaryDocument: { id: relationships.ALICE_PASSPORT.id },
          organization: { id: relationships.ACME_TRAVEL.id, name: relationships.ACME_TRAVEL.name },
        },
        {
          __typename: 'PersonDocument',
          id: relationships.BILAL_ID_CARD.id,
          type: 'id_card',
          number: relationships.BILAL_ID_CARD.number,
          expiryDate: relationships.BILAL_ID_CARD.expiryDate,
          issuingCountry: relationships.BILAL_ID_CARD.issuingCountry,
        },
        null,
        { __typename: 'Organization', id: relationships.GLOBEX.id, name: relationships.GLOBEX.name },
        null,
      ]);
    });

    it('returns the seeded primary document with person(id)', async () => {
      const data = await execute<{
        alice: { primaryDocument: { id: string; type: string; number: string; issuingAuthority: string | null } };
        chen: { primaryDocument: null; dietaryRequirements: null; dateOfBirth: string };
        missing: null;
      }>(
        relationshipsSubgraph,
        /* GraphQL */ `
          query People($alice: ID!, $chen: ID!, $missing: ID!) {
            alice: person(id: $alice) {
              primaryDocument {
                id
                type
                number
                issuingAuthority
              }
            }
            chen: person(id: $chen) {
              primaryDocument {
                id
              }
              dietaryRequirements
              dateOfBirth
            }
            missing: person(id: $missing) {
              id
            }
          }
        `,
        { alice: relationships.ALICE.id, chen: relationships.CHEN.id, missing: typeid('pers').toString() },
      );
      expect(data.alice.primaryDocument).toEqual({
        id: relationships.ALICE_PASSPORT.id,
        type: 'passport',
        number: relationships.ALICE_PASSPORT.number,
        issuingAuthority: relationships.ALICE_PASSPORT.issuingAuthority,
      });
      expect(data.chen).toEqual({ primaryDocument: null, dietaryRequirements: null, dateOfBirth: '1995-12-09' });
      expect(data.missing).toBeNull();
    });

    it('lists every seeded person with people', async () => {
      const data = await execute<{ people: Array<{ id: string }> }>(relationshipsSubgraph, '{ people { id } }');
      expect(data.people.map((person) => person.id)).toEqual(relationships.PEOPLE.map((person) => person.id));
    });
  });

  describe('quotes', () => {
    it('publishes its SDL through _service', async () => {
      const data = await execute<{ _service: { sdl: string } }>(quotesSubgraph, SERVICE_SDL);
      expect(data._service.sdl).toContain('https://specs.apollo.dev/federation/v2.7');
      expect(data._service.sdl).toMatch(/type Quote\s+@key\(fields: "id"\)/);
      expect(data._service.sdl).toMatch(/type QuoteVersion\s+@key\(fields: "id"\)/);
    });

    it('resolves QuoteVersion representations, null for unknown ids', async () => {
      const data = await execute<{ _entities: unknown[] }>(quotesSubgraph, QUOTE_ENTITIES, {
        representations: [
          { __typename: 'QuoteVersion', id: quotes.LISBON_OFFSITE_V2.id },
          { __typename: 'QuoteVersion', id: typeid('qver').toString() },
        ],
      });
      expect(data._entities).toEqual([
        {
          __typename: 'QuoteVersion',
          id: quotes.LISBON_OFFSITE_V2.id,
          versionNumber: 2,
          status: 'accepted',
          totalAmountCents: quotes.LISBON_OFFSITE_V2.totalAmountCents,
          totalCurrency: 'EUR',
          acceptedAt: quotes.LISBON_OFFSITE_V2.acceptedAt,
          quote: { id: quotes.LISBON_OFFSITE_QUOTE.id, status: 'won' },
        },
        null,
      ]);
    });

    it('returns a quote with its versions in order', async () => {
      const data = await execute<{ quote: { versions: Array<{ id: string; versionNumber: number }> } }>(
        quotesSubgraph,
        'query Quote($id: ID!) { quote(id: $id) { versions { id versionNumber } } }',
        { id: quotes.LISBON_OFFSITE_QUOTE.id },
      );
      expect(data.quote.versions).toEqual([
        { id: quotes.LISBON_OFFSITE_V1.id, versionNumber: 1 },
        { id: quotes.LISBON_OFFSITE_V2.id, versionNumber: 2 },
      ]);
    });
  });
});
