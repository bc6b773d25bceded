import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { signToken } from '../../src/auth/token-verifier';
import { FULL_ACCESS, TEST_JWT_SECRET, type GraphqlResponse } from './test-app';

export interface ServerProcess {
  url: string;
  pid: number;
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse>;
  stop(): Promise<void>;
}

const MAIN = join(__dirname, 'server-process-main.ts');
const ROOT = join(__dirname, '..', '..');

/**
 * Starts the subgraph in its own OS process on an existing database, so concurrency tests can
 * prove what holds across processes (locks live in PostgreSQL, not in Node).
 */
export function spawnServerProcess(options: {
  databaseUrl: string;
  clockStart: Date;
  poolSize?: number;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      TEST_CLOCK_START: options.clockStart.toISOString(),
      TEST_POOL_SIZE: String(options.poolSize ?? 10),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.once('exit', (code) =>
      reject(new Error(`server process exited with ${code} before it was ready: ${stderr}`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      const { url, pid } = JSON.parse(line) as { url: string; pid: number };
      resolve({
        url,
        pid,
        graphql: async (query, variables) => {
          const token = await signToken(TEST_JWT_SECRET, {
            sub: FULL_ACCESS.sub ?? 'usr_tester',
            principalType: 'user',
            scope: FULL_ACCESS.scope ?? '',
          });
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          });
          const body = (await response.json()) as { data?: never; errors?: GraphqlResponse['errors'] };
          return {
            status: response.status,
            data: body.data,
            errors: body.errors,
            sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
            headers: response.headers,
          };
        },
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
