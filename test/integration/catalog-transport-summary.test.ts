import {
  DOUBLE_CABIN,
  MORNING_TOUR,
  PICKUP_HOTEL_QUESTION,
  PRIVATE_TOUR,
} from '../../examples/supergraph/catalog/seed';
import type { TransportRequirementsAnswer } from '../../examples/supergraph/catalog/questionnaires';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';

// Design §3 "Moved": the transport summary is the catalog's read, so its test lives with the example catalog.
let catalog: RunningCatalog;

beforeAll(async () => {
  catalog = await startCatalogSubgraph({ port: 0 });
});
afterAll(async () => {
  await catalog.stop();
});

const TRANSPORT = `query Transport($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ProductOption {
      transportRequirements {
        optionId pickupLocationRequired pickupQuestionId travelerFields leadTravelerFields documentsRequired
      }
    }
  }
}`;

async function summaryOf(optionId: string): Promise<TransportRequirementsAnswer | null> {
  const response = await fetch(catalog.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: TRANSPORT,
      variables: { representations: [{ __typename: 'ProductOption', id: optionId }] },
    }),
  });
  const answer = (await response.json()) as {
    data?: { _entities: ({ transportRequirements: TransportRequirementsAnswer | null } | null)[] };
    errors?: unknown[];
  };
  expect(answer.errors).toBeUndefined();
  return answer.data?._entities[0]?.transportRequirements ?? null;
}

describe("the example catalog's transport summary", () => {
  it('requires a pickup location on the morning tour, and no documents', async () => {
    expect(await summaryOf(MORNING_TOUR.id)).toEqual({
      optionId: MORNING_TOUR.id,
      pickupLocationRequired: true,
      pickupQuestionId: PICKUP_HOTEL_QUESTION.id,
      travelerFields: [],
      leadTravelerFields: [],
      documentsRequired: false,
    });
  });

  it('drops the pickup question on the private tour, whose override hides it', async () => {
    expect(await summaryOf(PRIVATE_TOUR.id)).toMatchObject({ pickupLocationRequired: false, pickupQuestionId: null });
  });

  it("lists the cruise's required traveler and lead-traveler fields, and asks for documents", async () => {
    expect(await summaryOf(DOUBLE_CABIN.id)).toEqual({
      optionId: DOUBLE_CABIN.id,
      pickupLocationRequired: false,
      pickupQuestionId: null,
      travelerFields: ['dateOfBirth', 'nationality'],
      leadTravelerFields: ['documentNumber'],
      documentsRequired: true,
    });
  });

  it('answers null for an option the catalog does not know', async () => {
    expect(await summaryOf('popt_01m8y5kxfaeh3angrj16phsszz')).toBeNull();
  });
});
