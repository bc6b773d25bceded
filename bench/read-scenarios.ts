import { seededEmail, seededLastName } from './bookings-data';
import { body } from './harness/graphql';
import type { RequestStep } from './harness/load';

/** Representation counts of the `_entities` scenarios (issue 15 §2). */
export const ENTITY_BATCHES = [1, 10, 100, 500] as const;

export const READ_OPERATIONS = {
  countByStatus: `query BenchCountByStatus($status: [BookingStatus!]) { bookings(first: 1, filter: { status:
    $status }) { totalCount } }`,
  search: `query BenchSearch($search: String!) { bookings(first: 20, filter: { search: $search }) {
    totalCount edges { node { id bookingNumber status startDate } }
  } }`,
  entities: `query BenchEntities($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Booking { id bookingNumber status sellAmount { amountCents currency } }
  } }`,
} as const;

export type ReadScenarioKey = 'count' | 'name' | 'email' | `e${(typeof ENTITY_BATCHES)[number]}`;

export interface ReadScenario {
  key: ReadScenarioKey;
  operation: string;
  /** Searching by personal data needs a caller who may see it in clear (as in production). */
  personalData: boolean;
  steps: RequestStep[];
}

const hasNoErrors = (text: string): boolean => !text.includes('"errors"');
const findsOne = (text: string): boolean => hasNoErrors(text) && text.includes('"totalCount":1,');

/**
 * Issue 15 §1–2: a status count, searches by a traveler's last name and by email (each request
 * names another seeded booking), and `_entities` batches of known bookings.
 */
export function readScenarios(bookingIds: readonly string[]): ReadScenario[] {
  let next = 0;
  // Spread over the whole seeded range, so the newest rows are not all a search ever finds.
  const pick = (): number => (next++ * 7919) % bookingIds.length;
  const entityBodies = (count: number): string[] =>
    Array.from({ length: 64 }, (_, round) =>
      body(READ_OPERATIONS.entities, {
        representations: Array.from({ length: count }, (_, index) => ({
          __typename: 'Booking',
          id: bookingIds[(round * count + index) % bookingIds.length],
        })),
      }),
    );
  const countBody = body(READ_OPERATIONS.countByStatus, { status: ['CONFIRMED'] });
  return [
    {
      key: 'count',
      operation: 'totalCount of bookings(filter: { status: [CONFIRMED] })',
      personalData: false,
      steps: [
        {
          name: 'count by status',
          body: () => countBody,
          accept: (text) => hasNoErrors(text) && text.includes('"totalCount":'),
        },
      ],
    },
    {
      key: 'name',
      operation: "bookings(filter: { search: <a traveler's last name> }) (first: 20)",
      personalData: true,
      steps: [
        {
          name: 'search by last name',
          body: () => body(READ_OPERATIONS.search, { search: seededLastName(pick()) }),
          accept: hasNoErrors,
        },
      ],
    },
    {
      key: 'email',
      operation: 'bookings(filter: { search: <an email> }) (first: 20)',
      personalData: true,
      steps: [
        {
          name: 'search by email',
          body: () => body(READ_OPERATIONS.search, { search: seededEmail(pick()) }),
          accept: findsOne,
        },
      ],
    },
    ...ENTITY_BATCHES.map((count): ReadScenario => {
      const bodies = entityBodies(count);
      let round = 0;
      return {
        key: `e${count}`,
        operation: `_entities with ${count} Booking representation${count === 1 ? '' : 's'}`,
        personalData: false,
        steps: [
          {
            name: `_entities ×${count}`,
            body: () => bodies[round++ % bodies.length],
            accept: (text) => hasNoErrors(text) && !text.includes('null'),
          },
        ],
      };
    }),
  ];
}
