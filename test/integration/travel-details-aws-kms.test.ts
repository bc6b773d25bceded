import { createBooking } from '../fixtures/bookings';
import {
  auditRows,
  BOOKING_TRAVEL_DETAILS,
  countRows,
  PLANTED,
  travelDetailsInput,
  UPSERT_TRAVEL_DETAILS,
  upsertTravelDetails,
} from '../fixtures/travel-details';
import { startLocalKmsEndpoint, type LocalKmsEndpoint } from '../helpers/local-kms-endpoint';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The real @aws-sdk/client-kms, configured the way production is (KMS_PROVIDER=aws, key ARN,
 * endpoint; credentials from the SDK's default chain), against a local KMS JSON endpoint.
 */
let kms: LocalKmsEndpoint;
let cached: TestApp;
let uncached: TestApp;

const awsEnv = (cacheSeconds: string) => ({
  KMS_PROVIDER: 'aws',
  AWS_KMS_KEY_ID: kms.keyId,
  AWS_KMS_ENDPOINT: kms.url,
  PII_DATA_KEY_CACHE_SECONDS: cacheSeconds,
});

beforeAll(async () => {
  kms = await startLocalKmsEndpoint();
  // The default credential chain reads these first; the local endpoint does not check them.
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  [cached, uncached] = await Promise.all([startTestApp({ env: awsEnv('300') }), startTestApp({ env: awsEnv('0') })]);
});
afterAll(async () => {
  await Promise.all([cached.stop(), uncached.stop()]);
  await kms.stop();
});
beforeEach(() => kms.setDown(false));

/** The KMS operations one request made, by name. */
async function kmsCallsDuring(request: () => Promise<unknown>): Promise<string[]> {
  const before = kms.calls.length;
  await request();
  return kms.calls.slice(before).map((call) => call.target.replace('TrentService.', ''));
}

async function bookingWithDetails(app: TestApp, travelers = 2) {
  const booking = await createBooking(app, {
    travelers: Array.from({ length: travelers }, (_, index) => ({ firstName: 'Dan', lastName: `Pop${index}` })),
  });
  for (const traveler of booking.travelers)
    expectSuccess(
      await upsertTravelDetails(app, travelDetailsInput(traveler.id)),
      'upsertTravelerTravelDetails',
      'BookingTraveler',
    );
  return booking;
}

const readAll = (app: TestApp, bookingId: string) => app.graphql(BOOKING_TRAVEL_DETAILS, { id: bookingId });

describe('KMS calls per request, cache on', () => {
  it('a first write generates one data key', async () => {
    const booking = await createBooking(cached);
    expect(
      await kmsCallsDuring(() => upsertTravelDetails(cached, travelDetailsInput(booking.travelers[0]?.id ?? ''))),
    ).toEqual(['GenerateDataKey']);
  });

  it('reading three travelers right after writing them calls KMS not at all', async () => {
    const booking = await bookingWithDetails(cached, 3);
    expect(await kmsCallsDuring(() => readAll(cached, booking.id))).toEqual([]);
  });

  it('once the cache lifetime has passed, a read decrypts each key once and the next read none', async () => {
    const booking = await bookingWithDetails(cached, 3);
    cached.clock.advance(301_000);
    expect(await kmsCallsDuring(() => readAll(cached, booking.id))).toEqual(['Decrypt', 'Decrypt', 'Decrypt']);
    expect(await kmsCallsDuring(() => readAll(cached, booking.id))).toEqual([]);
  });

  it('an update of stored details calls KMS not at all', async () => {
    const booking = await bookingWithDetails(cached, 1);
    expect(
      await kmsCallsDuring(() =>
        upsertTravelDetails(cached, { travelerId: booking.travelers[0]?.id, nationality: 'HU' }),
      ),
    ).toEqual([]);
  });
});

describe('KMS calls per request, cache off', () => {
  it('a read of three travelers decrypts three keys, every time', async () => {
    const booking = await bookingWithDetails(uncached, 3);
    expect(await kmsCallsDuring(() => readAll(uncached, booking.id))).toEqual(['Decrypt', 'Decrypt', 'Decrypt']);
    expect(await kmsCallsDuring(() => readAll(uncached, booking.id))).toEqual(['Decrypt', 'Decrypt', 'Decrypt']);
  });

  it('an update of stored details decrypts the key once', async () => {
    const booking = await bookingWithDetails(uncached, 1);
    expect(
      await kmsCallsDuring(() =>
        upsertTravelDetails(uncached, { travelerId: booking.travelers[0]?.id, nationality: 'HU' }),
      ),
    ).toEqual(['Decrypt']);
  });

  it('reads back what it wrote', async () => {
    const booking = await bookingWithDetails(uncached, 1);
    const response = await readAll(uncached, booking.id);
    expect(JSON.stringify(response.data)).toContain(PLANTED.documentNumber);
  });
});

describe('KMS down', () => {
  it('answers a first write with KeyServiceUnavailableError and writes nothing', async () => {
    const booking = await createBooking(uncached);
    const travelerId = booking.travelers[0]?.id ?? '';
    kms.setDown(true);
    const response = await uncached.graphql(UPSERT_TRAVEL_DETAILS, { input: travelDetailsInput(travelerId) });
    expectOutcome(response, 'upsertTravelerTravelDetails', 'KMS_UNAVAILABLE');
    expect([
      await countRows(uncached.database.pool, 'booking_traveler_travel_details', travelerId),
      await countRows(uncached.database.pool, 'booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
  });

  it('audits the failed write as denied, naming the key service', async () => {
    const booking = await createBooking(uncached);
    const travelerId = booking.travelers[0]?.id ?? '';
    kms.setDown(true);
    await upsertTravelDetails(uncached, travelDetailsInput(travelerId));
    expect(
      (await auditRows(uncached.database.pool, { travelerId, action: 'encrypt' })).map((row) => [
        row.outcome,
        row.reason,
      ]),
    ).toEqual([['denied', 'key service unavailable']]);
  });

  it('leaves stored details untouched when an update cannot unwrap the key', async () => {
    const booking = await bookingWithDetails(uncached, 1);
    const travelerId = booking.travelers[0]?.id ?? '';
    const stored = () =>
      uncached.database.pool.query(
        'select identity, updated_at from booking_traveler_travel_details where traveler_id = $1',
        [travelerId],
      );
    const before = (await stored()).rows;
    kms.setDown(true);
    expectOutcome(
      await upsertTravelDetails(uncached, { travelerId, documentNumber: 'NEW-1' }),
      'upsertTravelerTravelDetails',
      'KMS_UNAVAILABLE',
    );
    expect((await stored()).rows).toEqual(before);
  });

  it('answers a read with a masked error that leaks nothing, and audits it as denied', async () => {
    const booking = await bookingWithDetails(uncached, 1);
    kms.setDown(true);
    const response = await readAll(uncached, booking.id);
    expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(response)).not.toMatch(
      new RegExp(`${PLANTED.documentNumber}|${PLANTED.dateOfBirth}|arn:aws|Kms`),
    );
    const decrypts = await auditRows(uncached.database.pool, {
      travelerId: booking.travelers[0]?.id,
      action: 'decrypt',
    });
    expect(decrypts.map((row) => [row.outcome, row.reason])).toEqual([['denied', 'key service unavailable']]);
  });
});

describe('encryption context', () => {
  it("makes KMS refuse a wrapped key copied onto another traveler's row", async () => {
    const booking = await bookingWithDetails(uncached, 2);
    const [source, target] = booking.travelers.map((traveler) => traveler.id);
    await uncached.database.pool.query(
      `update booking_traveler_data_keys t set wrapped_key = s.wrapped_key from booking_traveler_data_keys s
        where s.traveler_id = $1 and t.traveler_id = $2`,
      [source, target],
    );
    const response = await readAll(uncached, booking.id);
    expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
    expect(
      (await auditRows(uncached.database.pool, { travelerId: target, action: 'decrypt' })).map((row) => [
        row.outcome,
        row.reason,
      ]),
    ).toEqual([['denied', 'data key or envelope refused']]);
  });
});
