import { mkdtempSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { signToken } from '../../src/auth/token-verifier';
import { resolveClusterDir } from '../../src/db/embedded-postgres';
import { systemProcesses } from '../../src/db/postmaster-lock';
import { spawnBookings, type SpawnedBookings } from '../helpers/spawn-bookings';
import { createTestDatabase } from '../helpers/test-database';

const SECRET = 'process-lifecycle-secret-of-at-least-32-chars';

async function graphql(port: number, query: string, variables: Record<string, unknown> = {}) {
  const token = await signToken(SECRET, { sub: 'usr_ops', principalType: 'user', scope: 'bookings:*' });
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] },
  };
}

/** Polls a condition that another process makes true; no fixed sleeps. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the server process', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  describe('on DATABASE_URL', () => {
    let server: SpawnedBookings;
    beforeAll(async () => {
      server = await spawnBookings({ DATABASE_URL: database.url, AUTH_JWT_SECRET: SECRET }).ready;
    });
    afterAll(() => {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    });

    it('answers /health with ok', async () => {
      const response = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('is ready once migrations are applied', async () => {
      const response = await fetch(`http://127.0.0.1:${server.port}/ready`);
      expect(response.status).toBe(200);
    });

    it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
      const created = await graphql(
        server.port,
        'mutation { createBooking(input: { sellCurrency: "EUR" }) { ... on Booking { id } } }',
      );
      const id = String(created.body.data?.createBooking?.id);
      // Hold the booking's row lock so the transition is provably in flight when the signal arrives.
      const blocker = new Client({ connectionString: database.url });
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('select id from bookings where id = $1 for update', [id]);
      const inFlight = graphql(
        server.port,
        'mutation($id: ID!) { transitionBooking(input: { id: $id, to: CONFIRMED }) { ... on Booking { status } } }',
        { id },
      );
      await eventually(async () => {
        const waiting = await blocker.query(
          "select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
        );
        return (waiting.rowCount ?? 0) > 0;
      }, 'the transition to wait on the row lock');
      server.child.kill('SIGTERM');
      await eventually(async () => /shutting down/.test(server.output()), 'the shutdown to begin');
      await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
      await blocker.query('commit');
      await blocker.end();
      const finished = await inFlight;
      expect(finished.body.data?.transitionBooking).toEqual({ status: 'CONFIRMED' });
      expect(await server.exited).toBe(0);
    });
  });

  it('refuses to start on a bad configuration, naming each variable without echoing secrets', async () => {
    const spawned = spawnBookings({
      DATABASE_URL: database.url,
      PORT: 'eighty',
      HOLD_DEFAULT_MINUTES: '0',
      AUTH_JWT_SECRET: 'too-short-secret',
    });
    const code = await spawned.exited;
    expect(code).toBe(1);
    expect(spawned.output()).toMatch(/PORT/);
    expect(spawned.output()).toMatch(/HOLD_DEFAULT_MINUTES/);
    expect(spawned.output()).toMatch(/AUTH_JWT_SECRET/);
    expect(spawned.output()).not.toContain('too-short-secret');
  });

  it('refuses to start in production on the embedded PostgreSQL or without ROUTER_SECRET, saying why', async () => {
    const spawned = spawnBookings({
      NODE_ENV: 'production',
      DATABASE_URL: undefined,
      AUTH_JWT_SECRET: SECRET,
      KMS_PROVIDER: 'local',
      PII_LOCAL_MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(await spawned.exited).toBe(1);
    expect(spawned.output()).toMatch(
      /DATABASE_URL: required in production \(the embedded PostgreSQL is for development\)/,
    );
    expect(spawned.output()).toMatch(/ROUTER_SECRET: required in production, unless ALLOW_DIRECT_ACCESS=true/);
    expect(spawned.output()).not.toMatch(/embedded PostgreSQL started/);
  });

  it('runs on an embedded PostgreSQL when DATABASE_URL is unset, keeping data across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bookings-embedded-'));
    chmodSync(dataDir, 0o755);
    const env = { DATABASE_URL: undefined, BOOKINGS_DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET };
    const first = await spawnBookings(env).ready;
    const created = await graphql(
      first.port,
      'mutation { createBooking(input: { sellCurrency: "EUR", bookingNumber: "KEEP-ME-1" }) { ... on Booking ' +
        '{ id } } }',
    );
    expect(created.body.data?.createBooking?.id).toMatch(/^book_/);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await spawnBookings(env).ready;
    const found = await graphql(second.port, '{ bookingByNumber(bookingNumber: "KEEP-ME-1") { id } }');
    expect(found.body.data?.bookingByNumber?.id).toBe(created.body.data?.createBooking?.id);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  describe('on an embedded PostgreSQL after an unclean end', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bookings-unclean-'));
    chmodSync(dataDir, 0o755);
    const clusterDir = resolveClusterDir(join(dataDir, 'postgres')).dir;
    const env = { DATABASE_URL: undefined, BOOKINGS_DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET };
    const postmasterPid = (): number => Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // Each test starts two or three real processes through ts-node: slow on a busy machine.
    const PROCESS_TEST_TIMEOUT_MS = 180_000;
    const bookingNumbered = async (port: number, bookingNumber: string) =>
      (await graphql(port, 'query($n: String!) { bookingByNumber(bookingNumber: $n) { id } }', { n: bookingNumber }))
        .body.data?.bookingByNumber?.id;

    /** Starts on the data directory, checks the booking created earlier is there, and stops cleanly. */
    async function startsAndFinds(bookingNumber: string, id: unknown): Promise<SpawnedBookings> {
      const server = await spawnBookings(env).ready;
      expect(await bookingNumbered(server.port, bookingNumber)).toBe(id);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      return server;
    }

    it(
      'recovers after kill -9 of the node process: stops its orphaned PostgreSQL and keeps the data',
      async () => {
        const first = await spawnBookings(env).ready;
        const created = await graphql(
          first.port,
          'mutation { createBooking(input: { sellCurrency: "EUR", bookingNumber: "KILLED-1" }) { ... on ' +
            'Booking { id } } }',
        );
        const orphan = postmasterPid();
        first.child.kill('SIGKILL');
        await first.exited;
        expect(systemProcesses.isAlive(orphan)).toBe(true);

        const second = await startsAndFinds('KILLED-1', created.body.data?.createBooking?.id);
        expect(second.output()).toContain(`stopping the orphaned embedded PostgreSQL (pid ${orphan})`);
        expect(systemProcesses.isAlive(orphan)).toBe(false);
      },
      PROCESS_TEST_TIMEOUT_MS,
    );

    it(
      'starts over a stale postmaster.pid whose pid now belongs to another program',
      async () => {
        const first = await spawnBookings(env).ready;
        const created = await graphql(
          first.port,
          'mutation { createBooking(input: { sellCurrency: "EUR", bookingNumber: "STALE-1" }) { ... on ' +
            'Booking { id } } }',
        );
        first.child.kill('SIGTERM');
        expect(await first.exited).toBe(0);
        // A live pid that is not PostgreSQL: PostgreSQL alone would refuse to start over it.
        writeFileSync(join(clusterDir, 'postmaster.pid'), `${process.pid}\n${clusterDir}\n`);

        const second = await startsAndFinds('STALE-1', created.body.data?.createBooking?.id);
        expect(second.output()).toContain(
          `removing the stale ${join(clusterDir, 'postmaster.pid')} of process ${process.pid}`,
        );
      },
      PROCESS_TEST_TIMEOUT_MS,
    );

    it(
      'prints the real cause when the embedded PostgreSQL cannot start, never "undefined"',
      async () => {
        const versionFile = join(clusterDir, 'PG_VERSION');
        const version = readFileSync(versionFile, 'utf8');
        writeFileSync(versionFile, '9\n');
        try {
          const spawned = spawnBookings(env);
          expect(await spawned.exited).toBe(1);
          expect(spawned.output()).toMatch(
            /Bookings failed to start: The embedded PostgreSQL in .* stopped before it was ready/,
          );
          expect(spawned.output()).toMatch(/FATAL: .*database files are incompatible with server/);
          expect(spawned.output()).not.toMatch(/undefined/);
        } finally {
          writeFileSync(versionFile, version);
        }
      },
      PROCESS_TEST_TIMEOUT_MS,
    );
  });
});
