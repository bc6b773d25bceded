import { capacityOf, declareCapacity } from '../fixtures/inventory';
import {
  ABORT_SAGA,
  expireLeases,
  planInput,
  planLines,
  recover,
  RESERVATION_PLAN,
  RETRY_SAGA,
  SAGAS,
  submitPlan,
  type ReservationPlanView,
} from '../fixtures/sagas';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { sagaFakes } from '../helpers/saga-ports';
import { startTestApp, type TestApp } from '../helpers/test-app';

const fakes = sagaFakes();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ app: { sagas: fakes.options } });
});
afterAll(() => app.stop());

const ADMIN = { sub: 'usr_admin', type: 'user' as const, scope: 'bookings:*' };
const WRITER = { sub: 'svc_trips', type: 'api_key' as const, scope: 'bookings:read bookings:write' };

async function planById(id: string): Promise<ReservationPlanView> {
  const response = await app.graphql<{ reservationPlan: ReservationPlanView | null }>(RESERVATION_PLAN, { id });
  const plan = response.data?.reservationPlan;
  if (!plan) throw new Error(`plan ${id} not found`);
  return plan;
}

/** The id of the one plan saga filed under `reservationPlanId`. */
async function planIdOf(reservationPlanId: unknown): Promise<string> {
  const rows = await app.database.pool.query<{ id: string }>(`select id from booking_sagas where external_ref = $1`, [
    reservationPlanId,
  ]);
  const id = rows.rows[0]?.id;
  if (!id) throw new Error('no saga for the plan');
  return id;
}

/** Submits a three-line plan with a crash armed at `step`/`phase`; answers the interrupted plan's id and slot. */
async function interruptedPlan(step: string, phase: 'before-commit' | 'after-commit') {
  const slot = await declareCapacity(app, 5);
  const input = planInput([planLines.catalog('a', slot, 2), planLines.external('b'), planLines.manual('c')]);
  fakes.crash.arm(step, phase);
  const response = await submitPlan(app, input);
  expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
  return { id: await planIdOf(input.reservationPlanId), slot };
}

const count = (keys: string[], key: string) => keys.filter((candidate) => candidate === key).length;

describe('crash injection after each step of a reservation plan', () => {
  const cases: [string, 'before-commit' | 'after-commit'][] = [
    ['line-1', 'before-commit'],
    ['line-1', 'after-commit'],
    ['line-2', 'before-commit'],
    ['line-2', 'after-commit'],
    ['line-3', 'after-commit'],
    ['hold', 'before-commit'],
  ];
  it.each(cases)(
    'a crash at %s (%s) is compensated by recovery with exactly one effect per key',
    async (step, phase) => {
      const { id, slot } = await interruptedPlan(step, phase);
      expect((await planById(id)).status).toBe('RUNNING');
      expireLeases(app);
      const report = await recover(app);
      expect(report.claimed).toContain(id);
      const plan = await planById(id);
      expect({ status: plan.status, booking: plan.booking.status }).toEqual({ status: 'FAILED', booking: 'CANCELLED' });
      expect((await capacityOf(app, slot))?.consumed).toBe(0);
      const key = `${id}:line-2`;
      const reachedLine2 = step !== 'line-1';
      expect(count(fakes.providers.acme.reserveKeys, key)).toBe(reachedLine2 ? 1 : 0);
      // A line that started is released once, even if its hold was never recorded
      // (a key unknown to the provider is harmless).
      expect(count(fakes.providers.acme.releaseKeys, key)).toBe(reachedLine2 ? 1 : 0);
      expect(fakes.providers.acme.holds.get(key)?.released ?? true).toBe(true);
    },
  );

  it('a crash after the last step leaves a plan that succeeded, which recovery does not touch', async () => {
    const { id, slot } = await interruptedPlan('hold', 'after-commit');
    expireLeases(app);
    expect((await recover(app)).claimed).not.toContain(id);
    const plan = await planById(id);
    expect({
      status: plan.status,
      booking: plan.booking.status,
      consumed: (await capacityOf(app, slot))?.consumed,
    }).toEqual({ status: 'SUCCEEDED', booking: 'ON_HOLD', consumed: 2 });
    expect(count(fakes.providers.acme.reserveKeys, `${id}:line-2`)).toBe(1);
    expect(count(fakes.providers.acme.releaseKeys, `${id}:line-2`)).toBe(0);
  });

  it('leaves a run whose lease is still live to its driver', async () => {
    const { id } = await interruptedPlan('line-1', 'after-commit');
    expect((await recover(app)).claimed).not.toContain(id);
    expireLeases(app);
    expect((await recover(app)).claimed).toContain(id);
  });
});

describe('two recoverers at once', () => {
  it('claim each interrupted saga exactly once', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) ids.push((await interruptedPlan('line-2', 'after-commit')).id);
    expireLeases(app);
    const [first, second] = await Promise.all([recover(app), recover(app)]);
    const claimed = [...(first?.claimed ?? []), ...(second?.claimed ?? [])].filter((id) => ids.includes(id));
    expect(claimed.sort()).toEqual([...ids].sort());
    for (const id of ids) expect(count(fakes.providers.acme.releaseKeys, `${id}:line-2`)).toBe(1);
  });
});

describe('retrySaga and abortSaga', () => {
  it('retries the releases of a COMPENSATION_FAILED plan until it is FAILED', async () => {
    fakes.providers.acme.faults.fail('release', 'PROVIDER_UNAVAILABLE');
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(
        app,
        planInput([planLines.external('b'), planLines.catalog('c', await declareCapacity(app, 0))]),
      ),
      'submitReservationPlan',
      'ReservationPlan',
    );
    expect(plan.status).toBe('COMPENSATION_FAILED');
    const retried = expectSuccess<{ __typename: string; status: string; steps: { name: string; status: string }[] }>(
      await app.graphql(RETRY_SAGA, { input: { id: plan.id } }, { as: ADMIN }),
      'retrySaga',
      'Saga',
    );
    expect(retried.status).toBe('FAILED');
    expect(retried.steps.find((step) => step.name === 'line-1')?.status).toBe('COMPENSATED');
  });

  it('refuses to retry a saga that succeeded', async () => {
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(app, planInput([planLines.manual('a')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    expectOutcome(
      await app.graphql(RETRY_SAGA, { input: { id: plan.id } }, { as: ADMIN }),
      'retrySaga',
      'SAGA_NOT_RETRYABLE',
    );
  });

  it('answers SAGA_BUSY while another runner holds the lease, then drives the saga once it has run out', async () => {
    const { id } = await interruptedPlan('line-1', 'after-commit');
    expectOutcome(await app.graphql(RETRY_SAGA, { input: { id } }, { as: ADMIN }), 'retrySaga', 'SAGA_BUSY');
    expireLeases(app);
    const retried = expectSuccess<{ __typename: string; status: string }>(
      await app.graphql(RETRY_SAGA, { input: { id } }, { as: ADMIN }),
      'retrySaga',
      'Saga',
    );
    expect(retried.status).toBe('FAILED');
  });

  it('aborts an interrupted plan: what it held is released and the failure says ABORTED', async () => {
    const { id, slot } = await interruptedPlan('line-2', 'after-commit');
    expireLeases(app);
    const aborted = expectSuccess<{ __typename: string; status: string; failure: { code: string } }>(
      await app.graphql(ABORT_SAGA, { input: { id } }, { as: ADMIN }),
      'abortSaga',
      'Saga',
    );
    expect({ status: aborted.status, failure: aborted.failure.code }).toEqual({ status: 'FAILED', failure: 'ABORTED' });
    expect((await capacityOf(app, slot))?.consumed).toBe(0);
  });

  it('refuses to abort a finished saga', async () => {
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(app, planInput([planLines.manual('a')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    expectOutcome(
      await app.graphql(ABORT_SAGA, { input: { id: plan.id } }, { as: ADMIN }),
      'abortSaga',
      'SAGA_NOT_ABORTABLE',
    );
  });

  it('needs bookings:admin', async () => {
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(app, planInput([planLines.manual('a')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    expectGraphqlError(await app.graphql(RETRY_SAGA, { input: { id: plan.id } }, { as: WRITER }), 'FORBIDDEN');
    expectGraphqlError(await app.graphql(ABORT_SAGA, { input: { id: plan.id } }, { as: WRITER }), 'FORBIDDEN');
  });
});

describe('sagas(filter)', () => {
  it('lists sagas newest first, filtered by booking, for admins only', async () => {
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(app, planInput([planLines.manual('a')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    const response = await app.graphql<{
      sagas: { totalCount: number; edges: { node: { id: string; kind: string; steps: { name: string }[] } }[] };
    }>(SAGAS, { filter: { bookingId: plan.booking.id } }, { as: ADMIN });
    expect(response.data?.sagas.totalCount).toBe(1);
    expect(response.data?.sagas.edges[0]?.node).toMatchObject({
      id: plan.id,
      kind: 'RESERVATION_PLAN',
      steps: [{ name: 'open' }, { name: 'line-1' }, { name: 'hold' }],
    });
    expectGraphqlError(await app.graphql(SAGAS, {}, { as: WRITER }), 'FORBIDDEN');
  });

  it('pages with a cursor', async () => {
    const first = await app.graphql<{
      sagas: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(SAGAS, { first: 1, filter: { kind: 'RESERVATION_PLAN' } }, { as: ADMIN });
    const page = first.data?.sagas;
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const next = await app.graphql<{ sagas: { edges: { node: { id: string } }[] } }>(
      SAGAS,
      { first: 1, after: page?.pageInfo.endCursor, filter: { kind: 'RESERVATION_PLAN' } },
      { as: ADMIN },
    );
    expect(next.data?.sagas.edges[0]?.node.id).not.toBe(page?.edges[0]?.node.id);
  });
});
