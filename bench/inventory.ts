/**
 * Reservations per second on one hot slot, at several numbers of concurrent callers, against the
 * real HTTP server on a real PostgreSQL (embedded unless DATABASE_URL is set). After each run the
 * slot is pushed past its capacity and the database is checked for overbooking.
 *
 *   npm run bench:inventory            (or import { runInventoryBenchmark } from bench/run.ts)
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { createTokenVerifier, signToken } from '../src/auth/token-verifier';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { capacityLockWaits } from '../src/inventory/lock-waits';
import { createApp } from '../src/server';

export interface InventoryBenchOptions {
  /** Concurrent callers per run. */
  concurrencies?: number[];
  /** Seats on the hot slot per run, by concurrency; every one of them is reserved during the run. */
  seats?: (concurrency: number) => number;
  log?: (line: string) => void;
}

export interface InventoryBenchRun {
  concurrency: number;
  seats: number;
  seconds: number;
  reservationsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  lockWaitP50Ms: number;
  lockWaitP99Ms: number;
  /** Reservations refused once the slot was full; all of them must be. */
  refusedAfterFull: number;
  attemptedAfterFull: number;
  consumed: number;
  heldRows: number;
  overbooked: boolean;
  failures: number;
}

export interface InventoryBenchReport {
  runs: InventoryBenchRun[];
  environment: { node: string; cpus: number; loadAverage: number[]; postgres: string };
}

const SECRET = 'bench-secret-that-is-at-least-32-characters-long';
const RESERVE = `mutation($input: ReserveBookingInput!) { reserveBooking(input: $input) { __typename ... on BookingError { code } } }`;

const percentile = (samples: number[], p: number): number => {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

async function withBenchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const root = mkdtempSync(join(tmpdir(), 'bookings-bench-pg-'));
    chmodSync(root, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), persistent: false });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  const name = `bench_inventory_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    if (stopServer) await stopServer();
  }
}

/** Runs `total` calls with at most `concurrency` in flight; returns each call's latency in ms. */
async function pool(total: number, concurrency: number, call: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next += 1;
      const started = process.hrtime.bigint();
      await call();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

export async function runInventoryBenchmark(options: InventoryBenchOptions = {}): Promise<InventoryBenchReport> {
  const concurrencies = options.concurrencies ?? [1, 8, 32];
  const seatsFor = options.seats ?? ((concurrency: number) => (concurrency === 1 ? 200 : concurrency === 8 ? 600 : 1200));
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  return withBenchDatabase(async (databaseUrl) => {
    const database = await openDatabase(databaseUrl, { poolSize: Math.max(...concurrencies) + 8 });
    const app = await createApp({
      config: loadConfig({ AUTH_JWT_SECRET: SECRET, HOLD_SWEEP_INTERVAL_SECONDS: '0', LOG_LEVEL: 'silent' }),
      database,
      clock: systemClock,
      verifyToken: createTokenVerifier({ jwtSecret: SECRET }),
      logger: pino({ level: 'silent' }),
      inlineTracing: false,
      onEvent: () => undefined,
    });
    const port = await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await signToken(SECRET, { sub: 'svc_storefront', principalType: 'api_key', scope: 'bookings:write inventory:write' });
    const post = async (query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, { __typename?: string; code?: string }> }> => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: Record<string, { __typename?: string; code?: string }> };
    };
    const declare = (targetId: string, capacity: number) =>
      post(`mutation($input: SetAllocationCapacityInput!) { setAllocationCapacity(input: $input) { capacity } }`, { input: { kind: 'SLOT', targetId, capacity } });
    const reserveOne = async (targetId: string): Promise<string> => {
      const input = {
        sellCurrency: 'EUR',
        items: [{ title: 'Hot departure', quantity: 1, unitSellAmount: { amountCents: 9900, currency: 'EUR' }, allocations: [{ kind: 'SLOT', targetId, quantity: 1 }] }],
      };
      const body = await post(RESERVE, { input });
      return body.data?.reserveBooking?.__typename ?? 'failure';
    };
    try {
      const warmUp = `bench_warmup_${Date.now()}`;
      await declare(warmUp, 1_000_000);
      await pool(50, 4, async () => void (await reserveOne(warmUp)));
      const runs: InventoryBenchRun[] = [];
      for (const concurrency of concurrencies) {
        const seats = seatsFor(concurrency);
        const slot = `bench_slot_c${concurrency}_${Date.now()}`;
        await declare(slot, seats);
        const outcomes: Record<string, number> = {};
        const count = (typename: string) => void (outcomes[typename] = (outcomes[typename] ?? 0) + 1);
        capacityLockWaits.reset();
        const started = process.hrtime.bigint();
        const latencies = await pool(seats, concurrency, async () => count(await reserveOne(slot)));
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const lockWaitP50Ms = capacityLockWaits.percentile(50) ?? 0;
        const lockWaitP99Ms = capacityLockWaits.percentile(99) ?? 0;
        // The overbooking check: the full slot must refuse every further caller, racing or not.
        const attemptedAfterFull = Math.max(2 * concurrency, 16);
        const after: Record<string, number> = {};
        await pool(attemptedAfterFull, concurrency, async () => {
          const typename = await reserveOne(slot);
          after[typename] = (after[typename] ?? 0) + 1;
        });
        const { rows } = await database.pool.query<{ consumed: number; held: number }>(
          `select coalesce(sum(quantity), 0)::int as consumed, count(*)::int as held from booking_allocations
           where kind = 'slot' and target_id = $1 and (status in ('confirmed', 'fulfilled') or (status = 'held' and hold_expires_at > now()))`,
          [slot],
        );
        const consumed = rows[0]?.consumed ?? 0;
        const run: InventoryBenchRun = {
          concurrency,
          seats,
          seconds: round(seconds),
          reservationsPerSecond: round((outcomes.Booking ?? 0) / seconds, 1),
          latencyP50Ms: round(percentile(latencies, 50)),
          latencyP99Ms: round(percentile(latencies, 99)),
          lockWaitP50Ms: round(lockWaitP50Ms),
          lockWaitP99Ms: round(lockWaitP99Ms),
          refusedAfterFull: after.CapacityExhaustedError ?? 0,
          attemptedAfterFull,
          consumed,
          heldRows: rows[0]?.held ?? 0,
          overbooked: consumed > seats,
          failures: seats - (outcomes.Booking ?? 0) + attemptedAfterFull - (after.CapacityExhaustedError ?? 0),
        };
        runs.push(run);
        log(`c=${concurrency}: ${run.reservationsPerSecond} reservations/s, p99 ${run.latencyP99Ms} ms, lock wait p99 ${run.lockWaitP99Ms} ms, consumed ${consumed}/${seats}${run.overbooked ? ' OVERBOOKED' : ''}`);
        if (run.overbooked || run.failures > 0) throw new Error(`inventory benchmark at c=${concurrency} found ${run.overbooked ? 'overbooking' : `${run.failures} unexpected outcomes`}`);
      }
      const [{ version }] = (await database.pool.query<{ version: string }>('select version()')).rows as [{ version: string }];
      const { cpus, loadavg } = await import('node:os');
      return { runs, environment: { node: process.version, cpus: cpus().length, loadAverage: loadavg().map((value) => round(value)), postgres: version.split(' ').slice(0, 2).join(' ') } };
    } finally {
      await app.stop();
      await database.close();
    }
  });
}

/** The report as the Markdown table docs/inventory.md carries. */
export function formatInventoryReport(report: InventoryBenchReport): string {
  const header = '| callers | seats | reservations/s | latency p50 | latency p99 | lock wait p50 | lock wait p99 | full slot refused | consumed / seats |\n|---|---|---|---|---|---|---|---|---|';
  const rows = report.runs.map(
    (run) =>
      `| ${run.concurrency} | ${run.seats} | ${run.reservationsPerSecond} | ${run.latencyP50Ms} ms | ${run.latencyP99Ms} ms | ${run.lockWaitP50Ms} ms | ${run.lockWaitP99Ms} ms | ${run.refusedAfterFull}/${run.attemptedAfterFull} | ${run.consumed} / ${run.seats} |`,
  );
  const { environment } = report;
  return [header, ...rows, '', `Node ${environment.node}, ${environment.postgres}, ${environment.cpus} CPUs, load average ${environment.loadAverage.join(' / ')}.`].join('\n');
}

if (require.main === module) {
  runInventoryBenchmark().then(
    (report) => {
      process.stdout.write(`\n${formatInventoryReport(report)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
