import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsList } from '../../src/db/migrations';

describe('migrationsList', () => {
  it('lists every generated migration file, in order', () => {
    const files = readdirSync(join(__dirname, '../../src/db/migrations'))
      .filter((file) => /^Migration\d+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((migration) => migration.name)).toEqual(files);
  });
});
