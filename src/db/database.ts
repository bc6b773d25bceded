import { MikroORM } from '@mikro-orm/postgresql';
import { Client, Pool } from 'pg';
import { migrationsList } from './migrations';
import { ormOptions } from './orm-options';
import { ReadModel } from '../read/sql';
import { countingLoggerFactory } from './query-counter';
import type { BlindIndex } from '../pii/blind-index';
import { backfillPiiDigests } from '../pii/blind-index-backfill';
import { BlindIndexSubscriber } from '../pii/blind-index-subscriber';

export interface Database {
  orm: MikroORM;
  readModel: ReadModel;
  pool: Pool;
  /** Digests personal data for exact search; the ORM keeps every written row's digests current with it. */
  blindIndex: BlindIndex;
  close(): Promise<void>;
}

/** Any constant shared by every replica; it names the lock in pg_locks. */
const MIGRATION_LOCK_KEY = 0x626f6f6b; // "book"

/**
 * Replicas started together would otherwise race to create the migrations table and apply the same
 * migration twice; a session advisory lock on its own connection lets one migrate while the others
 * wait, then find nothing pending. The lock goes with the connection if the process dies.
 */
async function migrateExclusively(url: string, migrate: () => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate();
  } finally {
    await client.end();
  }
}

/**
 * Connects the ORM (writes) and a plain pool (hot reads), applying pending migrations first, then
 * giving blind-index digests to any row that has none (rows older than the index, bulk loads).
 */
export async function openDatabase(
  url: string,
  options: { blindIndex: BlindIndex; poolSize?: number; onPoolError?: (error: Error) => void },
): Promise<Database> {
  const orm = await MikroORM.init(
    ormOptions(url, {
      migrations: { ...ormOptions(url).migrations, migrationsList },
      pool: { min: 0, max: options.poolSize ?? 10 },
      debug: ['query'],
      loggerFactory: countingLoggerFactory,
      subscribers: [new BlindIndexSubscriber(options.blindIndex)],
    }),
  );
  try {
    await migrateExclusively(url, () => orm.getMigrator().up());
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its server (restart, failover) must not take the process down;
  // the next checkout reconnects.
  pool.on('error', (error) => options.onPoolError?.(error));
  try {
    await backfillPiiDigests(pool, options.blindIndex);
  } catch (error) {
    await pool.end();
    await orm.close(true);
    throw error;
  }
  const readModel = new ReadModel(pool, orm.getMetadata(), options.blindIndex);
  return {
    orm,
    readModel,
    pool,
    blindIndex: options.blindIndex,
    close: async () => {
      await pool.end();
      await orm.close(true);
    },
  };
}
