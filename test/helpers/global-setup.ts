import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One PostgreSQL for the whole run: the server in DATABASE_URL when set, else a throwaway
 * embedded one under the OS temp folder. Test files each create their own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'bookings-test-pg-'));
  chmodSync(root, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), persistent: false });
  (globalThis as Record<string, unknown>).__BOOKINGS_TEST_PG__ = server;
  process.env.TEST_ADMIN_DATABASE_URL = server.url;
}
