import type { PiiAuditEventRecord } from '../../src/pii/audit';
import { createBooking } from '../fixtures/bookings';
import {
  bookingWithTravelDetails,
  BOOKING_TRAVEL_DETAILS,
  PII_AUDIT_EVENTS,
  PLANTED,
  travelDetailsInput,
  upsertTravelDetails,
} from '../fixtures/travel-details';
import { columnsContaining } from '../helpers/plaintext-scan';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

const ADMIN: Caller = { sub: 'usr_admin', scope: 'bookings:admin' };
const READER: Caller = { sub: 'usr_reader', scope: 'bookings:read bookings-pii:read' };

interface AuditPage {
  piiAuditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        action: string;
        outcome: string;
        actorId: string;
        principalType: string;
        fields: string[];
        travelerId: string | null;
      };
    }[];
  };
}

const heard: PiiAuditEventRecord[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ app: { onAudit: (event) => void heard.push(event) } });
});
afterAll(() => app.stop());

describe('no plaintext at rest', () => {
  it('keeps the planted document number, birth date and dietary need out of every column of every table', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    await upsertTravelDetails(app, { travelerId, accessibilityNeeds: 'hearing loop' });
    await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: READER });
    await app.graphql(`mutation($id: ID!) { deleteTravelerTravelDetails(travelerId: $id) { id } }`, {
      id: booking.travelers[1]?.id,
    });
    expect(
      await columnsContaining(app.database.pool, [PLANTED.documentNumber, PLANTED.dateOfBirth, PLANTED.dietary]),
    ).toEqual([]);
  });

  it('finds a value planted in a clear column, so that a clean scan means something', async () => {
    await createBooking(app, { internalNotes: `canary ${PLANTED.documentNumber}-clear` });
    expect(await columnsContaining(app.database.pool, [`${PLANTED.documentNumber}-clear`])).toEqual([
      'bookings.internal_notes',
    ]);
  });
});

describe('piiAuditEvents', () => {
  it('needs bookings:admin', async () => {
    expectGraphqlError(
      await app.graphql(PII_AUDIT_EVENTS, {}, { as: { scope: 'bookings:read bookings:write bookings-pii:*' } }),
      'FORBIDDEN',
    );
  });

  it("lists a traveler's events newest first with actor, principal type and field names", async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    app.clock.advanceMinutes(1);
    await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: READER });
    const response = await app.graphql<AuditPage>(
      PII_AUDIT_EVENTS,
      { filter: { travelerId, action: 'DECRYPT' } },
      { as: ADMIN },
    );
    expect(response.data?.piiAuditEvents.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        action: 'DECRYPT',
        outcome: 'ALLOWED',
        actorId: 'usr_reader',
        principalType: 'USER',
        travelerId,
        fields: expect.arrayContaining(['documentNumber']),
      }),
    ]);
  });

  it('orders events newest first', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    app.clock.advanceMinutes(1);
    await upsertTravelDetails(app, { travelerId, nationality: 'BG' });
    const response = await app.graphql<AuditPage>(
      PII_AUDIT_EVENTS,
      { filter: { travelerId, action: 'ENCRYPT' } },
      { as: ADMIN },
    );
    expect(response.data?.piiAuditEvents.edges.map((edge) => edge.node.fields)).toEqual([
      ['nationality'],
      expect.arrayContaining(['documentNumber']),
    ]);
  });

  it('pages with a cursor and counts the whole filtered log', async () => {
    const { booking } = await bookingWithTravelDetails(app);
    for (let read = 0; read < 3; read += 1)
      await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: READER });
    const filter = { bookingId: booking.id, action: 'DECRYPT' };
    const first = (await app.graphql<AuditPage>(PII_AUDIT_EVENTS, { filter, first: 4 }, { as: ADMIN })).data
      ?.piiAuditEvents;
    const rest = (
      await app.graphql<AuditPage>(
        PII_AUDIT_EVENTS,
        { filter, first: 4, after: first?.pageInfo.endCursor },
        { as: ADMIN },
      )
    ).data?.piiAuditEvents;
    expect([
      first?.totalCount,
      first?.edges.length,
      first?.pageInfo.hasNextPage,
      rest?.edges.length,
      rest?.pageInfo.hasNextPage,
    ]).toEqual([6, 4, true, 2, false]);
    const ids = [...(first?.edges ?? []), ...(rest?.edges ?? [])].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('filters by actor', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    await upsertTravelDetails(app, travelDetailsInput(travelerId), { sub: 'usr_nobody', scope: 'bookings:read' });
    const response = await app.graphql<AuditPage>(
      PII_AUDIT_EVENTS,
      { filter: { actorId: 'usr_nobody' } },
      { as: ADMIN },
    );
    expect(response.data?.piiAuditEvents.edges.map((edge) => [edge.node.action, edge.node.outcome])).toEqual([
      ['ENCRYPT', 'DENIED'],
    ]);
  });
});

describe('onAudit', () => {
  it('hears each event once it is persisted', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    const event = heard.find((candidate) => candidate.travelerId === travelerId && candidate.action === 'encrypt');
    const stored = await app.database.pool.query('select id from booking_pii_audit_events where id = $1', [event?.id]);
    expect(stored.rowCount).toBe(1);
  });

  it('hears refusals too', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[0]?.id ?? '';
    await upsertTravelDetails(app, travelDetailsInput(travelerId), { sub: 'usr_refused', scope: 'bookings:*' });
    expect(heard.filter((event) => event.travelerId === travelerId && event.outcome === 'denied')).toEqual([
      expect.objectContaining({
        action: 'encrypt',
        actorId: 'usr_refused',
        reason: 'missing scope bookings-pii:write',
      }),
    ]);
  });
});
