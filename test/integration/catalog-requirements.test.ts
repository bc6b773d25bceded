import { createServer, type Server } from 'node:http';
import { decodeJwt } from 'jose';
import { startCatalogSubgraph, type RunningCatalog } from '../../examples/supergraph/catalog/server';
import {
  CHILD_AGE_QUESTION,
  CHILD_UNIT_ID,
  DIETARY_QUESTION,
  DOUBLE_CABIN,
  GUIDE_LANGUAGE_QUESTION,
  MORNING_TOUR,
  PICKUP_HOTEL_QUESTION,
  PRIVATE_TOUR,
  T_SHIRT_SIZE_QUESTION,
  TOUR_T_SHIRT_ID,
} from '../../examples/supergraph/catalog/seed';
import { federatedRequirements } from '../../src/ports/requirements/federated-requirements';
import {
  RequirementsUnavailable,
  type BookingQuestionnaire,
  type RequirementsPort,
} from '../../src/ports/requirements-port';
import { signedSystemToken } from '../../src/ports/system-token';
import { listenOnLoopback } from '../helpers/loopback';

const UNKNOWN_OPTION_ID = 'popt_01m8y5kxfaeh3angrj16phsszz';

let catalog: RunningCatalog;
let requirements: RequirementsPort;

beforeAll(async () => {
  catalog = await startCatalogSubgraph({ port: 0 });
  const systemToken = signedSystemToken({ secret: 'a-system-token-secret-of-32-characters-or-more' });
  requirements = federatedRequirements({ url: catalog.url, timeoutMs: 2000, systemToken });
});
afterAll(async () => {
  await catalog.stop();
});
afterEach(() => catalog.faults.set(null));

async function questionnaireOf(optionId: string): Promise<BookingQuestionnaire> {
  const [questionnaire] = await requirements.questionnaires([optionId]);
  if (!questionnaire) throw new Error(`no questionnaire for ${optionId}`);
  return questionnaire;
}

describe('the federated requirements port against the example catalog', () => {
  it('answers by position in one _entities call, null for an option the catalog does not know', async () => {
    const before = catalog.faults.received.length;
    const answers = await requirements.questionnaires([
      MORNING_TOUR.id,
      UNKNOWN_OPTION_ID,
      PRIVATE_TOUR.id,
      MORNING_TOUR.id,
    ]);
    expect(answers.map((answer) => answer?.optionId ?? null)).toEqual([
      MORNING_TOUR.id,
      null,
      PRIVATE_TOUR.id,
      MORNING_TOUR.id,
    ]);
    expect(catalog.faults.received.length - before).toBe(1);
    expect(catalog.faults.received.at(-1)?.operationName).toBe('BookingsQuestionnaires');
  });

  it('makes no call for no options', async () => {
    const before = catalog.faults.received.length;
    expect(await requirements.questionnaires([])).toEqual([]);
    expect(catalog.faults.received.length).toBe(before);
  });

  it('sends a system principal token as the bearer', async () => {
    await requirements.questionnaires([MORNING_TOUR.id]);
    const authorization = catalog.faults.received.at(-1)?.authorization ?? '';
    expect(decodeJwt(authorization.replace(/^Bearer /, ''))).toMatchObject({ principal_type: 'system' });
  });

  it("lists the product's questions with no override on the option that has none", async () => {
    const { questions } = await questionnaireOf(MORNING_TOUR.id);
    expect(questions.map((question) => question.id)).toEqual([
      DIETARY_QUESTION.id,
      PICKUP_HOTEL_QUESTION.id,
      CHILD_AGE_QUESTION.id,
      T_SHIRT_SIZE_QUESTION.id,
      GUIDE_LANGUAGE_QUESTION.id,
    ]);
    expect(questions.find((question) => question.id === PICKUP_HOTEL_QUESTION.id)).toMatchObject({
      target: 'BOOKING',
      fieldType: 'TEXT',
      isRequired: true,
      optionOverride: null,
      triggers: [],
    });
  });

  it("carries the option's override of a question", async () => {
    const { questions } = await questionnaireOf(PRIVATE_TOUR.id);
    expect(questions.find((question) => question.id === PICKUP_HOTEL_QUESTION.id)?.optionOverride).toBe('HIDDEN');
  });

  it('turns each trigger kind into its own shape', async () => {
    const { questions } = await questionnaireOf(MORNING_TOUR.id);
    const triggersOf = (questionId: string) => questions.find((question) => question.id === questionId)?.triggers;
    expect(triggersOf(CHILD_AGE_QUESTION.id)).toEqual([
      { kind: 'UNIT', unitId: CHILD_UNIT_ID, minQuantity: 1, mode: 'REQUIRED' },
    ]);
    expect(triggersOf(T_SHIRT_SIZE_QUESTION.id)).toEqual([
      { kind: 'EXTRA', extraProductId: TOUR_T_SHIRT_ID, minQuantity: 1, mode: 'REQUIRED' },
    ]);
    expect(triggersOf(GUIDE_LANGUAGE_QUESTION.id)).toEqual([
      { kind: 'OPTION', optionId: PRIVATE_TOUR.id, mode: 'OPTIONAL' },
    ]);
  });

  it('carries the options of a select question', async () => {
    const { questions } = await questionnaireOf(MORNING_TOUR.id);
    expect(questions.find((question) => question.id === T_SHIRT_SIZE_QUESTION.id)?.options).toEqual(
      T_SHIRT_SIZE_QUESTION.options,
    );
  });

  it("carries the option's contact requirements, and no questions where the product has none", async () => {
    expect(await questionnaireOf(DOUBLE_CABIN.id)).toEqual({
      optionId: DOUBLE_CABIN.id,
      questions: [],
      contactRequirements: [
        { field: 'dateOfBirth', target: 'TRAVELER', mode: 'REQUIRED' },
        { field: 'nationality', target: 'TRAVELER', mode: 'REQUIRED' },
        { field: 'documentNumber', target: 'LEAD_TRAVELER', mode: 'REQUIRED' },
      ],
    });
  });
});

describe('the federated requirements port when the catalog fails', () => {
  it('is RequirementsUnavailable(upstream_error) when the catalog answers with errors', async () => {
    catalog.faults.set({ kind: 'error' });
    await expect(requirements.questionnaires([MORNING_TOUR.id])).rejects.toEqual(
      new RequirementsUnavailable('upstream_error'),
    );
  });

  it('is RequirementsUnavailable when the catalog answers 503', async () => {
    catalog.faults.set({ kind: 'unavailable' });
    await expect(requirements.questionnaires([MORNING_TOUR.id])).rejects.toBeInstanceOf(RequirementsUnavailable);
  });

  it('is RequirementsUnavailable(timeout) once PORT_TIMEOUT_MS has passed without an answer', async () => {
    catalog.faults.set({ kind: 'hang' });
    const impatient = federatedRequirements({ url: catalog.url, timeoutMs: 150 });
    await expect(impatient.questionnaires([MORNING_TOUR.id])).rejects.toEqual(new RequirementsUnavailable('timeout'));
  });

  it('is RequirementsUnavailable(unreachable) when nothing listens', async () => {
    const gone = await startCatalogSubgraph({ port: 0 });
    await gone.stop();
    const unreachable = federatedRequirements({ url: gone.url, timeoutMs: 2000 });
    await expect(unreachable.questionnaires([MORNING_TOUR.id])).rejects.toEqual(
      new RequirementsUnavailable('unreachable'),
    );
  });

  describe('with an answer of the wrong shape', () => {
    let server: Server;
    let answer: unknown;
    let url: string;

    beforeAll(async () => {
      server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      });
      url = `http://127.0.0.1:${await listenOnLoopback(server)}/`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    const questionnaire = { optionId: MORNING_TOUR.id, questions: [], contactRequirements: [] };
    const unitTriggerWithoutUnit = {
      id: 'bq_1',
      label: 'Age',
      fieldType: 'NUMBER',
      target: 'TRAVELER',
      isRequired: false,
      optionOverride: null,
      options: [],
      triggers: [
        { kind: 'UNIT', unitId: null, optionId: null, extraProductId: null, minQuantity: 1, mode: 'REQUIRED' },
      ],
    };

    it.each([
      [
        'another option than asked for',
        { data: { _entities: [{ id: PRIVATE_TOUR.id, bookingQuestionnaire: questionnaire }] } },
      ],
      ['fewer answers than options', { data: { _entities: [] } }],
      [
        'a unit trigger without its unit',
        {
          data: {
            _entities: [
              { id: MORNING_TOUR.id, bookingQuestionnaire: { ...questionnaire, questions: [unitTriggerWithoutUnit] } },
            ],
          },
        },
      ],
      [
        'an unknown field type',
        {
          data: {
            _entities: [
              {
                id: MORNING_TOUR.id,
                bookingQuestionnaire: {
                  ...questionnaire,
                  questions: [{ ...unitTriggerWithoutUnit, fieldType: 'SIGNATURE', triggers: [] }],
                },
              },
            ],
          },
        },
      ],
    ])('is RequirementsUnavailable(invalid_response) for %s', async (_what, body) => {
      answer = body;
      const port = federatedRequirements({ url, timeoutMs: 2000 });
      await expect(port.questionnaires([MORNING_TOUR.id])).rejects.toEqual(
        new RequirementsUnavailable('invalid_response'),
      );
    });

    it('reads a known option without a questionnaire as one that asks nothing', async () => {
      answer = { data: { _entities: [{ id: MORNING_TOUR.id, bookingQuestionnaire: null }] } };
      expect(await federatedRequirements({ url, timeoutMs: 2000 }).questionnaires([MORNING_TOUR.id])).toEqual([
        questionnaire,
      ]);
    });
  });
});
