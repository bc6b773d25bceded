/**
 * Runs a command with DATABASE_URL pointing at a fresh, empty database: a throwaway embedded
 * PostgreSQL unless DATABASE_URL is already set (then a temporary database on that server).
 * Lets the MikroORM CLI generate and check migrations on a machine that has never seen the project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-database <command> [args…]');
  let adminUrl = process.env.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const root = mkdtempSync(join(tmpdir(), 'bookings-cli-pg-'));
    chmodSync(root, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), persistent: false });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  const database = `bookings_cli_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    return result.status ?? 1;
  } finally {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
    if (stopServer) await stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
