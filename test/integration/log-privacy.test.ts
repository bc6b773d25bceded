import { CREATE_BOOKING, bookingInput } from '../fixtures/bookings';
import { captureLog } from '../helpers/captured-log';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Personal data planted in one booking; none of it may appear in the log, in any form. */
const PLANTED = {
  firstName: 'Zenobia',
  lastName: 'Quillfeather',
  email: 'zenobia.quillfeather@example.org',
  phone: '+40 711 222 333',
  taxId: 'RO77665544',
  addressLine1: '9 Strada Plantata',
  addressLine2: 'Ap 31',
  postalCode: '707071',
  city: 'Vaslui',
};
const PLANTED_NOTES = 'call Zenobia about the lawsuit';
const PLANTED_TRAVELER = { firstName: 'Octavian', lastName: 'Brumarel', email: 'octavian.brumarel@example.org' };
const PLANTED_VALUES = [...Object.values(PLANTED), PLANTED_NOTES, ...Object.values(PLANTED_TRAVELER)];

const log = captureLog();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ logger: log.logger });
});
afterAll(() => app.stop());

/** A real constraint violation raised by PostgreSQL on the insert that carries the planted row. */
async function withBookingInsertsRefused<T>(action: () => Promise<T>): Promise<T> {
  await app.database.pool.query(
    `alter table bookings add constraint planted_refusal check (internal_notes is distinct from '${PLANTED_NOTES}')`,
  );
  try {
    return await action();
  } finally {
    await app.database.pool.query('alter table bookings drop constraint planted_refusal');
  }
}

async function withTableMissing<T>(table: string, action: () => Promise<T>): Promise<T> {
  await app.database.pool.query(`alter table "${table}" rename to "${table}_hidden"`);
  try {
    return await action();
  } finally {
    await app.database.pool.query(`alter table "${table}_hidden" rename to "${table}"`);
  }
}

const errorEntry = (reference: unknown) => log.entries().find((entry) => entry.errorReference === reference);

describe('a database error on a write', () => {
  let reference: unknown;
  beforeAll(async () => {
    const input = bookingInput({
      contact: PLANTED,
      internalNotes: PLANTED_NOTES,
      travelers: [{ ...PLANTED_TRAVELER, isPrimary: true }],
    });
    const response = await withBookingInsertsRefused(() =>
      app.graphql(CREATE_BOOKING, { input }, { headers: { 'x-request-id': 'log-privacy-write' } }),
    );
    reference = expectGraphqlError(response, 'INTERNAL_SERVER_ERROR')?.extensions?.errorReference;
  });

  it('logs none of the personal data the statement carried', () => {
    expect(errorEntry(reference)).toMatchObject({ errorReference: reference, msg: 'unexpected resolver error' });
    const text = log.text().toLowerCase();
    expect(PLANTED_VALUES.filter((value) => text.includes(value.toLowerCase()))).toEqual([]);
  });

  it('logs the statement with placeholders, the SQLSTATE and the request id', () => {
    const entry = errorEntry(reference);
    expect(entry).toMatchObject({
      requestId: 'log-privacy-write',
      msg: 'unexpected resolver error',
      err: { code: '23514', constraint: 'planted_refusal', table: 'bookings' },
    });
    const err = entry?.err as { statement?: string; message?: string };
    expect(err.statement).toMatch(/^insert into "bookings" \(.*\) values \(\$1(, \$\d+)+\)/);
    expect(err).not.toHaveProperty('message');
  });
});

describe('a database error on a read', () => {
  it('logs the read model statement and the SQLSTATE, not the value searched for', async () => {
    const response = await withTableMissing('bookings', () =>
      app.graphql(
        `query($search: String) { bookings(filter: { search: $search }) { totalCount } }`,
        { search: PLANTED.email },
        { headers: { 'x-request-id': 'log-privacy-read' } },
      ),
    );
    const entry = errorEntry(expectGraphqlError(response, 'INTERNAL_SERVER_ERROR')?.extensions?.errorReference);
    expect(entry).toMatchObject({ requestId: 'log-privacy-read', err: { code: '42P01' } });
    expect((entry?.err as { statement?: string }).statement).toMatch(/\bfrom bookings\b|\bfrom "bookings"/);
    expect(log.text()).not.toContain(PLANTED.email);
  });
});
