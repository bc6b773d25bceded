import { capacityOf, declareCapacity } from '../fixtures/inventory';
import { planInput, planLines, RESERVATION_PLAN, submitPlan, type ReservationPlanView } from '../fixtures/sagas';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { sagaFakes } from '../helpers/saga-ports';
import { startTestApp, type TestApp } from '../helpers/test-app';

const fakes = sagaFakes();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ app: { sagas: fakes.options } });
});
afterAll(() => app.stop());

const submitted = async (input: Record<string, unknown>): Promise<ReservationPlanView> =>
  expectSuccess<ReservationPlanView>(await submitPlan(app, input), 'submitReservationPlan', 'ReservationPlan');

const keysOf = (keys: string[], planId: string) => keys.filter((key) => key.startsWith(`${planId}:`));

describe('submitReservationPlan: lines in order', () => {
  it('holds every line in input order and puts the one booking ON_HOLD', async () => {
    const slot = await declareCapacity(app, 5);
    const plan = await submitted(
      planInput([planLines.catalog('a', slot, 2), planLines.external('b'), planLines.manual('c')]),
    );
    expect({
      status: plan.status,
      booking: plan.booking.status,
      lines: plan.lines.map((line) => [line.planLineId, line.kind, line.status]),
    }).toEqual({
      status: 'SUCCEEDED',
      booking: 'ON_HOLD',
      lines: [
        ['a', 'CATALOG_BACKED', 'RESERVED'],
        ['b', 'EXTERNAL_ORDER', 'RESERVED'],
        ['c', 'MANUAL_PLACEHOLDER', 'RESERVED'],
      ],
    });
    expect(plan.booking.items.map((item) => [item.title, item.status])).toEqual([
      ['Tour a', 'ON_HOLD'],
      ['Hotel b', 'ON_HOLD'],
      ['Transfer c', 'ON_HOLD'],
    ]);
    expect(plan.booking.sellAmount.amountCents).toBe(2 * 10000 + 20000 + 5000);
    expect((await capacityOf(app, slot))?.consumed).toBe(2);
  });

  it('runs the lines one after another, each committed before the next starts', async () => {
    const slot = await declareCapacity(app, 5);
    const from = fakes.crash.seen.length;
    const plan = await submitted(
      planInput([planLines.catalog('a', slot), planLines.external('b'), planLines.manual('c')]),
    );
    const commits = fakes.crash.seen
      .slice(from)
      .filter((point) => point.sagaId === plan.id && point.phase === 'after-commit')
      .map((point) => point.step);
    expect(commits).toEqual(['line-1', 'line-2', 'line-3', 'hold']);
  });

  it('calls the provider once for its line, keyed <planId>:<step>', async () => {
    const plan = await submitted(planInput([planLines.external('b')]));
    expect(keysOf(fakes.providers.acme.reserveKeys, plan.id)).toEqual([`${plan.id}:line-1`]);
    expect(plan.lines[0]).toMatchObject({ internalHold: false, providerRef: expect.stringMatching(/^hold_/) });
  });

  it('records an external line as an item and a PENDING supplier status carrying the provider reference', async () => {
    const plan = await submitted(planInput([planLines.external('b')]));
    expect(plan.booking.supplierStatuses).toEqual([
      {
        id: plan.lines[0]?.supplierRef,
        status: 'PENDING',
        serviceName: 'Hotel b',
        supplierReference: plan.lines[0]?.providerRef,
      },
    ]);
  });

  it('makes a manual line an internal hold with a PENDING supplier status', async () => {
    const plan = await submitted(planInput([planLines.manual('m')]));
    expect(plan.lines[0]).toMatchObject({
      kind: 'MANUAL_PLACEHOLDER',
      status: 'RESERVED',
      internalHold: true,
      providerRef: null,
    });
    expect(plan.booking.supplierStatuses.map((status) => status.status)).toEqual(['PENDING']);
  });

  it('holds a line internally, with a warning, when no adapter serves its provider', async () => {
    const plan = await submitted(planInput([planLines.external('x', 'unwired')]));
    expect(plan.lines[0]).toMatchObject({ status: 'RESERVED', internalHold: true });
    expect(plan.warnings).toEqual(['line x: no adapter for provider unwired; held internally']);
  });

  it('ends the hold at the earliest of the policy limit and the lines’ own holds', async () => {
    fakes.providers.acme.holdExpiresAt = new Date(app.clock.now().getTime() + 10 * 60_000);
    try {
      const plan = await submitted(
        planInput([planLines.catalog('a', await declareCapacity(app, 1)), planLines.external('b')]),
      );
      const tenMinutes = new Date(app.clock.now().getTime() + 10 * 60_000).toISOString();
      expect(plan.booking.holdExpiresAt).toBe(tenMinutes);
      expect(plan.booking.allocations.map((allocation) => allocation.holdExpiresAt)).toEqual([tenMinutes]);
    } finally {
      fakes.providers.acme.holdExpiresAt = null;
    }
  });

  it('writes a CATALOG_PRICE_AVAILABILITY origin carrying the reservationPlanId', async () => {
    const input = planInput([planLines.manual('m')]);
    const plan = await submitted(input);
    expect(plan.booking.origin).toEqual({
      originSource: 'CATALOG_PRICE_AVAILABILITY',
      reservationPlanId: input.reservationPlanId,
      catalogPriceResponseId: 'cpr_1',
    });
  });
});

describe('submitReservationPlan: failure and compensation', () => {
  it('rolls everything back on a capacity failure, leaving capacity unchanged', async () => {
    const plenty = await declareCapacity(app, 5);
    const scarce = await declareCapacity(app, 1);
    const plan = await submitted(
      planInput([planLines.catalog('a', plenty, 2), planLines.external('b'), planLines.catalog('c', scarce, 2)]),
    );
    expect({ status: plan.status, booking: plan.booking.status, failures: plan.failures }).toEqual({
      status: 'FAILED',
      booking: 'CANCELLED',
      failures: [{ planLineId: 'c', step: 'line-3', code: 'CAPACITY_EXHAUSTED', message: expect.any(String) }],
    });
    expect([(await capacityOf(app, plenty))?.consumed, (await capacityOf(app, scarce))?.consumed]).toEqual([0, 0]);
    expect(plan.booking.items.map((item) => item.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(fakes.providers.acme.holds.get(`${plan.id}:line-2`)?.released).toBe(true);
  });

  it('releases the reserved lines in reverse order after a later failure', async () => {
    fakes.providers.acme.faults.fail('reserve', 'PROVIDER_REJECTED');
    const plan = await submitted(
      planInput([
        planLines.catalog('a', await declareCapacity(app, 5)),
        planLines.manual('b'),
        planLines.external('c'),
      ]),
    );
    expect(plan.failures).toEqual([
      { planLineId: 'c', step: 'line-3', code: 'PROVIDER_REJECTED', message: expect.any(String) },
    ]);
    expect(plan.compensations.map((compensation) => [compensation.planLineId, compensation.status])).toEqual([
      ['c', 'RELEASED'],
      ['b', 'RELEASED'],
      ['a', 'RELEASED'],
    ]);
    expect(plan.lines.map((line) => line.status)).toEqual(['RELEASED', 'RELEASED', 'RELEASED']);
  });

  it('reports an unreachable provider as PROVIDER_UNAVAILABLE on its line', async () => {
    fakes.providers.acme.faults.fail('reserve', 'PROVIDER_UNAVAILABLE');
    const plan = await submitted(planInput([planLines.external('b')]));
    expect(plan.lines[0]).toMatchObject({ status: 'RELEASED', errorCode: 'PROVIDER_UNAVAILABLE' });
    expect(plan.status).toBe('FAILED');
  });

  it('still runs the other compensations when one fails, and reports COMPENSATION_FAILED', async () => {
    fakes.providers.acme.faults.fail('release', 'TIMEOUT');
    const plan = await submitted(
      planInput([
        planLines.manual('a'),
        planLines.external('b'),
        planLines.catalog('c', await declareCapacity(app, 0)),
      ]),
    );
    expect(plan.status).toBe('COMPENSATION_FAILED');
    expect(plan.compensations).toEqual([
      { planLineId: 'b', step: 'line-2', status: 'RELEASE_FAILED', code: 'TIMEOUT', message: expect.any(String) },
      { planLineId: 'a', step: 'line-1', status: 'RELEASED', code: null, message: null },
    ]);
    expect(plan.booking.status).toBe('CANCELLED');
  });

  it('reports COMPENSATION_FAILED when a provider cannot release holds', async () => {
    const plan = await submitted(
      planInput([planLines.external('a', 'norelease'), planLines.catalog('b', await declareCapacity(app, 0))]),
    );
    expect(plan.status).toBe('COMPENSATION_FAILED');
    expect(plan.compensations).toEqual([
      {
        planLineId: 'a',
        step: 'line-1',
        status: 'RELEASE_NOT_CONFIGURED',
        code: 'ADAPTER_NOT_CONFIGURED',
        message: expect.any(String),
      },
    ]);
  });

  it('keeps raw error text out of the plan', async () => {
    const plan = await submitted(planInput([planLines.catalog('a', await declareCapacity(app, 0))]));
    expect(plan.failures[0]?.message).not.toMatch(/select|insert|update|@/i);
  });
});

describe('submitReservationPlan: idempotency', () => {
  it('replays the stored plan for the same reservationPlanId and input, without running again', async () => {
    const input = planInput([planLines.external('b')]);
    const first = await submitted(input);
    const calls = fakes.providers.acme.calls.reserve;
    const again = await submitted(input);
    expect(again).toEqual(first);
    expect(fakes.providers.acme.calls.reserve).toBe(calls);
  });

  it('replays a FAILED plan as it failed', async () => {
    const input = planInput([planLines.catalog('a', await declareCapacity(app, 0))]);
    const first = await submitted(input);
    expect(first.status).toBe('FAILED');
    expect(await submitted(input)).toEqual(first);
  });

  it('refuses another input under the same reservationPlanId', async () => {
    const input = planInput([planLines.manual('a')]);
    await submitted(input);
    const response = await submitPlan(app, { ...input, lines: [planLines.manual('other')] });
    expectOutcome(response, 'submitReservationPlan', 'IDEMPOTENCY_KEY_REUSED');
  });

  it('runs 10 concurrent submits of one plan once', async () => {
    const slot = await declareCapacity(app, 10);
    const input = planInput([planLines.catalog('a', slot), planLines.external('b')]);
    const responses = await Promise.all(Array.from({ length: 10 }, () => submitPlan(app, input)));
    const typenames = responses.map(
      (response) => (response.data?.submitReservationPlan as { __typename?: string } | undefined)?.__typename,
    );
    expect(typenames.every((name) => name === 'ReservationPlan' || name === 'IdempotencyInFlightError')).toBe(true);
    const plan = responses
      .map((response) => response.data?.submitReservationPlan as ReservationPlanView)
      .find((value) => value.__typename === 'ReservationPlan');
    if (!plan) throw new Error('no submit ran the plan');
    expect(keysOf(fakes.providers.acme.reserveKeys, plan.id)).toEqual([`${plan.id}:line-2`]);
    expect((await capacityOf(app, slot))?.consumed).toBe(1);
  });
});

describe('submitReservationPlan: input and reads', () => {
  it('refuses a CATALOG_BACKED line without an allocation as BAD_USER_INPUT on the field', async () => {
    const line: Record<string, unknown> = { ...planLines.catalog('a', 'slot_x') };
    delete line.allocation;
    expectGraphqlError(await submitPlan(app, planInput([line])), 'BAD_USER_INPUT', 'input.lines.0.allocation');
  });

  it('refuses a provider on a MANUAL_PLACEHOLDER line', async () => {
    const line = { ...planLines.manual('a'), provider: { provider: 'acme' } };
    expectGraphqlError(await submitPlan(app, planInput([line])), 'BAD_USER_INPUT', 'input.lines.0.provider');
  });

  it('refuses more than 50 lines', async () => {
    const lines = Array.from({ length: 51 }, (_value, index) => planLines.manual(`m${index}`));
    expectGraphqlError(await submitPlan(app, planInput(lines)), 'BAD_USER_INPUT', 'input.lines');
  });

  it('reads a plan back by id', async () => {
    const plan = await submitted(planInput([planLines.manual('a')]));
    const response = await app.graphql<{ reservationPlan: ReservationPlanView }>(RESERVATION_PLAN, { id: plan.id });
    expect(response.data?.reservationPlan).toEqual(expect.objectContaining({ id: plan.id, status: 'SUCCEEDED' }));
  });

  it('reads a page of plans with bookings, lines and items in as many statements for 5 plans as for 2', async () => {
    const page = `query($first: Int) { reservationPlans(first: $first) { totalCount edges { node {
      id status booking { id status } lines { status bookingItem { id title } } failures { code } warnings } } } }`;
    for (let index = 0; index < 2; index += 1)
      await submitted(planInput([planLines.manual('a'), planLines.external('b')]));
    const two = await app.graphql(page, { first: 2 });
    for (let index = 0; index < 3; index += 1)
      await submitted(planInput([planLines.manual('a'), planLines.external('b')]));
    const five = await app.graphql(page, { first: 5 });
    expect(five.errors).toBeUndefined();
    expect(five.sqlStatements).toBe(two.sqlStatements);
  });

  it('resolves _entities by both keys', async () => {
    const plan = await submitted(planInput([planLines.manual('a')]));
    const response = await app.graphql<{ _entities: { id: string; reservationPlanId: string }[] }>(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on ReservationPlan { id reservationPlanId } }
      }`,
      {
        representations: [
          { __typename: 'ReservationPlan', id: plan.id },
          { __typename: 'ReservationPlan', reservationPlanId: plan.reservationPlanId },
        ],
      },
    );
    expect(response.data?._entities).toEqual([
      { id: plan.id, reservationPlanId: plan.reservationPlanId },
      { id: plan.id, reservationPlanId: plan.reservationPlanId },
    ]);
  });
});
