import { randomBytes } from 'node:crypto';
import type { EncryptionContext, KmsProvider } from '../../src/pii/kms/kms-provider';
import { LocalKmsProvider } from '../../src/pii/kms/local-kms-provider';
import { InProcessRequirements } from '../../src/ports/requirements/in-process-requirements';
import { createBooking, transition, TRANSITION_BOOKING, type BookingSummary } from '../fixtures/bookings';
import {
  ANSWER_ENTITIES,
  BOOKING_ANSWERS,
  BOOKING_REQUIREMENTS,
  CHILD_UNIT,
  DIET,
  GUIDE,
  PICKUP,
  SET_BOOKING_ANSWERS,
  SHIRT_PRODUCT,
  tourItem,
  tourQuestionnaire,
  type RequirementsValue,
} from '../fixtures/requirements';
import { PII_AUDIT_EVENTS, upsertTravelDetails } from '../fixtures/travel-details';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Counts every call to the key service, so a test can show that requirements never decrypt. */
class CountingKms implements KmsProvider {
  readonly name = 'local' as const;
  calls = 0;
  private readonly inner = new LocalKmsProvider(randomBytes(32));
  generateDataKey(context: EncryptionContext) {
    this.calls += 1;
    return this.inner.generateDataKey(context);
  }
  decryptDataKey(wrapped: string, context: EncryptionContext) {
    this.calls += 1;
    return this.inner.decryptDataKey(wrapped, context);
  }
}

const catalog = new InProcessRequirements();
const kms = new CountingKms();
let app: TestApp;
let enforcing: TestApp;

beforeAll(async () => {
  app = await startTestApp({ app: { requirements: catalog, kms } });
  enforcing = await startTestApp({
    app: { requirements: catalog },
    env: { REQUIREMENTS_ENFORCE_ON_CONFIRM: 'all' },
  });
});

beforeEach(() => {
  catalog.failWith(null).seed(tourQuestionnaire());
});

afterAll(async () => {
  await app.stop();
  await enforcing.stop();
});

const tourBooking = (on: TestApp = app, items: Record<string, unknown>[] = [tourItem()]) =>
  createBooking(on, { items });

async function requirementsOf(booking: { id: string }, on: TestApp = app): Promise<RequirementsValue> {
  const response = await on.graphql<{ booking: { requirements: RequirementsValue } }>(BOOKING_REQUIREMENTS, {
    id: booking.id,
  });
  expect(response.errors).toBeUndefined();
  const requirements = response.data?.booking.requirements;
  if (!requirements) throw new Error('no requirements in the answer');
  return requirements;
}

const setAnswers = (booking: { id: string }, answers: Record<string, unknown>[], on: TestApp = app, extra = {}) =>
  on.graphql(SET_BOOKING_ANSWERS, { input: { bookingId: booking.id, answers, ...extra } });

const primaryOf = (booking: BookingSummary) => booking.travelers.find((traveler) => traveler.isPrimary)?.id ?? '';
const secondOf = (booking: BookingSummary) => booking.travelers.find((traveler) => !traveler.isPrimary)?.id ?? '';

const answerRows = async (bookingId: string): Promise<number> => {
  const result = await app.database.pool.query<{ count: string }>(
    'select count(*) from booking_answers where booking_id = $1',
    [bookingId],
  );
  return Number(result.rows[0]?.count);
};

describe('Booking.requirements', () => {
  it('lists the questions that apply with their modes, and what is missing', async () => {
    const booking = await tourBooking();
    const requirements = await requirementsOf(booking);
    expect(requirements.status).toBe('INCOMPLETE');
    expect(requirements.questions.map(({ questionId, mode }) => [questionId, mode])).toEqual([
      ['bq_pickup', 'REQUIRED'],
      ['bq_diet', 'OPTIONAL'],
      ['bq_guide', 'OPTIONAL'],
    ]);
    expect(requirements.missing).toEqual([
      { kind: 'QUESTION', questionId: 'bq_pickup', field: null, travelerId: null, bookingItemId: null },
    ]);
  });

  it('asks a unit-triggered question of every traveler once the unit is booked', async () => {
    const booking = await tourBooking(app, [tourItem(), tourItem({ unitId: CHILD_UNIT, quantity: 1 })]);
    const requirements = await requirementsOf(booking);
    expect(requirements.missing.filter((entry) => entry.questionId === 'bq_child_age')).toEqual(
      booking.travelers.map((traveler) => ({
        kind: 'QUESTION',
        questionId: 'bq_child_age',
        field: null,
        travelerId: traveler.id,
        bookingItemId: null,
      })),
    );
  });

  it('asks an extra-triggered question of the extra line', async () => {
    const shirt = { title: 'T-shirt', itemType: 'EXTRA', productId: SHIRT_PRODUCT, optionId: null, unitId: null };
    const booking = await tourBooking(app, [tourItem(), tourItem({ ...shirt, quantity: 1 })]);
    const shirtLine = booking.items.find((item) => item.title === 'T-shirt')?.id;
    const requirements = await requirementsOf(booking);
    expect(requirements.missing.filter((entry) => entry.questionId === 'bq_shirt')).toEqual([
      { kind: 'QUESTION', questionId: 'bq_shirt', field: null, travelerId: null, bookingItemId: shirtLine },
    ]);
  });

  it('is UNAVAILABLE, not an error, when the catalog cannot be reached', async () => {
    const booking = await tourBooking();
    catalog.failWith('unavailable');
    expect(await requirementsOf(booking)).toEqual({
      status: 'UNAVAILABLE',
      bookingVersion: booking.version,
      questions: [],
      contactRequirements: [],
      missing: [],
    });
  });

  it('is COMPLETE for a booking whose options the catalog does not know', async () => {
    const booking = await createBooking(app);
    expect((await requirementsOf(booking)).status).toBe('COMPLETE');
  });

  it('asks the catalog once for a page of bookings', async () => {
    const bookings = await Promise.all([tourBooking(), tourBooking(), tourBooking()]);
    const before = catalog.calls.length;
    const response = await app.graphql(
      `query Page($ids: [_Any!]!) { _entities(representations: $ids) { ... on Booking { requirements { status } } } }`,
      { ids: bookings.map(({ id }) => ({ __typename: 'Booking', id })) },
    );
    expect(response.errors).toBeUndefined();
    expect(catalog.calls.slice(before)).toEqual([['popt_tour_morning']]);
  });
});

describe('contact requirements', () => {
  const documentRequired = () =>
    tourQuestionnaire({
      questions: [],
      contactRequirements: [{ field: 'documentNumber', target: 'LEAD_TRAVELER', mode: 'REQUIRED' }],
    });

  it('are checked through filled field names, without a single KMS call', async () => {
    catalog.seed(documentRequired());
    const booking = await tourBooking();
    const lead = primaryOf(booking);
    expect((await requirementsOf(booking)).contactRequirements).toEqual([
      {
        field: 'documentNumber',
        target: 'LEAD_TRAVELER',
        mode: 'REQUIRED',
        satisfied: false,
        travelersWithout: [lead],
      },
    ]);
    await upsertTravelDetails(app, { travelerId: lead, documentType: 'PASSPORT', documentNumber: 'P1234567' });
    const callsBefore = kms.calls;
    const requirements = await requirementsOf(booking);
    expect({ status: requirements.status, kmsCalls: kms.calls - callsBefore }).toEqual({
      status: 'COMPLETE',
      kmsCalls: 0,
    });
  });

  it('reports a required contact field the contact lacks', async () => {
    catalog.seed(
      tourQuestionnaire({
        questions: [],
        contactRequirements: [{ field: 'city', target: 'CONTACT', mode: 'REQUIRED' }],
      }),
    );
    const booking = await tourBooking();
    expect((await requirementsOf(booking)).missing).toEqual([
      { kind: 'CONTACT_FIELD', questionId: null, field: 'city', travelerId: null, bookingItemId: null },
    ]);
  });
});

describe('setBookingAnswers', () => {
  it('stores answers and returns the requirements they complete', async () => {
    const booking = await tourBooking();
    const result = expectSuccess<RequirementsValue>(
      await setAnswers(booking, [
        { questionId: PICKUP.id, value: 'Hotel Sacher' },
        { questionId: GUIDE.id, travelerId: primaryOf(booking), value: 'de' },
      ]),
      'setBookingAnswers',
      'BookingRequirements',
    );
    expect(result.status).toBe('COMPLETE');
    expect(result.bookingVersion).toBe(booking.version + 1);
    expect(result.questions.find((q) => q.questionId === PICKUP.id)?.answers.map((a) => a.value)).toEqual([
      'Hotel Sacher',
    ]);
  });

  it('lists the answers by booking, each with its question', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [
      { questionId: DIET.id, travelerId: primaryOf(booking), value: 'vegetarian' },
      { questionId: DIET.id, travelerId: secondOf(booking), value: 'none' },
    ]);
    const response = await app.graphql<{ booking: { answers: { value: unknown; traveler: { id: string } }[] } }>(
      BOOKING_ANSWERS,
      { id: booking.id },
    );
    expect(response.data?.booking.answers.map((answer) => [answer.traveler.id, answer.value])).toEqual([
      [primaryOf(booking), 'vegetarian'],
      [secondOf(booking), 'none'],
    ]);
  });

  it('is an idempotent upsert: the same answer twice leaves one row with the last value', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Imperial' }]);
    const requirements = await requirementsOf(booking);
    expect(requirements.questions[0]?.answers.map((answer) => answer.value)).toEqual(['Hotel Imperial']);
    expect(await answerRows(booking.id)).toBe(1);
  });

  it('clears an answer given a null value', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    const cleared = expectSuccess<RequirementsValue>(
      await setAnswers(booking, [{ questionId: PICKUP.id, value: null }]),
      'setBookingAnswers',
      'BookingRequirements',
    );
    expect({ status: cleared.status, rows: await answerRows(booking.id) }).toEqual({ status: 'INCOMPLETE', rows: 0 });
  });

  it('refuses every bad answer at once with its reason and path, writing none of them', async () => {
    const booking = await tourBooking();
    const refused = expectOutcome<{ code: string; problems: unknown[] }>(
      await setAnswers(booking, [
        { questionId: PICKUP.id, value: 'Hotel Sacher' },
        { questionId: 'bq_not_asked', value: 'x' },
        { questionId: DIET.id, value: 'vegan' },
        { questionId: GUIDE.id, travelerId: primaryOf(booking), value: 'fr' },
        { questionId: PICKUP.id, travelerId: secondOf(booking), value: 'x'.repeat(5001) },
      ]),
      'setBookingAnswers',
      'ANSWER_VALIDATION_FAILED',
    );
    expect(refused.problems).toEqual([
      expect.objectContaining({ path: 'input.answers.1', reason: 'NOT_APPLICABLE', questionId: 'bq_not_asked' }),
      expect.objectContaining({ path: 'input.answers.2', reason: 'WRONG_TARGET', questionId: DIET.id }),
      expect.objectContaining({ path: 'input.answers.3.value', reason: 'UNKNOWN_OPTION', questionId: GUIDE.id }),
      expect.objectContaining({ path: 'input.answers.4', reason: 'WRONG_TARGET', questionId: PICKUP.id }),
    ]);
    expect(await answerRows(booking.id)).toBe(0);
  });

  it('refuses a value that does not fit its field type as INVALID_VALUE', async () => {
    const booking = await tourBooking();
    const refused = expectOutcome<{ code: string; problems: { reason: string; path: string }[] }>(
      await setAnswers(booking, [{ questionId: PICKUP.id, value: 'x'.repeat(5001) }]),
      'setBookingAnswers',
      'ANSWER_VALIDATION_FAILED',
    );
    expect(refused.problems.map(({ reason, path }) => [reason, path])).toEqual([
      ['INVALID_VALUE', 'input.answers.0.value'],
    ]);
  });

  it('answers NOT_FOUND for an unknown booking', async () => {
    const response = await setAnswers({ id: 'book_01h455vb4pex5vsknk084sn02q' }, [
      { questionId: PICKUP.id, value: 'x' },
    ]);
    expectGraphqlError(response, 'NOT_FOUND', 'input.bookingId');
  });

  it('refuses a malformed traveler id as BAD_USER_INPUT with its path', async () => {
    const booking = await tourBooking();
    const response = await setAnswers(booking, [{ questionId: DIET.id, travelerId: 'nobody', value: 'x' }]);
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.answers.0.travelerId');
  });

  it('refuses answers on a terminal booking', async () => {
    const booking = await tourBooking();
    await transition(app, booking.id, 'CANCELLED');
    const response = await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    expectOutcome(response, 'setBookingAnswers', 'BOOKING_NOT_EDITABLE');
  });

  it('refuses a stale expectedVersion', async () => {
    const booking = await tourBooking();
    const response = await setAnswers(booking, [{ questionId: PICKUP.id, value: 'x' }], app, {
      expectedVersion: booking.version + 5,
    });
    expectOutcome(response, 'setBookingAnswers', 'VERSION_CONFLICT');
  });

  it('writes nothing when the catalog is down', async () => {
    const booking = await tourBooking();
    catalog.failWith('timeout');
    const response = await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    expectOutcome(response, 'setBookingAnswers', 'REQUIREMENTS_UNAVAILABLE');
    expect(await answerRows(booking.id)).toBe(0);
  });

  it('needs bookings:write', async () => {
    const booking = await tourBooking();
    const response = await app.graphql(
      SET_BOOKING_ANSWERS,
      { input: { bookingId: booking.id, answers: [{ questionId: PICKUP.id, value: 'x' }] } },
      { as: { scope: 'bookings:read' } },
    );
    expectGraphqlError(response, 'FORBIDDEN');
  });
});

describe('answers and the catalog', () => {
  it('survive the deletion of their question, with its snapshot', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    catalog.seed(tourQuestionnaire({ questions: [DIET] }));
    const response = await app.graphql<{ booking: { answers: { value: unknown; question: unknown }[] } }>(
      BOOKING_ANSWERS,
      { id: booking.id },
    );
    expect(response.data?.booking.answers).toEqual([
      expect.objectContaining({
        value: 'Hotel Sacher',
        question: { questionId: PICKUP.id, label: PICKUP.label, fieldType: 'TEXT', target: 'BOOKING', options: [] },
      }),
    ]);
  });

  it('resolve through _entities, an unknown id to null', async () => {
    const booking = await tourBooking();
    const set = expectSuccess<RequirementsValue>(
      await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]),
      'setBookingAnswers',
      'BookingRequirements',
    );
    const answerId = set.questions[0]?.answers[0]?.id;
    const response = await app.graphql<{ _entities: unknown[] }>(ANSWER_ENTITIES, {
      representations: [
        { __typename: 'BookingAnswer', id: answerId },
        { __typename: 'BookingAnswer', id: 'bqan_01h455vb4pex5vsknk084sn02q' },
      ],
    });
    expect(response.data?._entities).toEqual([
      { id: answerId, value: 'Hotel Sacher', question: { questionId: PICKUP.id } },
      null,
    ]);
  });
});

describe('answer values are personal data', () => {
  it('are masked for a caller without bookings-pii:read', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    const response = await app.graphql<{ booking: { answers: { value: unknown }[] } }>(
      BOOKING_ANSWERS,
      { id: booking.id },
      { as: { scope: 'bookings:read' } },
    );
    expect(response.data?.booking.answers.map((answer) => answer.value)).toEqual(['***']);
  });

  it('are revealed to a scoped caller, and the reveal is audited', async () => {
    const booking = await tourBooking();
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }]);
    const answerReveals = async () => {
      const audit = await app.graphql<{ piiAuditEvents: { edges: { node: { fields: string[] } }[] } }>(
        PII_AUDIT_EVENTS,
        { filter: { bookingId: booking.id, action: 'REVEAL' }, first: 100 },
      );
      return audit.data?.piiAuditEvents.edges.filter(({ node }) => node.fields.includes('BookingAnswer.value')).length;
    };
    const before = await answerReveals();
    const response = await app.graphql<{ booking: { answers: { value: unknown }[] } }>(BOOKING_ANSWERS, {
      id: booking.id,
    });
    expect(response.data?.booking.answers.map((answer) => answer.value)).toEqual(['Hotel Sacher']);
    expect((await answerReveals()) ?? NaN).toBe((before ?? NaN) + 1);
  });
});

describe('admin confirm', () => {
  const confirm = (on: TestApp, booking: { id: string }) =>
    on.graphql(
      TRANSITION_BOOKING.replace(
        '... on BookingError { code message }',
        '... on BookingError { code message } ... on RequirementsIncompleteError { missing { kind questionId } }',
      ),
      {
        input: { id: booking.id, to: 'CONFIRMED' },
      },
    );

  it('is not blocked by missing answers by default', async () => {
    const booking = await tourBooking();
    expectSuccess(await confirm(app, booking), 'transitionBooking');
  });

  it('under REQUIREMENTS_ENFORCE_ON_CONFIRM=all is blocked until the answers are given, then passes', async () => {
    const booking = await tourBooking(enforcing);
    const blocked = expectOutcome<{ code: string; missing: unknown[] }>(
      await confirm(enforcing, booking),
      'transitionBooking',
      'REQUIREMENTS_INCOMPLETE',
    );
    expect(blocked.missing).toEqual([{ kind: 'QUESTION', questionId: PICKUP.id }]);
    await setAnswers(booking, [{ questionId: PICKUP.id, value: 'Hotel Sacher' }], enforcing);
    const confirmed = expectSuccess<BookingSummary>(await confirm(enforcing, booking), 'transitionBooking');
    expect(confirmed.status).toBe('CONFIRMED');
  });

  it('under REQUIREMENTS_ENFORCE_ON_CONFIRM=all fails closed when the catalog is down', async () => {
    const booking = await tourBooking(enforcing);
    catalog.failWith('unavailable');
    expectOutcome(await confirm(enforcing, booking), 'transitionBooking', 'REQUIREMENTS_UNAVAILABLE');
  });
});
