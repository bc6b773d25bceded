import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPostmasterLock, type ProcessFacts, type ProcessInspector } from '../../src/db/postmaster-lock';

const POSTGRES_PID = 4242;
const HOST_PID = 4200;

/** A process table as data: pid → what /proc would say. */
function processTable(table: Record<number, ProcessFacts>): ProcessInspector {
  return { isAlive: (pid) => pid in table, facts: (pid) => table[pid] ?? null };
}

function clusterWithLock(pid: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmaster-lock-'));
  writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n`);
  return dir;
}

const postgresOn = (dir: string, parentPid: number): ProcessFacts => ({
  argv: ['/opt/pg/bin/postgres', '-D', dir, '-p', '5433'],
  parentPid,
});

describe('inspectPostmasterLock', () => {
  it('finds nothing to do without a lock file', () => {
    expect(inspectPostmasterLock(mkdtempSync(join(tmpdir(), 'postmaster-lock-')), processTable({}))).toEqual({
      kind: 'none',
    });
  });

  it('calls a lock of a dead pid stale', () => {
    expect(inspectPostmasterLock(clusterWithLock(POSTGRES_PID), processTable({}))).toEqual({
      kind: 'stale',
      pid: POSTGRES_PID,
    });
  });

  it('calls a lock whose pid is now another program stale', () => {
    const dir = clusterWithLock(POSTGRES_PID);
    expect(
      inspectPostmasterLock(dir, processTable({ [POSTGRES_PID]: { argv: ['/usr/bin/vim'], parentPid: 1 } })),
    ).toEqual({ kind: 'stale', pid: POSTGRES_PID });
  });

  it('calls a PostgreSQL of another data directory stale, not ours to stop', () => {
    const dir = clusterWithLock(POSTGRES_PID);
    expect(inspectPostmasterLock(dir, processTable({ [POSTGRES_PID]: postgresOn('/elsewhere', 1) }))).toEqual({
      kind: 'stale',
      pid: POSTGRES_PID,
    });
  });

  it('calls a PostgreSQL of this data directory re-parented away from its host an orphan', () => {
    const dir = clusterWithLock(POSTGRES_PID);
    expect(inspectPostmasterLock(dir, processTable({ [POSTGRES_PID]: postgresOn(dir, 1) }))).toEqual({
      kind: 'orphan',
      pid: POSTGRES_PID,
    });
  });

  it('never calls a PostgreSQL another live Node process runs an orphan', () => {
    const dir = clusterWithLock(POSTGRES_PID);
    const table = {
      [POSTGRES_PID]: postgresOn(dir, HOST_PID),
      [HOST_PID]: { argv: ['/usr/bin/node', 'dist/src/main.js'], parentPid: 1 },
    };
    expect(inspectPostmasterLock(dir, processTable(table))).toEqual({
      kind: 'in_use',
      pid: POSTGRES_PID,
      hostPid: HOST_PID,
    });
  });

  it('admits it cannot judge a live pid where processes cannot be inspected', () => {
    const dir = clusterWithLock(POSTGRES_PID);
    expect(inspectPostmasterLock(dir, { isAlive: () => true, facts: () => undefined })).toEqual({
      kind: 'unknown',
      pid: POSTGRES_PID,
    });
  });
});
