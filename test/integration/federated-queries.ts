import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bookingHeadline,
  confirmationMessage,
  personBookingLines,
  quoteVersionBookingLine,
  travelersNeedingCare,
} from '../../examples/client/booking-views';
import type {
  BookingDetailsQuery,
  ConfirmBookingMutation,
  PersonBookingsQuery,
  QuoteVersionBookingQuery,
} from '../../examples/client/generated/operations';
import { ALICE, BILAL, GLOBEX } from '../../examples/supergraph/relationships/seed';
import { LISBON_OFFSITE_QUOTE, LISBON_OFFSITE_V2 } from '../../examples/supergraph/quotes/seed';
import type { RunningGateway } from '../../examples/supergraph/gateway';
import { CREATE_BOOKING, bookingInput, type BookingSummary } from '../fixtures/bookings';
import { queryGateway, startTestSupergraph, type TestSupergraph } from '../helpers/supergraph';

export const PERSON_BOOKINGS = /* GraphQL */ `
  query PersonBookings($id: ID!) {
    person(id: $id) {
      name
      bookings(first: 10) {
        totalCount
        edges { node { bookingNumber items { title quantity } } }
      }
    }
  }
`;

export const BOOKING_BUYER = /* GraphQL */ `
  query BookingBuyer($id: ID!) {
    booking(id: $id) {
      bookingNumber
      person { name email }
      organization { name }
      travelers { firstName person { name dietaryRequirements } }
    }
  }
`;

export const BOOKING_QUOTE = /* GraphQL */ `
  query BookingQuote($id: ID!) {
    booking(id: $id) {
      origin {
        originSource
        quoteVersion { versionNumber status quote { title status } }
      }
    }
  }
`;

export const QUOTE_VERSION_BOOKING = /* GraphQL */ `
  query QuoteVersionBooking($id: ID!) {
    quoteVersion(id: $id) {
      versionNumber
      booking { bookingNumber person { name } }
    }
  }
`;

export const QUOTE_BOOKINGS = /* GraphQL */ `
  query QuoteBookings($id: ID!) {
    quote(id: $id) { title bookings { totalCount edges { node { bookingNumber } } } }
  }
`;

export const ORGANIZATION_BOOKINGS = /* GraphQL */ `
  query OrganizationBookings($id: ID!) {
    organization(id: $id) { name bookings { edges { node { bookingNumber organization { name } } } } }
  }
`;

/** An operation of the example client (examples/client), as a front end would ship it. */
const clientOperation = (file: string): string =>
  readFileSync(join(__dirname, '..', '..', 'examples', 'client', file), 'utf8');

/**
 * The federated reads a front end relies on, asked of a gateway in front of the real subgraphs.
 * Each gateway's test file runs this same specification.
 */
export function describeFederatedQueries(
  gatewayName: string,
  startGateway: (supergraph: TestSupergraph) => Promise<RunningGateway>,
): void {
  describe(`federated queries through ${gatewayName}`, () => {
    let supergraph: TestSupergraph;
    let gateway: RunningGateway;
    let token: string;
    let alices: BookingSummary[];
    let fromQuote: BookingSummary;
    let forGlobex: BookingSummary;

    beforeAll(async () => {
      supergraph = await startTestSupergraph();
      gateway = await startGateway(supergraph);
      token = await supergraph.bookings.token();
      const app = supergraph.bookings;
      // Seeded as a front end would create them: through the gateway.
      const createBooking = async (overrides: Record<string, unknown>): Promise<BookingSummary> => {
        const response = await query<{ createBooking: BookingSummary }>(CREATE_BOOKING, {
          input: bookingInput(overrides),
        });
        expect(response.errors).toBeUndefined();
        const booking = response.data?.createBooking;
        if (booking?.__typename !== 'Booking') throw new Error(`createBooking answered ${JSON.stringify(response)}`);
        return booking;
      };
      alices = [];
      for (let index = 0; index < 2; index += 1) {
        app.clock.advanceMinutes(1);
        alices.push(await createBooking({ personId: ALICE.id }));
      }
      app.clock.advanceMinutes(1);
      fromQuote = await createBooking({
        personId: BILAL.id,
        travelers: [{ firstName: 'Bilal', lastName: 'Khan', personId: BILAL.id, isPrimary: true }],
        origin: {
          originSource: 'ACCEPTED_QUOTE_VERSION',
          quoteId: LISBON_OFFSITE_QUOTE.id,
          quoteVersionId: LISBON_OFFSITE_V2.id,
        },
      });
      forGlobex = await createBooking({ organizationId: GLOBEX.id });
    });
    afterAll(async () => {
      await gateway?.stop();
      await supergraph?.stop();
    });

    const query = <T>(document: string, variables: Record<string, unknown>) =>
      queryGateway<T>(gateway.url, document, variables, token);

    it("answers a person's name from relationships with their bookings and items from bookings", async () => {
      const response = await query(PERSON_BOOKINGS, { id: ALICE.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        person: {
          name: 'Alice Martin',
          bookings: {
            totalCount: 2,
            edges: [...alices].reverse().map((booking) => ({
              node: {
                bookingNumber: booking.bookingNumber,
                items: booking.items.map((item) => ({ title: item.title, quantity: item.quantity })),
              },
            })),
          },
        },
      });
    });

    it("answers a booking with its buyer's and travelers' details from relationships", async () => {
      const response = await query(BOOKING_BUYER, { id: fromQuote.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        booking: {
          bookingNumber: fromQuote.bookingNumber,
          person: { name: 'Bilal Khan', email: BILAL.email },
          organization: null,
          travelers: [{ firstName: 'Bilal', person: { name: 'Bilal Khan', dietaryRequirements: 'halal' } }],
        },
      });
    });

    it('follows a booking to its origin, the accepted quote version and its quote', async () => {
      const response = await query(BOOKING_QUOTE, { id: fromQuote.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        booking: {
          origin: {
            originSource: 'ACCEPTED_QUOTE_VERSION',
            quoteVersion: {
              versionNumber: 2,
              status: 'accepted',
              quote: { title: LISBON_OFFSITE_QUOTE.title, status: 'won' },
            },
          },
        },
      });
    });

    it('follows a quote version to the booking made from it', async () => {
      const response = await query(QUOTE_VERSION_BOOKING, { id: LISBON_OFFSITE_V2.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        quoteVersion: {
          versionNumber: 2,
          booking: { bookingNumber: fromQuote.bookingNumber, person: { name: 'Bilal Khan' } },
        },
      });
    });

    it('lists the bookings of a quote', async () => {
      const response = await query(QUOTE_BOOKINGS, { id: LISBON_OFFSITE_QUOTE.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        quote: {
          title: LISBON_OFFSITE_QUOTE.title,
          bookings: { totalCount: 1, edges: [{ node: { bookingNumber: fromQuote.bookingNumber } }] },
        },
      });
    });

    it('lists the bookings of an organization', async () => {
      const response = await query(ORGANIZATION_BOOKINGS, { id: GLOBEX.id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        organization: {
          name: GLOBEX.name,
          bookings: {
            edges: [{ node: { bookingNumber: forGlobex.bookingNumber, organization: { name: GLOBEX.name } } }],
          },
        },
      });
    });

    it("serves the example client's PersonBookings to its view", async () => {
      const response = await query<PersonBookingsQuery>(clientOperation('person-bookings.graphql'), {
        personId: ALICE.id,
      });
      expect(response.errors).toBeUndefined();
      const lines = response.data ? personBookingLines(response.data) : [];
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(
        `Alice Martin: ${alices[1].bookingNumber} (DRAFT) 340.00 EUR — 2× Danube delta tour, 1× Hotel night`,
      );
    });

    it("serves the example client's BookingDetails to its view", async () => {
      const response = await query<BookingDetailsQuery>(clientOperation('booking-details.graphql'), {
        id: fromQuote.id,
      });
      expect(response.errors).toBeUndefined();
      const data = response.data ?? { booking: null };
      expect(bookingHeadline(data)).toBe(
        `${fromQuote.bookingNumber} for Bilal Khan, from "${LISBON_OFFSITE_QUOTE.title}" v2`,
      );
      expect(travelersNeedingCare(data)).toEqual(['Bilal Khan: halal; wheelchair assistance at airports']);
    });

    it("serves the example client's QuoteVersionBooking to its view", async () => {
      const response = await query<QuoteVersionBookingQuery>(clientOperation('quote-version-booking.graphql'), {
        id: LISBON_OFFSITE_V2.id,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data && quoteVersionBookingLine(response.data)).toBe(
        `"${LISBON_OFFSITE_QUOTE.title}" v2 (accepted): booked as ${fromQuote.bookingNumber}; 1 booking(s) ` +
          `from this quote`,
      );
    });

    it("serves the example client's ConfirmBooking and its typed outcome", async () => {
      const response = await query<ConfirmBookingMutation>(clientOperation('confirm-booking.graphql'), {
        id: forGlobex.id,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data && confirmationMessage(response.data.transitionBooking)).toBe(
        `Confirmed (version ${forGlobex.version + 1})`,
      );
    });

    // Both gateways answer HTTP 200 here: bookings reports auth failures as GraphQL errors, and the
    // non-null `bookings` field nulls the person the relationships subgraph did resolve.
    it('forwards the absence of a token: bookings refuses its part as UNAUTHENTICATED', async () => {
      const response = await queryGateway(gateway.url, PERSON_BOOKINGS, { id: ALICE.id }, null);
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ person: null });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });
}
