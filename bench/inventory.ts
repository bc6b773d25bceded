/**
 * The `inventory` suite (issue 5 §5): reservations per second on one hot slot at 1, 8 and 32
 * concurrent callers, with the slot's capacity lock wait p50/p99 and an overbooking check after
 * each run. `npm run bench:inventory` runs it alone (BENCH_SUITES=inventory).
 *
 * Each level: a warm-up on a slot of its own, then a measured window of `reserveBooking` (one
 * seat, one item, one SLOT allocation) on a fresh hot slot with room to spare, so the window
 * measures taking seats. Then the check: once the server is quiet, the slot's capacity is set to
 * what is consumed plus `c` seats and `max(4c, 16)` callers race for them at once; exactly `c` must
 * win and all others get `CapacityExhaustedError`, and the database must then hold exactly
 * `capacity` live allocations on the slot.
 */
import type { Pool } from 'pg';
import { httpFigures, MIB } from './harness/figures';
import { at, body, call, expectShape } from './harness/graphql';
import { measureHttp } from './harness/load';
import { milliseconds } from './harness/report';
import type { BenchEnvironment, BenchServer, BenchSuite, DetailTable, Figure, TargetCheck } from './registry';

const SCENARIO = 'reserve';
const DEFAULT_CONNECTIONS = [1, 8, 32];
/** Capacity of a measured slot: far more than any window reserves. */
const AMPLE_CAPACITY = 1_000_000;
const QUIET_TIMEOUT_MS = 30_000;

const RESERVE = `mutation BenchReserve($input: ReserveBookingInput!) { reserveBooking(input: $input) {
  __typename
  ... on Booking { id status }
  ... on BookingError { code }
} }`;
const DECLARE = `mutation BenchDeclare($input: SetAllocationCapacityInput!) { setAllocationCapacity(input:
  $input) { capacity consumed remaining } }`;

const reserveInput = (targetId: string): Record<string, unknown> => ({
  sellCurrency: 'EUR',
  items: [
    {
      title: 'Hot departure',
      quantity: 1,
      unitSellAmount: { amountCents: 9900, currency: 'EUR' },
      allocations: [{ kind: 'SLOT', targetId, quantity: 1 }],
    },
  ],
});

/**
 * Same definition of "live" as the capacity service (`liveAllocation` in src/read/sql.ts), evaluated independently of
 * the server.
 */
const LIVE_ON_SLOT = `select coalesce(sum(quantity), 0)::int as consumed, count(*)::int as live from booking_allocations
  where kind = 'slot' and target_id = $1 and (status in ('confirmed', 'fulfilled') or (status = 'held' and
  hold_expires_at > now()))`;

async function liveOnSlot(pool: Pool, slot: string): Promise<{ consumed: number; live: number }> {
  const { rows } = await pool.query<{ consumed: number; live: number }>(LIVE_ON_SLOT, [slot]);
  return { consumed: rows[0]?.consumed ?? 0, live: rows[0]?.live ?? 0 };
}

/**
 * autocannon drops its in-flight requests when the window ends, but the server still finishes
 * them: wait until no other session on the database is busy before reading what is consumed.
 */
async function waitUntilQuiet(pool: Pool): Promise<void> {
  const deadline = Date.now() + QUIET_TIMEOUT_MS;
  let quietReads = 0;
  while (quietReads < 3) {
    if (Date.now() > deadline) throw new Error('the bench database did not become quiet after the window');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { rows } = await pool.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity where datname = current_database() and pid <>
        pg_backend_pid() and state <> 'idle'`,
    );
    quietReads = (rows[0]?.busy ?? 1) === 0 ? quietReads + 1 : 0;
  }
}

interface RaceCheck {
  capacity: number;
  lastSeats: number;
  contenders: number;
  won: number;
  refused: number;
  other: number;
  /** Live allocations accepted answers left in the window vs what the database holds after it. */
  acceptedInWindow: number;
  consumedAfterWindow: number;
  consumedAfterRace: number;
  met: boolean;
}

async function raceForLastSeats(
  server: BenchServer,
  headers: Record<string, string>,
  pool: Pool,
  slot: string,
  connections: number,
  acceptedInWindow: number,
): Promise<RaceCheck> {
  await waitUntilQuiet(pool);
  const { consumed: consumedAfterWindow } = await liveOnSlot(pool, slot);
  const lastSeats = connections;
  const capacity = consumedAfterWindow + lastSeats;
  const declared = await call(server.url, headers, DECLARE, { input: { kind: 'SLOT', targetId: slot, capacity } });
  expectShape(
    at(declared.json, 'data', 'setAllocationCapacity', 'remaining') === lastSeats,
    `the slot has ${lastSeats} seats left after lowering its capacity`,
    declared,
  );

  const contenders = Math.max(4 * connections, 16);
  const answers = await Promise.all(
    Array.from({ length: contenders }, () => call(server.url, headers, RESERVE, { input: reserveInput(slot) })),
  );
  const typenames = answers.map((answer) => at(answer.json, 'data', 'reserveBooking', '__typename'));
  const won = typenames.filter((name) => name === 'Booking').length;
  const refused = typenames.filter((name) => name === 'CapacityExhaustedError').length;
  const { consumed: consumedAfterRace } = await liveOnSlot(pool, slot);
  // Every accepted answer is in the database; at most one unanswered request per connection
  // (cut off when the window ended) may have been committed besides.
  const windowConsistent =
    consumedAfterWindow >= acceptedInWindow && consumedAfterWindow <= acceptedInWindow + connections;
  const met =
    windowConsistent && won === lastSeats && refused === contenders - lastSeats && consumedAfterRace === capacity;
  return {
    capacity,
    lastSeats,
    contenders,
    won,
    refused,
    other: contenders - won - refused,
    acceptedInWindow,
    consumedAfterWindow,
    consumedAfterRace,
    met,
  };
}

const DESCRIPTION =
  'reserveBooking on one hot slot (issue 5 §5): reservations/s, capacity lock wait, overbooking checked after each run';

export const inventoryBench: BenchSuite = {
  name: 'inventory',
  description: DESCRIPTION,
  async run(environment: BenchEnvironment) {
    const { options, log } = environment;
    if (options.scenarios && !options.scenarios.has(SCENARIO)) {
      return {
        suite: 'inventory',
        description: DESCRIPTION,
        figures: [],
        targets: [],
        notes: [`Skipped: BENCH_ONLY does not name "${SCENARIO}".`],
      };
    }
    const levels = options.connections ?? DEFAULT_CONNECTIONS;
    const database = await environment.createDatabase('inventory');
    const server = await environment.startServer(database.url);
    const token = await environment.token({
      sub: 'svc_storefront',
      principalType: 'api_key',
      scope: 'bookings:write inventory:write',
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    if (options.requestFtv1) headers['apollo-federation-include-trace'] = 'ftv1';
    log(`server pid ${server.pid} at ${server.url}`);

    const declare = async (targetId: string, capacity: number): Promise<void> => {
      const answer = await call(server.url, headers, DECLARE, { input: { kind: 'SLOT', targetId, capacity } });
      expectShape(
        at(answer.json, 'data', 'setAllocationCapacity', 'capacity') === capacity,
        `setAllocationCapacity(${targetId}, ${capacity})`,
        answer,
      );
    };
    await declare('bench-sanity', 1);
    const sanity = await call(server.url, headers, RESERVE, { input: reserveInput('bench-sanity') });
    expectShape(
      at(sanity.json, 'data', 'reserveBooking', 'status') === 'ON_HOLD',
      'reserveBooking answers an ON_HOLD booking',
      sanity,
    );
    const refusal = await call(server.url, headers, RESERVE, { input: reserveInput('bench-sanity') });
    expectShape(
      at(refusal.json, 'data', 'reserveBooking', '__typename') === 'CapacityExhaustedError',
      'a full slot refuses with CapacityExhaustedError',
      refusal,
    );

    const operation = 'reserveBooking: 1 seat on one hot slot';
    const figures: Figure[] = [];
    const lockRows: string[][] = [];
    const targets: TargetCheck[] = [];
    let lifetimeMaxRss = 0;
    for (const connections of levels) {
      const warmUpSlot = `bench-warmup-c${connections}`;
      const slot = `bench-hot-c${connections}`;
      await declare(warmUpSlot, AMPLE_CAPACITY);
      await declare(slot, AMPLE_CAPACITY);
      const load = (targetId: string) => {
        const request = body(RESERVE, { input: reserveInput(targetId) });
        return {
          url: server.url,
          headers,
          connections,
          steps: [
            {
              name: 'reserveBooking',
              body: () => request,
              accept: (text: string) => text.includes('"__typename":"Booking"'),
            },
          ],
        };
      };
      log(`${operation}, c=${connections}`);
      if (options.warmupSeconds > 0) await measureHttp({ ...load(warmUpSlot), seconds: options.warmupSeconds });
      const { result, stats } = await server.phase(`${SCENARIO}-c${connections}`, () =>
        measureHttp({ ...load(slot), seconds: options.seconds }),
      );
      lifetimeMaxRss = Math.max(lifetimeMaxRss, stats.lifetimeMaxRssBytes);
      const [figure] = httpFigures(SCENARIO, operation, connections, result, stats);
      figure.throughputUnit = 'reservations/s';
      figures.push(figure);

      const [step] = result.steps;
      const race = await raceForLastSeats(
        server,
        headers,
        database.pool,
        slot,
        connections,
        step.latency.count - step.failures,
      );
      const lockWait = stats.capacityLockWait;
      lockRows.push([
        String(connections),
        lockWait ? `${milliseconds(lockWait.p50Ms)} ms` : '—',
        lockWait ? `${milliseconds(lockWait.p99Ms)} ms` : '—',
        String(lockWait?.count ?? 0),
        `${race.won} of ${race.contenders} won ${race.lastSeats} last seat${race.lastSeats === 1 ? '' : 's'}; ` +
          `${race.refused} refused${race.other > 0 ? `; ⚠ ${race.other} other` : ''}`,
        `${race.consumedAfterRace} / ${race.capacity}`,
        race.met ? 'no' : '⚠ CHECK FAILED',
      ]);
      targets.push({
        description: `no overbooking, c=${connections}`,
        met: race.met,
        required: true,
        detail:
          `window: ${race.acceptedInWindow} accepted, ${race.consumedAfterWindow} live in the database; ` +
          `race: ${race.won}/${race.contenders} won, ${race.refused} refused, ${race.other} other; consumed ` +
          `${race.consumedAfterRace} of capacity ${race.capacity}`,
      });
      log(
        `c=${connections}: ${figure.throughput.toFixed(1)} reservations/s, lock wait p99 ` +
          `${lockWait ? milliseconds(lockWait.p99Ms) : '—'} ms, consumed ` +
          `${race.consumedAfterRace}/${race.capacity}${race.met ? '' : ' — CHECK FAILED'}`,
      );
    }
    await server.stop();
    await database.release();

    const details: DetailTable[] = [
      {
        columns: [
          'c',
          'lock wait p50',
          'lock wait p99',
          'lock waits',
          'race for the last seats after the window',
          'consumed / capacity',
          'overbooked',
        ],
        rows: lockRows,
      },
    ];
    const notes = [
      `Sanity run: reserveBooking ${sanity.statements} SQL statements; refused on a full slot ${refusal.statements}.`,
      "Lock wait: measured in the server (src/inventory/lock-waits) from sending the capacity row's SELECT … " +
        'FOR UPDATE until its rows arrive, so it includes one round trip; reset at the start of each window.',
      'The server keeps its production pool (10 connections): above 10 callers the rest of the queue waits ' +
        'for a pool connection inside the server, which the lock wait does not include (latency does).',
      'The race check fires all contenders at once, whatever c; "consumed" is counted in SQL by the runner, ' +
        'independently of the server.',
    ];
    const failed = figures.filter((figure) => figure.failures > 0);
    if (failed.length > 0)
      notes.push(
        `Failures (answers other than a Booking during a window): ` +
          `${failed.map((figure) => `c=${figure.connections}: ${figure.failures}`).join('; ')}.`,
      );
    if (lifetimeMaxRss > 0)
      notes.push(`Server maxRSS over its whole life (resourceUsage): ${(lifetimeMaxRss / MIB).toFixed(0)} MiB.`);
    return { suite: 'inventory', description: DESCRIPTION, figures, details, targets, notes };
  },
};
