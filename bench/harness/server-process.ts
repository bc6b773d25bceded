/**
 * The server under test, in its own process: the real app as `src/main.ts` builds it (createApp
 * defaults, production config), plus the `x-sql-statements` header. The runner compiles this file
 * and `src/` to plain JavaScript first, so no TypeScript tooling sits in the measured heap.
 */
// First: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing patches http, pg and graphql before they load.
import { tracing } from '../../src/observability/tracing-bootstrap';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { join } from 'node:path';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { createTokenVerifier } from '../../src/auth/token-verifier';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { blindIndexFromConfig } from '../../src/pii/blind-index';
import { capacityLockWaits } from '../../src/inventory/lock-waits';
import { createApp, type App } from '../../src/server';
import { isParentMessage, SERVER_ENV, type ChildMessage } from './protocol';

const RSS_SAMPLE_MS = 50;

function send(message: ChildMessage): void {
  if (!process.send) throw new Error('server-process must be started with an IPC channel (child_process.fork)');
  process.send(message);
}

function inlineTracingSetting(): { inlineTracing?: boolean } {
  const value = process.env[SERVER_ENV.inlineTracing];
  if (value === 'on') return { inlineTracing: true };
  if (value === 'off') return { inlineTracing: false };
  return {};
}

/** Profiles phases only (not start-up), when the runner asks for it. */
function phaseProfiler(dir: string | undefined) {
  if (!dir) return { start: async () => undefined, stop: async () => undefined };
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  const call = (method: 'Profiler.enable' | 'Profiler.start'): Promise<void> =>
    new Promise((resolve, reject) => session.post(method, (error) => (error ? reject(error) : resolve())));
  let label = 'phase';
  return {
    start: async (name: string) => {
      label = name.replace(/[^a-z0-9_.-]/gi, '_');
      await call('Profiler.enable');
      await call('Profiler.start');
    },
    stop: () =>
      new Promise<void>((resolve, reject) =>
        session.post('Profiler.stop', (error: Error | null, result: Profiler.StopReturnType) => {
          if (error) return reject(error);
          writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(result.profile));
          resolve();
        }),
      ),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL must be set for the bench server');
  const database: Database = await openDatabase(config.databaseUrl, { blindIndex: blindIndexFromConfig(config) });
  const logger = createLogger(config.logLevel);
  const app: App = await createApp({
    config,
    database,
    clock: systemClock,
    verifyToken: createTokenVerifier(config.auth),
    logger,
    exposeSqlStatementCount: true,
    ...inlineTracingSetting(),
  });
  const port = await app.listen(0, '127.0.0.1');

  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }, RSS_SAMPLE_MS);
  sampler.unref();

  const profiler = phaseProfiler(process.env[SERVER_ENV.profileDir]);
  let phaseCpu = process.cpuUsage();
  let phaseElu: EventLoopUtilization = performance.eventLoopUtilization();

  process.on('message', (message: unknown) => {
    if (!isParentMessage(message)) return;
    if (message.type === 'phase-start') {
      void profiler.start(message.label).then(() => {
        peakRss = process.memoryUsage.rss();
        capacityLockWaits.reset();
        phaseCpu = process.cpuUsage();
        phaseElu = performance.eventLoopUtilization();
        send({ type: 'phase-started' });
      });
      return;
    }
    if (message.type === 'phase-end') {
      const cpu = process.cpuUsage(phaseCpu);
      const elu = performance.eventLoopUtilization(phaseElu);
      const rss = process.memoryUsage.rss();
      const lockWaitP50 = capacityLockWaits.percentile(50);
      const lockWaitP99 = capacityLockWaits.percentile(99);
      const capacityLockWait =
        lockWaitP50 === null || lockWaitP99 === null
          ? null
          : { count: capacityLockWaits.count, p50Ms: lockWaitP50, p99Ms: lockWaitP99 };
      void profiler.stop().then(() =>
        send({
          type: 'phase',
          stats: {
            peakRssBytes: Math.max(peakRss, rss),
            cpuMicros: cpu.user + cpu.system,
            eventLoopUtilization: elu.utilization,
            lifetimeMaxRssBytes: process.resourceUsage().maxRSS * 1024,
            capacityLockWait,
          },
        }),
      );
      return;
    }
    clearInterval(sampler);
    void (async () => {
      await app.stop();
      await database.close();
      await tracing?.shutdown();
      send({ type: 'stopped' });
      process.disconnect();
    })();
  });
  send({ type: 'ready', port });
}

main().catch((error: unknown) => {
  send({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect();
});
