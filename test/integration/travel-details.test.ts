import { bookingIn, createBooking } from '../fixtures/bookings';
import {
  auditRows,
  bookingWithTravelDetails,
  BOOKING_TRAVEL_DETAILS,
  countRows,
  DELETE_TRAVEL_DETAILS,
  PLANTED,
  TRAVELER_TRAVEL_DETAILS,
  travelDetailsInput,
  UPSERT_AND_READ_TRAVEL_DETAILS,
  upsertTravelDetails,
} from '../fixtures/travel-details';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';

const READER: Caller = { sub: 'usr_reader', scope: 'bookings:read bookings-pii:read' };
const WRITER: Caller = { sub: 'usr_writer', scope: 'bookings:write bookings-pii:write' };
const AGENT: Caller = { sub: 'usr_agent', scope: 'bookings:*' };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

type Details = Record<string, unknown> | null;
type BookingDetails = { booking: { travelers: { id: string; travelDetails: Details }[] } };

async function readDetails(bookingId: string, travelerId: string, as: Caller = READER): Promise<Details> {
  const response = await app.graphql<BookingDetails>(BOOKING_TRAVEL_DETAILS, { id: bookingId }, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.booking.travelers.find((traveler) => traveler.id === travelerId)?.travelDetails ?? null;
}

describe('upsertTravelerTravelDetails', () => {
  it('stores details that a bookings-pii:read caller reads back decrypted', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    expect(await readDetails(booking.id, travelerId)).toMatchObject({
      travelerId,
      nationality: 'RO',
      documentType: 'PASSPORT',
      documentNumber: PLANTED.documentNumber,
      documentExpiry: '2032-01-31',
      dateOfBirth: PLANTED.dateOfBirth,
      dietaryRequirements: PLANTED.dietary,
      accessibilityNeeds: 'step-free access',
      isLeadTraveler: true,
      bedPreference: 'DOUBLE',
      documentPersonDocumentId: null,
    });
  });

  it('keeps a field the input leaves out and clears one given as null', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    expectSuccess(
      await upsertTravelDetails(app, { travelerId, dietaryRequirements: null, bedPreference: 'TWIN' }),
      'upsertTravelerTravelDetails',
      'BookingTraveler',
    );
    expect(await readDetails(booking.id, travelerId)).toMatchObject({
      dietaryRequirements: null,
      bedPreference: 'TWIN',
      documentNumber: PLANTED.documentNumber,
      dateOfBirth: PLANTED.dateOfBirth,
    });
  });

  it('defaults documentType to PASSPORT when a document field is given without a type', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[0]?.id ?? '';
    const response = await app.graphql(UPSERT_AND_READ_TRAVEL_DETAILS, {
      input: { travelerId, documentNumber: 'X1234' },
    });
    expect(
      expectSuccess<{ __typename: string; travelDetails: Details }>(
        response,
        'upsertTravelerTravelDetails',
        'BookingTraveler',
      ).travelDetails,
    ).toMatchObject({ documentType: 'PASSPORT' });
  });

  it('answers a malformed field with BAD_USER_INPUT and its path', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(
      await upsertTravelDetails(app, { travelerId: booking.travelers[0]?.id, nationality: 'Romania' }),
      'BAD_USER_INPUT',
      'input.nationality',
    );
  });

  it('refuses a caller without bookings-pii:write, audits the refusal and stores nothing', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[0]?.id ?? '';
    expectGraphqlError(await upsertTravelDetails(app, travelDetailsInput(travelerId), AGENT), 'FORBIDDEN');
    expect(await countRows(app.database.pool, 'booking_traveler_travel_details', travelerId)).toBe(0);
    expect(await auditRows(app.database.pool, { travelerId, action: 'encrypt' })).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        actor_id: 'usr_agent',
        booking_id: booking.id,
        reason: 'missing scope bookings-pii:write',
      }),
    ]);
  });

  it('answers NOT_FOUND for an unknown traveler and audits the attempt as denied', async () => {
    const unknown = 'bkpt_01h455vb4pex5vsknk084sn02q';
    expectGraphqlError(await upsertTravelDetails(app, travelDetailsInput(unknown)), 'NOT_FOUND', 'input.travelerId');
    expect(await auditRows(app.database.pool, { travelerId: unknown })).toEqual([
      expect.objectContaining({ outcome: 'denied', reason: 'unknown traveler', booking_id: null }),
    ]);
  });

  it('refuses a traveler of a cancelled booking as BookingNotEditableError and stores nothing', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const travelerId = booking.travelers[0]?.id ?? '';
    expectOutcome(
      await upsertTravelDetails(app, travelDetailsInput(travelerId)),
      'upsertTravelerTravelDetails',
      'BOOKING_NOT_EDITABLE',
    );
    expect([
      await countRows(app.database.pool, 'booking_traveler_travel_details', travelerId),
      await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
    expect(
      (await auditRows(app.database.pool, { travelerId, action: 'encrypt' })).map((row) => [row.outcome, row.reason]),
    ).toEqual([['denied', 'booking not editable']]);
  });

  it('keeps one data key per traveler across updates', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    const before = await app.database.pool.query(
      'select wrapped_key from booking_traveler_data_keys where traveler_id = $1',
      [travelerId],
    );
    await upsertTravelDetails(app, { travelerId, nationality: 'MD' });
    const after = await app.database.pool.query(
      'select wrapped_key from booking_traveler_data_keys where traveler_id = $1',
      [travelerId],
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('lets two concurrent first writes agree on one data key, both readable', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[0]?.id ?? '';
    const results = await Promise.all([
      upsertTravelDetails(app, { travelerId, nationality: 'AT' }),
      upsertTravelDetails(app, { travelerId, dietaryRequirements: 'kosher' }),
    ]);
    for (const result of results) expectSuccess(result, 'upsertTravelerTravelDetails', 'BookingTraveler');
    expect(await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId)).toBe(1);
    expect(await readDetails(booking.id, travelerId)).toMatchObject({
      nationality: 'AT',
      dietaryRequirements: 'kosher',
    });
  });

  it('records the change in the booking activity by field name, never by value', async () => {
    const { booking } = await bookingWithTravelDetails(app);
    const { rows } = await app.database.pool.query<{ description: string; metadata: { fields: string[] } }>(
      `select description, metadata from booking_activities where booking_id = $1 and metadata->>'action' =
        'travel_details_updated'`,
      [booking.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.metadata.fields).toContain('documentNumber');
    expect(JSON.stringify(rows)).not.toContain(PLANTED.documentNumber);
  });
});

describe('BookingTraveler.travelDetails', () => {
  it('answers FORBIDDEN without bookings-pii:read and audits one denied decrypt per traveler', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    const response = await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: AGENT });
    expectGraphqlError(response, 'FORBIDDEN');
    expect(JSON.stringify(response)).not.toContain(PLANTED.documentNumber);
    const denied = await auditRows(app.database.pool, { bookingId: booking.id, action: 'decrypt' });
    expect(denied.map((row) => [row.traveler_id, row.outcome, row.actor_id])).toEqual(
      expect.arrayContaining([
        [travelerId, 'denied', 'usr_agent'],
        [booking.travelers[1]?.id, 'denied', 'usr_agent'],
      ]),
    );
    expect(denied).toHaveLength(2);
  });

  it('writes exactly one audit row per decrypt, reads served from the key cache included', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    for (let read = 0; read < 3; read += 1) await readDetails(booking.id, travelerId);
    const decrypts = await auditRows(app.database.pool, { travelerId, action: 'decrypt' });
    expect(decrypts.map((row) => [row.outcome, row.reason, row.actor_id])).toEqual(
      Array(3).fill(['allowed', 'data key from cache', 'usr_reader']),
    );
  });

  it('names the decrypted fields in the audit row, never their values', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    await readDetails(booking.id, travelerId);
    const [decrypt] = await auditRows(app.database.pool, { travelerId, action: 'decrypt' });
    expect(decrypt?.fields).toEqual(expect.arrayContaining(['documentNumber', 'dateOfBirth', 'dietaryRequirements']));
    expect(JSON.stringify(decrypt)).not.toContain(PLANTED.documentNumber);
  });

  it('is null for a traveler without travel details', async () => {
    const booking = await createBooking(app);
    expect(await readDetails(booking.id, booking.travelers[1]?.id ?? '')).toBeNull();
  });

  it('decrypts travelers that arrive through _entities', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    const response = await app.graphql<{ _entities: { travelDetails: Details }[] }>(
      TRAVELER_TRAVEL_DETAILS,
      { representations: [{ __typename: 'BookingTraveler', id: travelerId }] },
      { as: READER },
    );
    expect(response.data?._entities[0]?.travelDetails).toMatchObject({ documentNumber: PLANTED.documentNumber });
  });

  it('costs the same number of SQL statements for two travelers as for six', async () => {
    const counts: number[] = [];
    for (const size of [2, 6]) {
      const travelers = Array.from({ length: size }, (_, index) => ({ firstName: 'Eva', lastName: `Ionescu${index}` }));
      const booking = await createBooking(app, { travelers });
      for (const traveler of booking.travelers) await upsertTravelDetails(app, travelDetailsInput(traveler.id));
      counts.push((await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: READER })).sqlStatements);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it.each([
    ['bookings-pii:read', true],
    ['bookings-pii:*', true],
    ['*', true],
    ['bookings:*', false],
    ['bookings:read bookings-pii:write', false],
  ])('with scope %s decrypts: %s', async (scope, allowed) => {
    const { booking } = await bookingWithTravelDetails(app);
    const response = await app.graphql(
      BOOKING_TRAVEL_DETAILS,
      { id: booking.id },
      { as: { scope: `bookings:read ${scope}` } },
    );
    if (allowed) expect(response.errors).toBeUndefined();
    else expectGraphqlError(response, 'FORBIDDEN');
  });

  it("refuses envelopes moved onto another traveler's row, masks the error and audits it as denied", async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    const otherId = booking.travelers[1]?.id ?? '';
    await upsertTravelDetails(app, travelDetailsInput(otherId, { documentNumber: 'OTHER-1' }));
    await app.database.pool.query(
      `update booking_traveler_travel_details o set identity = s.identity, dietary = s.dietary, accessibility
        = s.accessibility
         from booking_traveler_travel_details s where s.traveler_id = $1 and o.traveler_id = $2`,
      [travelerId, otherId],
    );
    const response = await app.graphql(BOOKING_TRAVEL_DETAILS, { id: booking.id }, { as: READER });
    expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(response.errors)).not.toMatch(/PLANTED|OTHER-1|1983/);
    expect(
      (await auditRows(app.database.pool, { travelerId: otherId, action: 'decrypt' })).map((row) => [
        row.outcome,
        row.reason,
      ]),
    ).toEqual([['denied', 'data key or envelope refused']]);
  });
});

describe('deleteTravelerTravelDetails', () => {
  it('crypto-shreds: a read afterwards is null and the wrapped key row is gone', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    expect((await app.graphql(DELETE_TRAVEL_DETAILS, { travelerId }, { as: WRITER })).errors).toBeUndefined();
    expect(await readDetails(booking.id, travelerId)).toBeNull();
    expect([
      await countRows(app.database.pool, 'booking_traveler_travel_details', travelerId),
      await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
  });

  it('audits the deletion with the acting principal', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    await app.graphql(DELETE_TRAVEL_DETAILS, { travelerId }, { as: WRITER });
    expect(await auditRows(app.database.pool, { travelerId, action: 'delete' })).toEqual([
      expect.objectContaining({ outcome: 'allowed', actor_id: 'usr_writer', principal_type: 'user' }),
    ]);
  });

  it('refuses a caller without bookings-pii:write, audits it and keeps the details', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    expectGraphqlError(await app.graphql(DELETE_TRAVEL_DETAILS, { travelerId }, { as: AGENT }), 'FORBIDDEN');
    expect(await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId)).toBe(1);
    expect((await auditRows(app.database.pool, { travelerId, action: 'delete' })).map((row) => row.outcome)).toEqual([
      'denied',
    ]);
  });

  it('erases the details of a cancelled booking too', async () => {
    const { booking, travelerId } = await bookingWithTravelDetails(app);
    await app.graphql(`mutation($input: TransitionBookingInput!) { transitionBooking(input: $input) { __typename } }`, {
      input: { id: booking.id, to: 'CANCELLED' },
    });
    expect((await app.graphql(DELETE_TRAVEL_DETAILS, { travelerId })).errors).toBeUndefined();
    expect(await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId)).toBe(0);
  });

  it('happens with removeBookingTraveler as well', async () => {
    const { travelerId } = await bookingWithTravelDetails(app);
    await app.graphql(`mutation($id: ID!) { removeBookingTraveler(id: $id) { __typename } }`, { id: travelerId });
    expect([
      await countRows(app.database.pool, 'booking_traveler_travel_details', travelerId),
      await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
  });
});
