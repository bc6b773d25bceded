import { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { migrationsList } from './migrations';
import { ormOptions } from './orm-options';
import { ReadModel } from './read-model';
import { countingLoggerFactory } from './query-counter';

export interface Database {
  orm: MikroORM;
  readModel: ReadModel;
  pool: Pool;
  close(): Promise<void>;
}

/** Connects the ORM (writes) and a plain pool (hot reads), applying pending migrations first. */
export async function openDatabase(url: string, options: { poolSize?: number; onPoolError?: (error: Error) => void } = {}): Promise<Database> {
  const orm = await MikroORM.init(
    ormOptions(url, {
      migrations: { ...ormOptions(url).migrations, migrationsList },
      pool: { min: 0, max: options.poolSize ?? 10 },
      debug: ['query'],
      loggerFactory: countingLoggerFactory,
    }),
  );
  await orm.getMigrator().up();
  const pool = new Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client losing its server (restart, failover) must not take the process down;
  // the next checkout reconnects.
  pool.on('error', (error) => options.onPoolError?.(error));
  const readModel = new ReadModel(pool, orm.getMetadata());
  return {
    orm,
    readModel,
    pool,
    close: async () => {
      await pool.end();
      await orm.close(true);
    },
  };
}
