import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsList } from '../../src/db/migrations';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'src', 'db', 'migrations');
const migrationFiles = readdirSync(MIGRATIONS_DIR)
  .filter((file) => /^Migration\d+\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

describe('migrationsList', () => {
  it('finds the generated migrations on disk', () => {
    expect(migrationFiles.length).toBeGreaterThan(0);
  });

  it('registers every generated migration file, and nothing else', () => {
    expect(migrationsList.map((migration) => migration.name).sort()).toEqual(migrationFiles);
  });

  it.each(migrationFiles)('registers the class %s exports under its own name', (name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = (require(join(MIGRATIONS_DIR, name)) as Record<string, unknown>)[name];
    expect(typeof exported).toBe('function');
    expect(migrationsList.find((migration) => migration.name === name)?.class).toBe(exported);
  });

  it('lists migrations oldest first, the order they must run in', () => {
    const names = migrationsList.map((migration) => migration.name);
    expect(names).toEqual([...names].sort());
  });

  it('keeps the schema snapshot beside the migrations', () => {
    expect(readdirSync(MIGRATIONS_DIR)).toContain('.snapshot-bookings.json');
  });
});
