import { ALICE, ALICE_PASSPORT, CHEN } from '../../examples/supergraph/relationships/seed';
import { startRelationshipsSubgraph } from '../../examples/supergraph/relationships/server';
import type { RunningSubgraph } from '../../examples/supergraph/shared/subgraph-host';
import { createBooking } from '../fixtures/bookings';
import { auditRows, BOOKING_TRAVEL_DETAILS, countRows, upsertTravelDetails } from '../fixtures/travel-details';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let relationships: RunningSubgraph;
let app: TestApp;
let unreachable: TestApp;
let unconfigured: TestApp;

beforeAll(async () => {
  relationships = await startRelationshipsSubgraph({ port: 0 });
  const gone = await startRelationshipsSubgraph({ port: 0 });
  await gone.stop();
  [app, unreachable, unconfigured] = await Promise.all([
    startTestApp({ env: { RELATIONSHIPS_URL: relationships.url } }),
    startTestApp({ env: { RELATIONSHIPS_URL: gone.url } }),
    startTestApp(),
  ]);
});
afterAll(async () => {
  await Promise.all([app.stop(), unreachable.stop(), unconfigured.stop()]);
  await relationships.stop();
});

type Details = Record<string, unknown>;

/** A booking whose only traveler is the given person (or nobody in particular). */
async function travelerOf(
  target: TestApp,
  personId: string | null,
): Promise<{ bookingId: string; travelerId: string }> {
  const booking = await createBooking(target, { travelers: [{ personId, firstName: 'Pat', lastName: 'Doe' }] });
  return { bookingId: booking.id, travelerId: booking.travelers[0]?.id ?? '' };
}

async function prefill(target: TestApp, input: Record<string, unknown>) {
  return upsertTravelDetails(target, { ...input, prefillFromPerson: true });
}

async function detailsOf(bookingId: string): Promise<Details | undefined> {
  const response = await app.graphql<{ booking: { travelers: { travelDetails: Details }[] } }>(BOOKING_TRAVEL_DETAILS, {
    id: bookingId,
  });
  return response.data?.booking.travelers[0]?.travelDetails;
}

describe('prefillFromPerson', () => {
  it("fills the gaps from the person's snapshot and records the source document", async () => {
    const { bookingId, travelerId } = await travelerOf(app, ALICE.id);
    expectSuccess(
      await prefill(app, { travelerId, nationality: 'GB' }),
      'upsertTravelerTravelDetails',
      'BookingTraveler',
    );
    expect(await detailsOf(bookingId)).toMatchObject({
      nationality: 'GB',
      dateOfBirth: ALICE.dateOfBirth,
      dietaryRequirements: ALICE.dietaryRequirements,
      accessibilityNeeds: null,
      documentType: 'PASSPORT',
      documentNumber: ALICE_PASSPORT.number,
      documentExpiry: ALICE_PASSPORT.expiryDate,
      documentIssuingCountry: ALICE_PASSPORT.issuingCountry,
      documentIssuingAuthority: ALICE_PASSPORT.issuingAuthority,
      documentPersonDocumentId: ALICE_PASSPORT.id,
    });
  });

  it('lets an explicit value win over the snapshot', async () => {
    const { bookingId, travelerId } = await travelerOf(app, ALICE.id);
    await prefill(app, { travelerId, dateOfBirth: '1988-03-23' });
    expect((await detailsOf(bookingId))?.dateOfBirth).toBe('1988-03-23');
  });

  it('lets an explicit null win over the snapshot', async () => {
    const { bookingId, travelerId } = await travelerOf(app, ALICE.id);
    await prefill(app, { travelerId, dietaryRequirements: null });
    expect((await detailsOf(bookingId))?.dietaryRequirements).toBeNull();
  });

  it('does not clear a stored value the person has no value for', async () => {
    const { bookingId, travelerId } = await travelerOf(app, CHEN.id);
    await upsertTravelDetails(app, { travelerId, dietaryRequirements: 'vegan' });
    await prefill(app, { travelerId });
    expect(await detailsOf(bookingId)).toMatchObject({
      dietaryRequirements: 'vegan',
      dateOfBirth: CHEN.dateOfBirth,
      documentPersonDocumentId: null,
    });
  });

  it('notes the pre-fill in the audit event', async () => {
    const { travelerId } = await travelerOf(app, ALICE.id);
    await prefill(app, { travelerId });
    const [event] = await auditRows(app.database.pool, { travelerId, action: 'encrypt' });
    expect(event?.reason).toContain(`prefilled from ${ALICE.id}`);
  });

  it('answers an unknown person with PrefillUnavailableError and writes nothing', async () => {
    const unknownPerson = 'pers_01h455vb4pex5vsknk084sn02q';
    const { travelerId } = await travelerOf(app, unknownPerson);
    const outcome = expectOutcome<{ code: string; reason: string; personId: string }>(
      await prefill(app, { travelerId, nationality: 'FR' }),
      'upsertTravelerTravelDetails',
      'PREFILL_UNAVAILABLE',
    );
    expect(outcome).toMatchObject({
      __typename: 'PrefillUnavailableError',
      reason: 'PERSON_UNKNOWN',
      personId: unknownPerson,
    });
    expect(await countRows(app.database.pool, 'booking_traveler_data_keys', travelerId)).toBe(0);
  });

  it('answers an unreachable relationships subgraph with PrefillUnavailableError and writes nothing', async () => {
    const { travelerId } = await travelerOf(unreachable, ALICE.id);
    expect(
      expectOutcome<{ code: string; reason: string }>(
        await prefill(unreachable, { travelerId }),
        'upsertTravelerTravelDetails',
        'PREFILL_UNAVAILABLE',
      ).reason,
    ).toBe('UNREACHABLE');
    expect(await countRows(unreachable.database.pool, 'booking_traveler_travel_details', travelerId)).toBe(0);
  });

  it('audits a pre-fill that could not happen as denied', async () => {
    const { travelerId } = await travelerOf(unreachable, ALICE.id);
    await prefill(unreachable, { travelerId });
    expect(
      (await auditRows(unreachable.database.pool, { travelerId, action: 'encrypt' })).map((row) => [
        row.outcome,
        row.reason,
      ]),
    ).toEqual([['denied', 'prefill unavailable: unreachable']]);
  });

  it('answers a traveler without a person with PrefillUnavailableError', async () => {
    const { travelerId } = await travelerOf(app, null);
    expect(
      expectOutcome<{ code: string; reason: string }>(
        await prefill(app, { travelerId }),
        'upsertTravelerTravelDetails',
        'PREFILL_UNAVAILABLE',
      ).reason,
    ).toBe('NO_PERSON');
  });

  it('answers PrefillUnavailableError when RELATIONSHIPS_URL is not configured', async () => {
    const { travelerId } = await travelerOf(unconfigured, ALICE.id);
    expect(
      expectOutcome<{ code: string; reason: string }>(
        await prefill(unconfigured, { travelerId }),
        'upsertTravelerTravelDetails',
        'PREFILL_UNAVAILABLE',
      ).reason,
    ).toBe('NOT_CONFIGURED');
  });
});
