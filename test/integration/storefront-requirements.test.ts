import { InProcessRequirements } from '../../src/ports/requirements/in-process-requirements';
import { createBooking } from '../fixtures/bookings';
import { question, REQUIREMENTS_FIELDS, SET_SESSION_ANSWERS, type RequirementsValue } from '../fixtures/requirements';
import {
  ADMIN,
  CONFIRM,
  countRows,
  declareSlot,
  seededPricing,
  REFRESH,
  SESSION,
  startSession,
  STAFF_READER,
  withCapability,
  type SessionView,
  type StartedView,
} from '../fixtures/storefront';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Design §3 on the storefront: a session carries its booking's requirements, the customer answers
// them with the checkout capability, and confirm waits for every required answer (fail closed).
const PICKUP = question({ id: 'bq_pickup', label: 'Hotel to pick you up from' });
const DIET = question({ id: 'bq_diet', label: 'Dietary needs', target: 'TRAVELER', isRequired: false });
const MORNING_QUESTIONNAIRE = { optionId: 'opt_morning', questions: [PICKUP, DIET], contactRequirements: [] };

const catalog = new InProcessRequirements();
let app: TestApp;
let unenforced: TestApp;

beforeAll(async () => {
  app = await startTestApp({ app: { pricing: seededPricing(), requirements: catalog } });
  unenforced = await startTestApp({
    app: { pricing: seededPricing(), requirements: catalog },
    env: { REQUIREMENTS_ENFORCE_ON_CONFIRM: 'off' },
  });
});

beforeEach(() => {
  catalog.failWith(null).seed(MORNING_QUESTIONNAIRE);
});

afterAll(async () => {
  await app.stop();
  await unenforced.stop();
});

const SESSION_REQUIREMENTS = `query SessionRequirements($id: ID!) {
  storefrontSession(id: $id) { id version requirements { ${REQUIREMENTS_FIELDS} }
    checklist { requiredAnswersComplete ready missing } }
}`;

interface SessionRequirementsView {
  id: string;
  version: number;
  requirements: RequirementsValue;
  checklist: { requiredAnswersComplete: boolean; ready: boolean; missing: string[] };
}

async function openSession(): Promise<StartedView> {
  return startSession(app, await declareSlot(app));
}

async function sessionRequirements(started: StartedView): Promise<SessionRequirementsView> {
  const response = await withCapability<{ storefrontSession: SessionRequirementsView }>(
    app,
    started.capability.token,
    SESSION_REQUIREMENTS,
    { id: started.session.id },
  );
  expect(response.errors).toBeUndefined();
  const session = response.data?.storefrontSession;
  if (!session) throw new Error('no session in the answer');
  return session;
}

const answerPickup = (started: StartedView, expectedVersion: number, value: unknown = 'Hotel Alpenrose') =>
  withCapability(app, started.capability.token, SET_SESSION_ANSWERS, {
    input: { sessionId: started.session.id, expectedVersion, answers: [{ questionId: 'bq_pickup', value }] },
  });

const confirm = (started: StartedView, expectedVersion: number) =>
  withCapability(app, started.capability.token, CONFIRM, {
    input: { sessionId: started.session.id, expectedVersion },
  });

/** Answers the required pickup hotel and returns the requirements (COMPLETE) with the booking's new version. */
async function answeredPickup(started: StartedView): Promise<RequirementsValue> {
  return expectSuccess<RequirementsValue>(
    await answerPickup(started, started.session.version),
    'setSessionAnswers',
    'BookingRequirements',
  );
}

async function confirmedSession(started: StartedView, expectedVersion: number): Promise<SessionView> {
  return expectSuccess<SessionView>(
    await confirm(started, expectedVersion),
    'confirmStorefrontSession',
    'StorefrontSession',
  );
}

async function bookingState(bookingId: string): Promise<{ status: string; version: number }> {
  const { rows } = await app.database.pool.query<{ status: string; version: number }>(
    'select status, version from bookings where id = $1',
    [bookingId],
  );
  const row = rows[0];
  if (!row) throw new Error(`no booking ${bookingId}`);
  return row;
}

describe('StorefrontSession.requirements', () => {
  it("lists the catalog's questions for the session and what is still missing", async () => {
    const started = await openSession();
    const { requirements } = await sessionRequirements(started);
    expect(requirements.status).toBe('INCOMPLETE');
    expect(requirements.questions.map(({ questionId, mode }) => [questionId, mode])).toEqual([
      ['bq_pickup', 'REQUIRED'],
      ['bq_diet', 'OPTIONAL'],
    ]);
    expect(requirements.missing).toEqual([
      { kind: 'QUESTION', questionId: 'bq_pickup', field: null, travelerId: null, bookingItemId: null },
    ]);
  });

  it('keeps requiredAnswersComplete false, and the session not ready, while a required answer is missing', async () => {
    const started = await openSession();
    const { checklist } = await sessionRequirements(started);
    expect(checklist).toEqual({ requiredAnswersComplete: false, ready: false, missing: ['requiredAnswersComplete'] });
  });

  it('reports the requirements UNAVAILABLE, and the session not ready, while the catalog cannot answer', async () => {
    const started = await openSession();
    catalog.failWith('unavailable');
    const session = await sessionRequirements(started);
    expect(session.requirements).toMatchObject({ status: 'UNAVAILABLE', questions: [], missing: [] });
    expect(session.checklist).toEqual({
      requiredAnswersComplete: false,
      ready: false,
      missing: ['requiredAnswersComplete'],
    });
  });
});

describe('setSessionAnswers', () => {
  it('stores the answer with the capability alone and returns the requirements COMPLETE', async () => {
    const started = await openSession();
    const answered = await answeredPickup(started);
    expect(answered.status).toBe('COMPLETE');
    expect(answered.questions[0]?.answers.map((answer) => answer.value)).toEqual(['Hotel Alpenrose']);
    expect(answered.bookingVersion).toBe(started.session.version + 1);
    const { checklist } = await sessionRequirements(started);
    expect(checklist).toEqual({ requiredAnswersComplete: true, ready: true, missing: [] });
  });

  it('refuses a stale version with VersionConflictError and writes nothing', async () => {
    const started = await openSession();
    const outcome = expectOutcome(
      await answerPickup(started, started.session.version + 5),
      'setSessionAnswers',
      'VERSION_CONFLICT',
    );
    expect(outcome).toMatchObject({
      expectedVersion: started.session.version + 5,
      actualVersion: started.session.version,
    });
    expect(await countRows(app, 'booking_answers', started.session.id)).toBe(0);
  });

  it('refuses a value of the wrong type with its path, and writes nothing', async () => {
    const started = await openSession();
    const outcome = expectOutcome<{ code: string; problems: unknown[] }>(
      await answerPickup(started, started.session.version, { hotel: 'not text' }),
      'setSessionAnswers',
      'ANSWER_VALIDATION_FAILED',
    );
    expect(outcome.problems).toEqual([
      expect.objectContaining({ path: 'input.answers.0.value', reason: 'INVALID_VALUE', questionId: 'bq_pickup' }),
    ]);
    expect(await countRows(app, 'booking_answers', started.session.id)).toBe(0);
  });

  it('refuses a question the session does not have as NOT_APPLICABLE', async () => {
    const started = await openSession();
    const response = await withCapability(app, started.capability.token, SET_SESSION_ANSWERS, {
      input: {
        sessionId: started.session.id,
        expectedVersion: started.session.version,
        answers: [{ questionId: 'bq_unknown', value: 'x' }],
      },
    });
    const outcome = expectOutcome<{ code: string; problems: { reason: string }[] }>(
      response,
      'setSessionAnswers',
      'ANSWER_VALIDATION_FAILED',
    );
    expect(outcome.problems.map((problem) => problem.reason)).toEqual(['NOT_APPLICABLE']);
  });

  it('answers RequirementsUnavailableError when the catalog cannot be asked, and writes nothing', async () => {
    const started = await openSession();
    catalog.failWith('timeout');
    expectOutcome(
      await answerPickup(started, started.session.version),
      'setSessionAnswers',
      'REQUIREMENTS_UNAVAILABLE',
    );
    expect(await countRows(app, 'booking_answers', started.session.id)).toBe(0);
    expect(await bookingState(started.session.id)).toMatchObject({ version: started.session.version });
  });

  it("is FORBIDDEN with another session's capability", async () => {
    const [mine, theirs] = [await openSession(), await openSession()];
    const response = await withCapability(app, theirs.capability.token, SET_SESSION_ANSWERS, {
      input: {
        sessionId: mine.session.id,
        expectedVersion: mine.session.version,
        answers: [{ questionId: 'bq_pickup', value: 'Hotel Alpenrose' }],
      },
    });
    expectGraphqlError(response, 'FORBIDDEN');
    expect(await countRows(app, 'booking_answers', mine.session.id)).toBe(0);
  });

  it('is FORBIDDEN with a capability that does not grant session:update', async () => {
    const started = await openSession();
    const refreshed = await withCapability<{ refreshCheckoutCapability: { capability: { token: string } } }>(
      app,
      started.capability.token,
      REFRESH,
      { input: { sessionId: started.session.id, actions: ['session:read'] } },
    );
    const readOnly = refreshed.data?.refreshCheckoutCapability.capability.token ?? '';
    const response = await withCapability(app, readOnly, SET_SESSION_ANSWERS, {
      input: {
        sessionId: started.session.id,
        expectedVersion: started.session.version,
        answers: [{ questionId: 'bq_pickup', value: 'Hotel Alpenrose' }],
      },
    });
    expectGraphqlError(response, 'FORBIDDEN');
  });

  it('answers NOT_FOUND for a booking that is not a storefront session', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql(
      SET_SESSION_ANSWERS,
      {
        input: {
          sessionId: booking.id,
          expectedVersion: booking.version,
          answers: [{ questionId: 'bq_pickup', value: 'Hotel Alpenrose' }],
        },
      },
      { as: ADMIN },
    );
    expectGraphqlError(response, 'NOT_FOUND', 'input.sessionId');
  });

  it('refuses answers on a confirmed session with BookingNotEditableError', async () => {
    const started = await openSession();
    const answered = await answeredPickup(started);
    const confirmed = await confirmedSession(started, answered.bookingVersion);
    const outcome = expectOutcome(
      await answerPickup(started, confirmed.version, 'Another hotel'),
      'setSessionAnswers',
      'BOOKING_NOT_EDITABLE',
    );
    expect(outcome).toMatchObject({ bookingStatus: 'CONFIRMED' });
  });
});

describe('confirmStorefrontSession and requirements', () => {
  it('refuses confirm with SessionNotReadyError until the required answer is given', async () => {
    const started = await openSession();
    const outcome = expectOutcome<{ code: string; missing: string[] }>(
      await confirm(started, started.session.version),
      'confirmStorefrontSession',
      'SESSION_NOT_READY',
    );
    expect(outcome.missing).toEqual(['requiredAnswersComplete']);
    expect(await bookingState(started.session.id)).toEqual({ status: 'on_hold', version: started.session.version });
  });

  it('confirms once the required answer is given', async () => {
    const started = await openSession();
    const answered = await answeredPickup(started);
    const confirmed = await confirmedSession(started, answered.bookingVersion);
    expect(confirmed.status).toBe('CONFIRMED');
  });

  it('fails closed with RequirementsUnavailableError when the catalog cannot answer; nothing changes', async () => {
    const started = await openSession();
    const answered = await answeredPickup(started);
    catalog.failWith('unavailable');
    expectOutcome(
      await confirm(started, answered.bookingVersion),
      'confirmStorefrontSession',
      'REQUIREMENTS_UNAVAILABLE',
    );
    expect(await bookingState(started.session.id)).toEqual({ status: 'on_hold', version: answered.bookingVersion });
  });

  it('asks the catalog again when a required question appears after the answers were given', async () => {
    const started = await openSession();
    const answered = await answeredPickup(started);
    const ROOM = question({ id: 'bq_room', label: 'Room number' });
    catalog.seed({ ...MORNING_QUESTIONNAIRE, questions: [PICKUP, DIET, ROOM] });
    const outcome = expectOutcome<{ code: string; missing: string[] }>(
      await confirm(started, answered.bookingVersion),
      'confirmStorefrontSession',
      'SESSION_NOT_READY',
    );
    expect(outcome.missing).toEqual(['requiredAnswersComplete']);
  });

  it('shows the answer in clear to the capability holder and masked to a reader without the reveal scope', async () => {
    const started = await openSession();
    await answerPickup(started, started.session.version);
    const { requirements } = await sessionRequirements(started);
    expect(requirements.questions[0]?.answers[0]?.value).toBe('Hotel Alpenrose');
    const staff = await app.graphql<{ storefrontSession: SessionRequirementsView }>(
      SESSION_REQUIREMENTS,
      { id: started.session.id },
      { as: STAFF_READER },
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.storefrontSession.requirements.questions[0]?.answers[0]?.value).toBe('***');
  });

  it('keeps the session query answering while the catalog is down', async () => {
    const started = await openSession();
    catalog.failWith('unavailable');
    const response = await withCapability<{ storefrontSession: { id: string } }>(
      app,
      started.capability.token,
      SESSION,
      {
        id: started.session.id,
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.storefrontSession.id).toBe(started.session.id);
  });
});

describe('REQUIREMENTS_ENFORCE_ON_CONFIRM=off', () => {
  it('confirms a session with a required answer missing, without asking the catalog', async () => {
    const started = await startSession(unenforced, await declareSlot(unenforced));
    const asked = catalog.calls.length;
    const confirmed = await withCapability(unenforced, started.capability.token, CONFIRM, {
      input: { sessionId: started.session.id, expectedVersion: started.session.version },
    });
    expect(expectSuccess<SessionView>(confirmed, 'confirmStorefrontSession', 'StorefrontSession').status).toBe(
      'CONFIRMED',
    );
    expect(catalog.calls.length).toBe(asked);
  });

  it('counts required answers as complete in the checklist', async () => {
    const started = await startSession(unenforced, await declareSlot(unenforced));
    const response = await withCapability<{ storefrontSession: SessionRequirementsView }>(
      unenforced,
      started.capability.token,
      SESSION_REQUIREMENTS,
      { id: started.session.id },
    );
    expect(response.data?.storefrontSession.checklist).toEqual({
      requiredAnswersComplete: true,
      ready: true,
      missing: [],
    });
    expect(response.data?.storefrontSession.requirements.status).toBe('INCOMPLETE');
  });
});
