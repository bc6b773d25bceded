import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../entities';

/** The ORM settings shared by the server, the tests and the MikroORM CLI. */
export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // Reads go through loaders and writes through services: nothing should rely on lazy discovery.
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 20 },
    migrations: {
      path: './src/db/migrations',
      pathTs: './src/db/migrations',
      glob: 'Migration*.{js,ts}',
      snapshot: true,
      snapshotName: '.snapshot-bookings',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    ...overrides,
  });
}
