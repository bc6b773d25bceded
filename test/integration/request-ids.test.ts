import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { captureLog } from '../helpers/captured-log';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REVEAL = `query($id: ID!) { booking(id: $id) { contact { email } } }`;
const REVEALER = { scope: 'bookings:read bookings-pii:read' };

const log = captureLog();
let app: TestApp;
let booking: BookingSummary;
beforeAll(async () => {
  app = await startTestApp({ logger: log.logger });
  booking = await createBooking(app);
});
afterAll(() => app.stop());

/** The request ids of the PII audit rows `action` writes (creating the booking wrote some of its own). */
async function auditRequestIdsOf(bookingId: string, action: () => Promise<unknown>): Promise<string[]> {
  const ids = async () =>
    (
      await app.database.pool.query<{ id: string; request_id: string }>(
        `select id, request_id from booking_pii_audit_events where booking_id = $1`,
        [bookingId],
      )
    ).rows;
  const before = new Set((await ids()).map((row) => row.id));
  await action();
  return [...new Set((await ids()).filter((row) => !before.has(row.id)).map((row) => row.request_id))];
}

async function revealWith(requestId: string): Promise<string | null> {
  const response = await app.graphql(
    REVEAL,
    { id: booking.id },
    { as: REVEALER, headers: { 'x-request-id': requestId } },
  );
  expect(response.errors).toBeUndefined();
  return response.headers.get('x-request-id');
}

describe('a client x-request-id', () => {
  it.each([
    ['64 characters of the allowed alphabet', `${'aZ09._-'.repeat(9)}x`],
    ['one character', 'r'],
  ])('is kept when it is %s', async (_name, requestId) => {
    expect(await revealWith(requestId)).toBe(requestId);
  });

  it.each([
    ['65 characters', 'r'.repeat(65)],
    ['a space', 'req 1'],
    ['a slash', 'req/1'],
    ['a quote and angle brackets', '"><script>'],
    ['a newline escape sequence', 'req\\n1'],
    ['a colon', 'req:1'],
    ['non-ASCII letters', 'cerere-ă'],
  ])('with %s is replaced by a server id', async (_name, requestId) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': Buffer.from(requestId, 'utf8').toString('latin1'),
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('the request id in the record', () => {
  it('is written to the PII audit rows when the client chose it', async () => {
    const requestIds = await auditRequestIdsOf(booking.id, () => revealWith('audit-trail-7'));
    expect(requestIds).toEqual(['audit-trail-7']);
  });

  it('is the server id in the PII audit rows when the client id was refused', async () => {
    let serverId: string | null = null;
    const requestIds = await auditRequestIdsOf(booking.id, async () => (serverId = await revealWith('audit trail 8')));
    expect(serverId).toMatch(UUID);
    expect(requestIds).toEqual([serverId]);
  });

  it('is on the error log line of an unexpected error, the server id when the client id was refused', async () => {
    await app.database.pool.query('alter table booking_notes rename to booking_notes_hidden');
    try {
      const response = await app.graphql(
        `query($id: ID!) { booking(id: $id) { notes { id } } }`,
        { id: booking.id },
        { headers: { 'x-request-id': 'not/ours' } },
      );
      const reference = expectGraphqlError(response, 'INTERNAL_SERVER_ERROR')?.extensions?.errorReference;
      const entry = log.entries().find((candidate) => candidate.errorReference === reference);
      expect(entry?.requestId).toBe(response.headers.get('x-request-id'));
      expect(entry?.requestId).toMatch(UUID);
    } finally {
      await app.database.pool.query('alter table booking_notes_hidden rename to booking_notes');
    }
  });
});
