import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SECRET = 'zenobia.secret@example.org';

it("keeps the values of failing statements out of the embedded server's log, which reaches ours", () => {
  const statements = [
    `create table planted (email text check (email not like '%secret%'))`,
    `insert into planted (email) values ('${SECRET}')`,
    `select '${SECRET}'::int`,
  ];
  const run = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      join(ROOT, 'test', 'helpers', 'embedded-postgres-log-main.ts'),
      ...statements,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/database system is ready to accept connections/);
  expect(run.stdout).not.toContain(SECRET);
});
