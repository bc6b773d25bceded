import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONFIG_VARIABLES } from '../../src/config';
import { spawnBookings, type SpawnedBookings } from '../helpers/spawn-bookings';
import { createTestDatabase } from '../helpers/test-database';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's ```sh blocks: the walkthrough a newcomer pastes in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
}

interface ShellResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runBash(script: string, env: Record<string, string | undefined>): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the README', () => {
  it('is short enough to read in one sitting', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(250);
  });

  it('gives the two commands', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
  });

  it('refers to nothing outside the repository', () => {
    expect(README).not.toMatch(/\.\.\//);
    expect(README).not.toMatch(/\bshared\/|\bissues? #?\d+|#\d+\b/i);
    const links = [...README.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).not.toMatch(/^[a-z]+:/);
      const file = link.split('#')[0] ?? '';
      expect({ link, exists: existsSync(join(ROOT, file)) }).toEqual({ link, exists: true });
    }
  });

  it('links every page of the manual in docs/', () => {
    for (const page of readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md')))
      expect(README).toContain(`(docs/${page})`);
  });

  it('lists every configuration variable the subgraph reads', () => {
    const table = README.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    for (const variable of CONFIG_VARIABLES)
      expect({ variable, listed: table.includes(`\`${variable}\``) }).toEqual({ variable, listed: true });
  });
});

describe("the README's shell blocks, pasted in order against a started server", () => {
  let dataDir: string;
  let server: SpawnedBookings;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    dataDir = mkdtempSync(join(tmpdir(), 'bookings-readme-'));
    server = await spawnBookings({
      DATABASE_URL: database.url,
      BOOKINGS_DATA_DIR: dataDir,
      HOLD_SWEEP_INTERVAL_SECONDS: '0',
      LEDGER_SWEEP_INTERVAL_SECONDS: '0',
    }).ready;
  }, 120_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await dropDatabase?.();
  });

  it('get a token, create a booking, confirm it and list it', async () => {
    const blocks = shellBlocks(README);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    // The README talks to the default port; this server listens on a free one.
    const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('localhost:4001', `127.0.0.1:${server.port}`);

    const result = await runBash(script, { BOOKINGS_DATA_DIR: dataDir });

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const answers = result.stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { data?: Record<string, unknown>; errors?: unknown });
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers[0]?.data).toMatchObject({
      createBooking: { __typename: 'Booking', status: 'DRAFT', sellAmount: { amountCents: 25000, currency: 'EUR' } },
    });
    expect(answers[1]?.data).toMatchObject({ transitionBooking: { __typename: 'Booking', status: 'CONFIRMED' } });
    expect(answers[2]?.data).toMatchObject({
      bookings: {
        totalCount: 1,
        edges: [
          {
            node: {
              status: 'CONFIRMED',
              items: [{ title: 'Danube delta tour', quantity: 2 }],
              travelers: [{ firstName: '***' }],
            },
          },
        ],
      },
    });
  });
});

describe('npm run token', () => {
  it("refuses without the server's data directory, saying which secret to use", async () => {
    const emptyDataDir = join(mkdtempSync(join(tmpdir(), 'bookings-token-')), 'data');

    const result = await runBash('npm run -s token', { BOOKINGS_DATA_DIR: emptyDataDir });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('AUTH_JWT_SECRET');
    expect(result.stderr).toContain('BOOKINGS_DATA_DIR');
    expect(result.stderr).toContain(join(emptyDataDir, 'dev-jwt-secret'));
    // A secret made up here would be one no server knows: nothing is written.
    expect(existsSync(dirname(join(emptyDataDir, 'dev-jwt-secret')))).toBe(false);
  });
});
