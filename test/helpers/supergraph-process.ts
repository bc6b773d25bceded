import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running `npm run supergraph`: the bookings subgraph on its own embedded PostgreSQL, the examples, a gateway. */
export interface SupergraphProcess {
  /** The gateway's GraphQL endpoint, where front ends send their operations. */
  gatewayUrl: string;
  /** The bookings subgraph's own endpoint, for seeding behind the gateway's back. */
  bookingsUrl: string;
  /** The secret the subgraph verifies bearer tokens with. */
  jwtSecret: string;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');
const READY = 'supergraph ready';
const STARTUP_TIMEOUT_MS = 120_000;

/**
 * Starts scripts/supergraph.ts in a child process, every port chosen by the OS, with a fresh data
 * directory (removed on stop) and a known token secret. Used by the client packages' tests, which
 * talk to it over real HTTP the way a browser does.
 */
export function startSupergraphProcess(options: {
  jwtSecret: string;
  env?: Record<string, string>;
}): Promise<SupergraphProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-supergraph-'));
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must reach its folder.
  chmodSync(dataDir, 0o755);
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register', join(ROOT, 'scripts', 'supergraph.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        BOOKINGS_DATA_DIR: dataDir,
        AUTH_JWT_SECRET: options.jwtSecret,
        PORT: '0',
        GATEWAY_PORT: '0',
        RELATIONSHIPS_PORT: '0',
        QUOTES_PORT: '0',
        // The examples that price, refund and reserve too: a fixed port collides with any other supergraph running.
        CATALOG_PORT: '0',
        FINANCE_PORT: '0',
        CONNECTORS_PORT: '0',
        LOG_LEVEL: 'info',
        HOLD_SWEEP_INTERVAL_SECONDS: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise<SupergraphProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`the supergraph was not ready in ${STARTUP_TIMEOUT_MS} ms:\n${output}`)));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      // Only whole lines: the ready line may arrive in two chunks.
      const line = output
        .split('\n')
        .slice(0, -1)
        .find((candidate) => candidate.includes(READY));
      if (!line) return;
      const ready = JSON.parse(line) as { gateway: string; bookings: string };
      clearTimeout(timer);
      resolve({
        gatewayUrl: ready.gateway,
        bookingsUrl: ready.bookings,
        jwtSecret: options.jwtSecret,
        output: () => output,
        stop,
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the supergraph exited with ${code} before it was ready:\n${output}`));
    });
  });
}
