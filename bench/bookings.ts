import { Pool } from 'pg';
import { typeid } from 'typeid-js';
import { ITEMS_PER_BOOKING, seedBookings, TRAVELERS_PER_BOOKING } from './bookings-data';
import { at, body, call, expectShape } from './harness/graphql';
import { httpFigures, MIB } from './harness/figures';
import {
  measureHttp,
  measureLoop,
  type IterationContext,
  type LoopMeasurement,
  type RequestStep,
} from './harness/load';
import type { Figure, TargetCheck } from './harness/report';
import type { BenchEnvironment, BenchServer, BenchSuite } from './registry';
import { ENTITY_BATCHES, readScenarios } from './read-scenarios';

const SEED_BOOKINGS = 2000;
const LIST_PAGE_SIZE = 50;
/** Page sizes whose statement counts are checked (issue 2: ≤ 6 at any page size). */
const CHECKED_PAGE_SIZES = [1, 5, 20, 50, 100];
const TARGETS = { bookingRatio: 5, listRatio: 25, listStatements: 6 } as const;
/** Concurrency levels when BENCH_CONNECTIONS is not set. */
const DEFAULT_CONNECTIONS = [1, 8];

const BOOKING_SELECTION = `id bookingNumber status version startDate endDate pax
  sellAmount { amountCents currency }
  contact { firstName lastName email }
  items { id title itemType status quantity unitSellAmount { amountCents currency } totalSellAmount {
  amountCents currency } }
  travelers { id firstName lastName category isPrimary }`;

export const OPERATIONS = {
  booking: `query BenchBooking($id: ID!) { booking(id: $id) { ${BOOKING_SELECTION} } }`,
  bookings: `query BenchBookings($first: Int!) { bookings(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${BOOKING_SELECTION} origin { originSource quoteVersionId createdAt } } }
  } }`,
  create: `mutation BenchCreate($input: CreateBookingInput!) { createBooking(input: $input) {
    __typename
    ... on Booking { id bookingNumber status version sellAmount { amountCents currency } items { id } travelers { id } }
    ... on BookingError { code message }
  } }`,
  confirm: `mutation BenchConfirm($input: TransitionBookingInput!) { transitionBooking(input: $input) {
    __typename
    ... on Booking { id status version confirmedAt }
    ... on BookingError { code message }
  } }`,
} as const;

/** A createBooking input with the seeded shape: 3 items, 2 travelers and an origin. */
function createInput(sequence: number): Record<string, unknown> {
  return {
    sellCurrency: 'EUR',
    externalBookingRef: `BENCH-${sequence}`,
    contact: {
      firstName: 'Ana',
      lastName: `Bench${sequence}`,
      email: `ana.bench${sequence}@example.com`,
      phone: '+40 712 345 678',
    },
    startDate: '2027-03-01',
    endDate: '2027-03-05',
    items: [
      {
        title: 'Hotel Danube Delta, 4 nights',
        itemType: 'ACCOMMODATION',
        quantity: 1,
        unitSellAmount: { amountCents: 48000, currency: 'EUR' },
      },
      {
        title: 'Airport transfer',
        itemType: 'TRANSPORT',
        quantity: 2,
        unitSellAmount: { amountCents: 3500, currency: 'EUR' },
      },
      {
        title: 'Delta boat tour',
        itemType: 'SERVICE',
        quantity: 2,
        unitSellAmount: { amountCents: 12500, currency: 'EUR' },
      },
    ],
    travelers: [
      { firstName: 'Ana', lastName: `Bench${sequence}`, isPrimary: true },
      { firstName: 'Ion', lastName: `Bench${sequence}`, category: 'ADULT' },
    ],
    origin: { originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId: typeid('qver').toString() },
  };
}

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : -1);
/** A cheap check on hot paths: parsing a 100 kB page per response would load the client. */
const hasNoErrors = (text: string): boolean => !text.includes('"errors"');

/** Steps for the three GraphQL scenarios (request bodies are built ahead to keep the client light). */
function scenarioSteps(
  bookingIds: readonly string[],
): Record<'a' | 'b' | 'c', { operation: string; steps: RequestStep[] }> {
  const bookingBodies = bookingIds.map((id) => body(OPERATIONS.booking, { id }));
  let nextBooking = 0;
  const listBody = body(OPERATIONS.bookings, { first: LIST_PAGE_SIZE });
  const createBodies = Array.from({ length: 256 }, (_, index) =>
    body(OPERATIONS.create, { input: createInput(index) }),
  );
  let nextCreate = 0;
  return {
    a: {
      operation: '(a) booking(id) + items + travelers',
      steps: [
        {
          name: 'booking(id)',
          body: () => bookingBodies[nextBooking++ % bookingBodies.length],
          accept: (text) => hasNoErrors(text) && !text.includes('"booking":null'),
        },
      ],
    },
    b: {
      operation: `(b) bookings(first: ${LIST_PAGE_SIZE}) + items + travelers + origin`,
      steps: [{ name: `bookings(first: ${LIST_PAGE_SIZE})`, body: () => listBody, accept: hasNoErrors }],
    },
    c: {
      operation: '(c) createBooking → transitionBooking(CONFIRMED)',
      steps: [
        {
          name: 'createBooking',
          body: () => createBodies[nextCreate++ % createBodies.length],
          accept: (text, context: IterationContext) => {
            const json: unknown = JSON.parse(text);
            const id = at(json, 'data', 'createBooking', 'id');
            const version = at(json, 'data', 'createBooking', 'version');
            context.bookingId = typeof id === 'string' ? id : undefined;
            context.version = typeof version === 'number' ? version : undefined;
            return typeof id === 'string';
          },
        },
        {
          name: 'transitionBooking',
          body: (context) =>
            body(OPERATIONS.confirm, {
              input: { id: context.bookingId ?? 'book_missing', to: 'CONFIRMED', expectedVersion: context.version },
            }),
          accept: (text) => text.includes('"status":"CONFIRMED"'),
        },
      ],
    },
  };
}

function rawFigure(label: string, connections: number, measured: LoopMeasurement): Figure {
  return {
    scenario: 'raw',
    operation: label,
    connections,
    seconds: measured.seconds,
    count: measured.latency.count,
    p50Ms: measured.latency.p50Ms,
    p90Ms: measured.latency.p90Ms,
    p99Ms: measured.latency.p99Ms,
    throughput: measured.throughput,
    throughputUnit: 'q/s',
    sqlStatements: { min: 1, median: 1, max: 1, distribution: { '1': measured.latency.count } },
    serverCpuMsPerOp: null,
    serverEventLoopUtilization: null,
    serverPeakRssMiB: null,
    failures: measured.failures,
    ratioToBaseline: null,
    target: null,
  };
}

/** `select * from bookings where id = $1` through a plain `pg` pool of `connections` clients. */
async function measureRawSelect(
  url: string,
  bookingIds: readonly string[],
  connections: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoopMeasurement> {
  const pool = new Pool({ connectionString: url, max: connections });
  try {
    const select = async (iteration: number): Promise<void> => {
      const result = await pool.query('select * from bookings where id = $1', [
        bookingIds[iteration % bookingIds.length],
      ]);
      if (result.rowCount !== 1) throw new Error('the keyed select found no row');
    };
    await measureLoop(connections, Math.max(warmupSeconds, 0.2), select);
    return await measureLoop(connections, seconds, select);
  } finally {
    await pool.end();
  }
}

async function sanityChecks(
  server: BenchServer,
  headers: Record<string, string>,
  bookingIds: readonly string[],
): Promise<{ pageStatements: Record<number, number>; notes: string[] }> {
  const single = await call(server.url, headers, OPERATIONS.booking, { id: bookingIds[0] });
  expectShape(
    single.status === 200 &&
      lengthOf(at(single.json, 'data', 'booking', 'items')) === ITEMS_PER_BOOKING &&
      lengthOf(at(single.json, 'data', 'booking', 'travelers')) === TRAVELERS_PER_BOOKING,
    `booking(id) answers with ${ITEMS_PER_BOOKING} items and ${TRAVELERS_PER_BOOKING} travelers`,
    single,
  );
  const pageStatements: Record<number, number> = {};
  for (const first of CHECKED_PAGE_SIZES) {
    const page = await call(server.url, headers, OPERATIONS.bookings, { first });
    const edges = at(page.json, 'data', 'bookings', 'edges');
    expectShape(
      page.status === 200 && lengthOf(edges) === first,
      `bookings(first: ${first}) answers ${first} edges`,
      page,
    );
    if (Array.isArray(edges)) {
      const complete = edges.every(
        (edge) =>
          lengthOf(at(edge, 'node', 'items')) === ITEMS_PER_BOOKING &&
          lengthOf(at(edge, 'node', 'travelers')) === TRAVELERS_PER_BOOKING &&
          typeof at(edge, 'node', 'origin', 'originSource') === 'string',
      );
      expectShape(complete, `every node of bookings(first: ${first}) has its items, travelers and origin`, page);
    }
    pageStatements[first] = page.statements;
  }
  const created = await call(server.url, headers, OPERATIONS.create, { input: createInput(-1) });
  const id = at(created.json, 'data', 'createBooking', 'id');
  expectShape(typeof id === 'string', 'createBooking answers a Booking', created);
  const confirmed = await call(server.url, headers, OPERATIONS.confirm, { input: { id, to: 'CONFIRMED' } });
  expectShape(
    at(confirmed.json, 'data', 'transitionBooking', 'status') === 'CONFIRMED',
    'transitionBooking to CONFIRMED succeeds',
    confirmed,
  );
  return {
    pageStatements,
    notes: [
      `Sanity run: booking(id) ${single.statements} statements; bookings(first: n) statements by page size: ` +
        `${CHECKED_PAGE_SIZES.map((first) => `${first} → ${pageStatements[first]}`).join(', ')}; ` +
        `createBooking ${created.statements}, transitionBooking ${confirmed.statements}.`,
    ],
  };
}

const describe = (seeded: number): string =>
  `read and write paths of issues 2 §6 and 15 on ${seeded.toLocaleString('en-US')} seeded bookings (3 items, ` +
  `2 travelers, an origin each)`;
const seededCount = (): number =>
  Number(process.env.BENCH_BOOKINGS ?? process.env.BENCH_SEED_BOOKINGS ?? SEED_BOOKINGS);
const DESCRIPTION = describe(seededCount());
/** Scenario keys of this suite, in the order they run. */
const SCENARIO_KEYS = [
  'raw',
  'a',
  'b',
  'count',
  'name',
  'email',
  ...ENTITY_BATCHES.map((count) => `e${count}`),
  'soak',
  'c',
];
/** Issue 15 §3: (a) at c=8 for a sustained window; throughput and the server's RSS over it. */
const SOAK = { connections: 8, throughput: 1500, rssMiB: 250 } as const;
/** Issue 15 §2: 100 representations at most 3× one. */
const ENTITIES_RATIO = 3;

export const bookingsBench: BenchSuite = {
  name: 'bookings',
  description: DESCRIPTION,
  async run(environment: BenchEnvironment) {
    const { options, log } = environment;
    const wanted = (key: string): boolean => !options.scenarios || options.scenarios.has(key);
    const levels = options.connections ?? DEFAULT_CONNECTIONS;
    if (!SCENARIO_KEYS.some(wanted)) {
      return {
        suite: 'bookings',
        description: DESCRIPTION,
        figures: [],
        targets: [],
        notes: [`Skipped: BENCH_ONLY names none of ${SCENARIO_KEYS.join(', ')}.`],
      };
    }
    const seedCount = seededCount();
    if (!Number.isInteger(seedCount) || seedCount < 1)
      throw new Error(
        `BENCH_BOOKINGS must be a positive integer, not ` +
          `${process.env.BENCH_BOOKINGS ?? process.env.BENCH_SEED_BOOKINGS}`,
      );
    const description = describe(seedCount);
    // Six windows by default (60 s at the default 10 s windows), so a quick run stays quick.
    const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? options.seconds * 6);

    const database = await environment.createDatabase('bookings');
    const seedStarted = Date.now();
    const bookingIds = await seedBookings(database, seedCount);
    await database.release();
    log(`seeded ${bookingIds.length} bookings in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

    const server = await environment.startServer(database.url);
    const token = await environment.token({
      sub: 'usr_bench',
      principalType: 'user',
      scope: 'bookings:read bookings:write',
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    if (options.requestFtv1) headers['apollo-federation-include-trace'] = 'ftv1';
    const piiToken = await environment.token({
      sub: 'usr_bench_pii',
      principalType: 'user',
      scope: 'bookings:read bookings-pii:read',
    });
    const piiHeaders: Record<string, string> = { ...headers, authorization: `Bearer ${piiToken}` };
    log(`server pid ${server.pid} at ${server.url}`);
    const sanity = await sanityChecks(server, headers, bookingIds);

    const rawBefore: Figure[] = [];
    const rawAfter: Figure[] = [];
    const graphql: Figure[] = [];
    let lifetimeMaxRss = 0;
    const measureRaw = async (into: Figure[], label: string): Promise<void> => {
      if (!wanted('raw')) return;
      for (const connections of levels) {
        log(`${label}, c=${connections}`);
        into.push(
          rawFigure(
            label,
            connections,
            await measureRawSelect(database.url, bookingIds, connections, options.seconds, options.warmupSeconds),
          ),
        );
      }
    };

    await measureRaw(rawBefore, 'raw pg: select * from bookings where id = $1');
    const scenarios = scenarioSteps(bookingIds);
    const window = async (
      key: string,
      operation: string,
      steps: RequestStep[],
      connections: number,
      seconds: number,
      callerHeaders = headers,
      on = server,
    ): Promise<Figure[]> => {
      log(`${operation}, c=${connections}`);
      const load = { url: on.url, headers: callerHeaders, steps, connections };
      if (options.warmupSeconds > 0) await measureHttp({ ...load, seconds: options.warmupSeconds });
      const { result, stats } = await on.phase(`${key}-c${connections}`, () => measureHttp({ ...load, seconds }));
      lifetimeMaxRss = Math.max(lifetimeMaxRss, stats.lifetimeMaxRssBytes);
      const figures = httpFigures(key, operation, connections, result, stats);
      graphql.push(...figures);
      return figures;
    };
    const reads = readScenarios(bookingIds);
    let soak: Figure | undefined;
    for (const key of SCENARIO_KEYS) {
      if (key === 'raw' || !wanted(key)) continue;
      if (key === 'soak') {
        // A server of its own: the RSS figure is what sustained (a) holds, not the heap V8 kept
        // from earlier windows (500 representations at c=8 peak above 350 MiB and are not returned).
        const fresh = await environment.startServer(database.url);
        [soak] = await window(
          'soak',
          `(a) booking(id), sustained ${soakSeconds} s (fresh server)`,
          scenarios.a.steps,
          SOAK.connections,
          soakSeconds,
          headers,
          fresh,
        );
        await fresh.stop();
        continue;
      }
      const read = reads.find((scenario) => scenario.key === key);
      const { operation, steps } = read ?? scenarios[key as 'a' | 'b' | 'c'];
      for (const connections of levels)
        await window(key, operation, steps, connections, options.seconds, read?.personalData ? piiHeaders : headers);
    }
    await measureRaw(rawAfter, 'raw pg (again, after the GraphQL runs)');
    await server.stop();

    // The ratio's denominator: the raw select's p50 at the same concurrency, averaged over the
    // runs before and after the GraphQL scenarios so load drift on a shared machine evens out.
    const baselineP50 = new Map<number, number>();
    for (const connections of levels) {
      const samples = [...rawBefore, ...rawAfter]
        .filter((figure) => figure.connections === connections)
        .map((figure) => figure.p50Ms);
      if (samples.length > 0)
        baselineP50.set(connections, samples.reduce((total, value) => total + value, 0) / samples.length);
    }
    for (const figure of graphql) {
      const baseline = baselineP50.get(figure.connections);
      figure.ratioToBaseline = baseline ? figure.p50Ms / baseline : null;
    }

    const targets: TargetCheck[] = [];
    const targetConnections = levels.includes(1) ? 1 : Math.min(...levels);
    const primary = (scenario: string): Figure | undefined =>
      graphql.find((figure) => figure.scenario === scenario && figure.connections === targetConnections);
    const ratioTarget = (scenario: string, limit: number, description: string): void => {
      const figure = primary(scenario);
      if (!figure || figure.ratioToBaseline === null) return;
      const met = figure.ratioToBaseline <= limit;
      figure.target = `≤ ${limit}×: ${met ? 'met' : 'NOT met'}`;
      targets.push({
        description,
        met,
        detail:
          `${figure.ratioToBaseline.toFixed(1)}× (p50 ${figure.p50Ms.toFixed(2)} ms vs raw ` +
          `${(baselineP50.get(targetConnections) ?? Number.NaN).toFixed(3)} ms, c=${targetConnections})`,
      });
    };
    ratioTarget('a', TARGETS.bookingRatio, `(a) booking(id) p50 ≤ ${TARGETS.bookingRatio}× the raw keyed select`);
    ratioTarget(
      'b',
      TARGETS.listRatio,
      `(b) bookings(first: ${LIST_PAGE_SIZE}) p50 ≤ ${TARGETS.listRatio}× the raw keyed select`,
    );
    const listFigures = graphql.filter((figure) => figure.scenario === 'b');
    const loadMax = Math.max(...listFigures.map((figure) => figure.sqlStatements?.max ?? Number.NaN));
    const pageMax = Math.max(...Object.values(sanity.pageStatements));
    const statementsMet =
      pageMax <= TARGETS.listStatements && (listFigures.length === 0 || loadMax <= TARGETS.listStatements);
    targets.push({
      description: `(b) ≤ ${TARGETS.listStatements} SQL statements at any page size`,
      met: statementsMet,
      detail:
        `page sizes ${CHECKED_PAGE_SIZES.join('/')}: ` +
        CHECKED_PAGE_SIZES.map((first) => sanity.pageStatements[first]).join('/') +
        (listFigures.length > 0 ? `; max under load ${loadMax}` : ''),
    });
    const bFigure = primary('b');
    if (bFigure?.target) bFigure.target += `; ≤ ${TARGETS.listStatements} stmts: ${statementsMet ? 'met' : 'NOT met'}`;

    const one = primary('e1');
    const hundred = primary('e100');
    if (one && hundred) {
      const ratio = hundred.p50Ms / one.p50Ms;
      hundred.target = `≤ ${ENTITIES_RATIO}× e1: ${ratio <= ENTITIES_RATIO ? 'met' : 'NOT met'}`;
      targets.push({
        description: `_entities with 100 representations p50 ≤ ${ENTITIES_RATIO}× one representation`,
        met: ratio <= ENTITIES_RATIO,
        detail:
          `${ratio.toFixed(1)}× (p50 ${hundred.p50Ms.toFixed(2)} ms vs ${one.p50Ms.toFixed(2)} ms, ` +
          `c=${targetConnections}); SQL statements ${hundred.sqlStatements?.max ?? '?'}`,
      });
    }
    if (soak) {
      const met = soak.throughput >= SOAK.throughput && (soak.serverPeakRssMiB ?? Infinity) <= SOAK.rssMiB;
      const throughput = SOAK.throughput.toLocaleString('en-US');
      soak.target = `≥ ${throughput} req/s, ≤ ${SOAK.rssMiB} MiB: ${met ? 'met' : 'NOT met'}`;
      targets.push({
        description:
          `(a) at c=${SOAK.connections} sustained ${soakSeconds} s: ≥ ${SOAK.throughput} req/s, ` +
          `server RSS ≤ ${SOAK.rssMiB} MiB`,
        met,
        detail: `${soak.throughput.toFixed(0)} req/s, peak RSS ${(soak.serverPeakRssMiB ?? Number.NaN).toFixed(0)} MiB`,
      });
    }

    const notes = [...sanity.notes];
    const figures = [...rawBefore, ...graphql, ...rawAfter];
    const failed = figures.filter((figure) => figure.failures > 0);
    if (failed.length > 0)
      notes.push(
        'Failures: ' +
          failed.map((figure) => `${figure.operation} c=${figure.connections}: ${figure.failures}`).join('; ') +
          '.',
      );
    if (lifetimeMaxRss > 0)
      notes.push(`Server maxRSS over its whole life (resourceUsage): ${(lifetimeMaxRss / MIB).toFixed(0)} MiB.`);
    notes.push(
      `Ratios divide by the raw select's p50 at the same concurrency (mean of the runs before and after); ` +
        `targets are judged at c=${targetConnections}.`,
      'The server runs alone in a child process (compiled src/, createApp defaults, NODE_ENV=production); ' +
        'autocannon and the raw pg loop run in the parent; PostgreSQL is on loopback; all share the same cores.',
      '(c) rows: each step separately, then the pair (sum of both latencies per iteration on one connection; ' +
        'CPU per pair).',
    );
    return { suite: 'bookings', description, figures, targets, notes };
  },
};
