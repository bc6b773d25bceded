/**
 * Entry point of a separate server process for tests: the real app on an existing database
 * (DATABASE_URL), with a test clock starting at TEST_CLOCK_START. Prints `{"url": …}` once ready.
 */
import { startTestApp } from './test-app';
import { createTestClock } from './test-clock';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const app = await startTestApp({
    databaseUrl,
    clock: createTestClock(process.env.TEST_CLOCK_START ?? new Date().toISOString()),
    poolSize: Number(process.env.TEST_POOL_SIZE ?? 10),
  });
  process.stdout.write(`${JSON.stringify({ url: app.url, pid: process.pid })}\n`);
  process.once('SIGTERM', () => {
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`server process failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
