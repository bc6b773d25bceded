import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { migrationsList } from '../../src/db/migrations';
import { BlindIndex } from '../../src/pii/blind-index';
import { createTestDatabase } from '../helpers/test-database';

const blindIndex = new BlindIndex(randomBytes(32));

describe('replicas starting together on an empty database', () => {
  it('both come up, and each migration is applied exactly once', async () => {
    const db = await createTestDatabase();
    const opened: Database[] = [];
    try {
      const results = await Promise.allSettled([
        openDatabase(db.url, { poolSize: 2, blindIndex }),
        openDatabase(db.url, { poolSize: 2, blindIndex }),
        openDatabase(db.url, { poolSize: 2, blindIndex }),
      ]);
      for (const result of results) if (result.status === 'fulfilled') opened.push(result.value);
      expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'up'))).toEqual([
        'up',
        'up',
        'up',
      ]);

      const client = new Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ name: string; applied: string }>(
        'select name, count(*)::text as applied from mikro_orm_migrations group by name order by name',
      );
      await client.end();
      expect(rows).toEqual(
        migrationsList
          .map((migration) => ({ name: migration.name, applied: '1' }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    } finally {
      await Promise.all(opened.map((database) => database.close()));
      await db.drop();
    }
  });
});
