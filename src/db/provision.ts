import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { resolveClusterDir, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface ProvisionedDatabase {
  url: string;
  embedded?: EmbeddedPostgresHandle;
}

const EMBEDDED_DATABASE = 'bookings';

/** DATABASE_URL when given; otherwise an embedded PostgreSQL kept under the data directory. */
export async function provisionDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  logger: Logger,
): Promise<ProvisionedDatabase> {
  if (databaseUrl) return { url: databaseUrl };
  const { dir, relocatedBecause } = resolveClusterDir(join(dataDir, 'postgres'));
  if (relocatedBecause) logger.warn({ dataDir: dir }, `embedded PostgreSQL data moved to ${dir}: ${relocatedBecause}`);
  const embedded = await startEmbeddedPostgres({
    dataDir: dir,
    persistent: true,
    log: (message) => logger.debug({ postgres: message.trim() }),
    warn: (message) => logger.warn(message),
  });
  const admin = new Client({ connectionString: embedded.url });
  await admin.connect();
  try {
    const existing = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
    if (existing.rowCount === 0) await admin.query(`create database "${EMBEDDED_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  logger.info({ dataDir: embedded.dataDir, port: url.port }, 'embedded PostgreSQL started');
  return { url: url.toString(), embedded };
}
