import { Writable } from 'node:stream';
import pino from 'pino';
import { createBooking, transition } from '../fixtures/bookings';
import { parseSamples, sampleValue, type Sample } from '../helpers/metrics-text';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { startHoldSweeper } from '../../src/services/hold-sweeper-job';

const logLines: Record<string, unknown>[] = [];
let app: TestApp;
let eventsFail = false;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  app = await startTestApp({
    logger: pino({ level: 'info' }, sink),
    onEvent: () => {
      if (eventsFail) throw new Error('broker unavailable');
    },
  });
});
afterAll(() => app.stop());
afterEach(() => {
  eventsFail = false;
});

const metricsUrl = () => app.url.replace('/graphql', '/metrics');

async function scrape(): Promise<Sample[]> {
  const response = await fetch(metricsUrl());
  expect(response.status).toBe(200);
  return parseSamples(await response.text());
}

const BOOKING_COUNT = `query BookingsForMetrics { bookings(first: 1) { totalCount } }`;
const operationCount = (samples: Sample[], operation: string, outcome = 'OK') =>
  sampleValue(samples, 'bookings_graphql_operation_duration_seconds_count', { operation, outcome }) ?? 0;

describe('/metrics', () => {
  it('answers in the Prometheus text format', async () => {
    const response = await fetch(metricsUrl());
    expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'text/plain; version=0.0.4; charset=utf-8',
    });
  });

  it('times each GraphQL operation under its operation name', async () => {
    const before = operationCount(await scrape(), 'BookingsForMetrics');
    await app.graphql(BOOKING_COUNT);
    const samples = await scrape();
    expect(operationCount(samples, 'BookingsForMetrics') - before).toBe(1);
    expect(
      sampleValue(samples, 'bookings_graphql_operation_duration_seconds_count', {
        operation: 'BookingsForMetrics',
        type: 'query',
      }),
    ).toBeGreaterThan(0);
  });

  it('collapses anonymous operations into one name and unparsable ones into another', async () => {
    const before = await scrape();
    await app.graphql(`{ bookings(first: 1) { totalCount } }`);
    await app.graphql(`query Broken { bookings(`);
    const after = await scrape();
    expect([
      operationCount(after, '__anonymous') - operationCount(before, '__anonymous'),
      operationCount(after, '__unknown', 'GRAPHQL_PARSE_FAILED') -
        operationCount(before, '__unknown', 'GRAPHQL_PARSE_FAILED'),
    ]).toEqual([1, 1]);
  });

  it('labels a failed operation with its error code', async () => {
    await app.graphql(
      `mutation TransitionForMetrics($input: TransitionBookingInput!) { transitionBooking(input: $input) {
        __typename } }`,
      { input: { id: 'not-an-id', to: 'CONFIRMED' } },
    );
    const samples = await scrape();
    expect(
      samples.some(
        (sample) =>
          sample.name === 'bookings_graphql_operation_duration_seconds_count' &&
          sample.labels.operation === 'TransitionForMetrics' &&
          sample.labels.outcome !== 'OK',
      ),
    ).toBe(true);
  });

  it('counts the SQL statements each request sent', async () => {
    const before = sampleValue(await scrape(), 'bookings_sql_statements_total') ?? 0;
    const response = await app.graphql(BOOKING_COUNT);
    const after = sampleValue(await scrape(), 'bookings_sql_statements_total') ?? 0;
    expect(after - before).toBe(response.sqlStatements);
    expect(response.sqlStatements).toBeGreaterThan(0);
  });

  it('times HTTP requests by route, method and status code', async () => {
    await app.graphql(BOOKING_COUNT);
    const samples = await scrape();
    expect(
      sampleValue(samples, 'bookings_http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status_code: '200',
      }),
    ).toBeGreaterThan(0);
  });

  it('reports the age of the oldest undelivered outbox event', async () => {
    eventsFail = true;
    const booking = await createBooking(app);
    expectSuccess(await transition(app, booking.id, 'CONFIRMED'), 'transitionBooking');
    app.clock.advance(90_000);
    expect(sampleValue(await scrape(), 'bookings_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
    eventsFail = false;
    await app.app.outbox.deliverPending();
    const samples = await scrape();
    expect({
      lag: sampleValue(samples, 'bookings_outbox_lag_seconds'),
      delivered: (sampleValue(samples, 'bookings_outbox_deliveries_total', { outcome: 'delivered' }) ?? 0) > 0,
    }).toEqual({ lag: 0, delivered: true });
  });

  it('reports both database pools', async () => {
    const samples = await scrape();
    expect([
      sampleValue(samples, 'bookings_db_pool_connections', { pool: 'read', state: 'total' }),
      sampleValue(samples, 'bookings_db_pool_connections', { pool: 'orm', state: 'total' }),
    ]).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('counts sweeper runs', async () => {
    const sweeper = startHoldSweeper({
      em: app.database.orm.em,
      clock: app.clock,
      config: app.config,
      outbox: app.app.outbox,
      intervalSeconds: 3600,
      logger: pino({ level: 'silent' }),
      onRun: (outcome) => app.app.metrics?.sweeperRun('hold_sweeper', outcome),
    });
    try {
      await sweeper?.runOnce();
    } finally {
      await sweeper?.stop();
    }
    expect(sampleValue(await scrape(), 'bookings_sweeper_runs_total', { sweeper: 'hold_sweeper', outcome: 'ok' })).toBe(
      1,
    );
  });
});

describe('the access log', () => {
  const requestLines = (requestId: string) =>
    logLines.filter((line) => line.msg === 'request' && line.requestId === requestId);

  it('writes one line per request with its id, operation name, duration and outcome', async () => {
    await app.graphql(BOOKING_COUNT, undefined, { headers: { 'x-request-id': 'req-access-1' } });
    expect(requestLines('req-access-1')).toEqual([
      expect.objectContaining({
        requestId: 'req-access-1',
        operation: 'BookingsForMetrics',
        route: '/graphql',
        method: 'POST',
        status: 200,
        outcome: 'OK',
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('names the error code of a refused request', async () => {
    await app.graphql(BOOKING_COUNT, undefined, { as: null, headers: { 'x-request-id': 'req-access-2' } });
    expect(requestLines('req-access-2')).toEqual([
      expect.objectContaining({ operation: 'BookingsForMetrics', outcome: 'UNAUTHENTICATED' }),
    ]);
  });

  it('never logs variables, the query text or headers', async () => {
    const planted = 'planted-guest@example.com';
    await app.graphql(
      `query SearchForMetrics($email: String) { bookings(first: 1, filter: { search: $email }) { totalCount } }`,
      { email: planted },
      { headers: { 'x-request-id': 'req-access-3' } },
    );
    const lines = requestLines('req-access-3');
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/planted-guest|query SearchForMetrics|Bearer|authorization/);
  });
});
