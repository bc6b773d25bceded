import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpawnedBookings {
  child: ChildProcess;
  /** Set once the process logged that it is ready. */
  port: number;
  output(): string;
  exited: Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..');

/** Runs src/main.ts in a child process exactly as `npm start` would, with the given environment. */
export function spawnBookings(env: Record<string, string | undefined>): {
  child: ChildProcess;
  ready: Promise<SpawnedBookings>;
  exited: Promise<number | null>;
  output(): string;
} {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    // Dev secrets and keys go to a throwaway folder, never into the checkout.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
      PORT: '0',
      LOG_LEVEL: 'info',
      BOOKINGS_DATA_DIR: mkdtempSync(join(tmpdir(), 'bookings-process-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<SpawnedBookings>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"http:\/\/localhost:(\d+)\/graphql"/.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`bookings exited with ${code} before it was ready:\n${output}`)));
  });
  // Callers that expect a failed start await `exited` instead; the rejection is theirs to ignore.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => output };
}
