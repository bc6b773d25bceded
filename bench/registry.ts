import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MetadataStorage } from '@mikro-orm/core';
import { Client, type Pool } from 'pg';
import { signToken, type TokenClaims } from '../src/auth/token-verifier';
import { openDatabase } from '../src/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/db/embedded-postgres';
import { compileServer, SERVER_ENTRY } from './harness/compile';
import type { BenchRunReport, SuiteReport } from './harness/report';
import { startServer, type BenchServer } from './harness/server';

export type { BenchRunReport, DetailTable, Figure, SuiteReport, TargetCheck } from './harness/report';
export type { BenchServer } from './harness/server';

export interface BenchOptions {
  /** Length of each measured window (BENCH_SECONDS). */
  seconds: number;
  /** Unrecorded load before each window, at the same concurrency (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** Concurrency levels, each measured separately (BENCH_CONNECTIONS); null: each suite's own default. */
  connections: number[] | null;
  /** Suites to run by name (BENCH_SUITES); null runs all. */
  suites: Set<string> | null;
  /** Scenario keys a suite should run (BENCH_ONLY); null runs all. */
  scenarios: Set<string> | null;
  /** undefined keeps createApp's default (BENCH_INLINE_TRACING=on|off). */
  inlineTracing?: boolean;
  /** Ask for federated traces on every request, as a router sampling 100% would (BENCH_FTV1=1). */
  requestFtv1: boolean;
  /** Extra node flags for the server process (BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof`). */
  serverExecArgv: string[];
  /** CPU-profile every measured window of the server into this directory (BENCH_PROFILE_DIR). */
  profileDir?: string;
  /** An existing PostgreSQL to create the bench databases on (BENCH_DATABASE_URL); else embedded. */
  adminDatabaseUrl?: string;
  /**
   * Where the compiled server lives (BENCH_BUILD_DIR): compiled there when empty, reused (and
   * kept) when it already holds a build — so a patched copy can test a what-if without touching src/.
   */
  buildDir?: string;
}

export interface BenchDatabase {
  url: string;
  /** A plain pool on the database (seeding); closed by `release`. */
  pool: Pool;
  /** The ORM's metadata: table and column names for seeding. */
  metadata: MetadataStorage;
  /** Closes the runner's connections (the ORM's and `pool`); the database stays for the server. */
  release(): Promise<void>;
}

/** What a suite gets from the runner. */
export interface BenchEnvironment {
  options: BenchOptions;
  /** A fresh database on the run's PostgreSQL with every migration applied; dropped at the end. */
  createDatabase(label: string): Promise<BenchDatabase>;
  /** The real server on `databaseUrl` in its own process: production config, `x-sql-statements` on. */
  startServer(
    databaseUrl: string,
    overrides?: { inlineTracing?: boolean; env?: Record<string, string> },
  ): Promise<BenchServer>;
  /** A token the bench servers accept. */
  token(claims: TokenClaims): Promise<string>;
  /** Progress output (stderr). */
  log: (message: string) => void;
}

/** A benchmark: add one in its own file and list it in `bench/suites.ts`. */
export interface BenchSuite {
  name: string;
  description: string;
  run(environment: BenchEnvironment): Promise<SuiteReport>;
}

const PROJECT_ROOT = resolve(__dirname, '..');

/**
 * Runs the suites against one throwaway PostgreSQL (or BENCH_DATABASE_URL's server), each
 * creating its own databases and servers through the environment, and cleans everything up.
 */
export async function runBench(suites: readonly BenchSuite[], options: BenchOptions): Promise<BenchRunReport> {
  const selected = suites.filter((suite) => !options.suites || options.suites.has(suite.name));
  if (selected.length === 0)
    throw new Error(`no suite matches BENCH_SUITES (known: ${suites.map((suite) => suite.name).join(', ')})`);
  const startedAt = new Date().toISOString();
  const loadAverageBefore = loadavg();
  const log = (message: string): void => {
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  };

  const root = mkdtempSync(join(tmpdir(), 'bookings-bench-'));
  // As root the embedded PostgreSQL runs as `postgres`, which must traverse the data dir's parents.
  chmodSync(root, 0o755);
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(root, { recursive: true, force: true })];
  const cleanup = async (): Promise<void> => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        log(`cleanup step failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const interrupted = (): void => {
    log('interrupted: cleaning up');
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    let adminUrl = options.adminDatabaseUrl;
    if (!adminUrl) {
      const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres({
        dataDir: join(root, 'postgres'),
        persistent: false,
      });
      cleanups.push(() => embedded.stop());
      adminUrl = embedded.url;
      log('embedded PostgreSQL started');
    }
    const postgresVersion = await withClient(adminUrl, async (client) => {
      const result = await client.query<{ version: string }>("select current_setting('server_version') as version");
      return `PostgreSQL ${result.rows[0]?.version ?? '?'}`;
    });

    const jwtSecret = randomBytes(32).toString('base64url');
    const piiMasterKey = randomBytes(32).toString('base64');
    let serverEntry: Promise<string> | null = null;
    const serverDataDir = join(root, 'server-data');
    mkdirSync(serverDataDir, { recursive: true });

    const environment: BenchEnvironment = {
      options,
      log,
      createDatabase: async (label) => {
        const name = `bench_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
        const baseUrl = adminUrl;
        await withClient(baseUrl, (client) => client.query(`create database "${name}"`));
        cleanups.push(() =>
          withClient(
            baseUrl,
            async (client) => void (await client.query(`drop database if exists "${name}" with (force)`)),
          ),
        );
        const url = new URL(baseUrl);
        url.pathname = `/${name}`;
        const database = await openDatabase(url.toString(), { poolSize: 4 });
        let released = false;
        const release = async (): Promise<void> => {
          if (released) return;
          released = true;
          await database.close();
        };
        cleanups.push(release);
        return { url: url.toString(), pool: database.pool, metadata: database.orm.getMetadata(), release };
      },
      startServer: async (databaseUrl, overrides = {}) => {
        serverEntry ??= options.buildDir
          ? reuseOrCompile(options.buildDir)
          : compileServer(PROJECT_ROOT, join(root, 'build'));
        const server = await startServer({
          entry: await serverEntry,
          databaseUrl,
          jwtSecret,
          piiMasterKey,
          dataDir: serverDataDir,
          inlineTracing: 'inlineTracing' in overrides ? overrides.inlineTracing : options.inlineTracing,
          execArgv: options.serverExecArgv,
          profileDir: options.profileDir ? resolve(options.profileDir) : undefined,
          env: overrides.env,
        });
        cleanups.push(() => server.stop());
        return server;
      },
      token: (claims) => signToken(jwtSecret, { expiresIn: '6h', ...claims }),
    };

    const reports: SuiteReport[] = [];
    for (const suite of selected) {
      log(`suite ${suite.name}: ${suite.description}`);
      reports.push(await suite.run(environment));
    }
    const cpuList = cpus();
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model.trim() ?? 'unknown CPU',
        postgres: postgresVersion,
        loadAverageBefore,
        loadAverageAfter: loadavg(),
      },
      settings: {
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        connections: options.connections?.join(',') ?? 'suite defaults',
        inlineTracing: options.inlineTracing === undefined ? 'createApp default' : options.inlineTracing,
        requestFtv1: options.requestFtv1,
        serverNodeArgs: options.serverExecArgv.join(' ') || null,
        serverBuild: options.buildDir ?? 'compiled from src/',
        profileDir: options.profileDir ?? null,
        postgres: options.adminDatabaseUrl ? 'BENCH_DATABASE_URL' : 'embedded',
      },
      suites: reports,
    };
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await cleanup();
  }
}

async function reuseOrCompile(buildDir: string): Promise<string> {
  const entry = join(resolve(buildDir), SERVER_ENTRY);
  return existsSync(entry) ? entry : compileServer(PROJECT_ROOT, resolve(buildDir));
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
