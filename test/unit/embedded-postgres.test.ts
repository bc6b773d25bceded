import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parentsTraversableByOthers, resolveClusterDir } from '../../src/db/embedded-postgres';

// Who runs the tests must not decide what is tested: the uid the module sees is set per test.
let mockUid = 1000;
jest.mock('node:os', () => {
  const actual = jest.requireActual<typeof import('node:os')>('node:os');
  return { ...actual, userInfo: () => ({ ...actual.userInfo(), uid: mockUid }) };
});

let root: string;
const relocatedTo = new Set<string>();

/** resolveClusterDir, remembering where it relocated to so only those folders are cleaned up. */
function clusterDir(requested: string): ReturnType<typeof resolveClusterDir> {
  const resolved = resolveClusterDir(requested);
  if (resolved.relocatedBecause) relocatedTo.add(dirname(resolved.dir));
  return resolved;
}

/** Creates `path` under the test root, giving each created folder the mode listed for it. */
function folders(path: string, modes: Record<string, number> = {}): string {
  let current = root;
  for (const part of path.split('/')) {
    current = join(current, part);
    mkdirSync(current);
    chmodSync(current, modes[part] ?? 0o755);
  }
  return current;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bookings-embedded-pg-test-'));
  chmodSync(root, 0o755);
  mockUid = 1000;
});

afterEach(() => {
  // Private folders must be opened up again before they can be removed by a non-root user.
  chmodSync(root, 0o755);
  for (const entry of readdirSync(root, { recursive: true }) as string[]) chmodSync(join(root, entry), 0o755);
  rmSync(root, { recursive: true, force: true });
});

afterAll(() => {
  for (const folder of relocatedTo) rmSync(folder, { recursive: true, force: true });
});

describe('parentsTraversableByOthers', () => {
  it('is true when every parent lets others through', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana/project'), 'postgres'))).toBe(true);
  });

  it('is false under a private (700) home folder', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana/project', { ana: 0o700 }), 'postgres'))).toBe(false);
  });

  it('is false when the direct parent is private', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana/project', { project: 0o700 }), 'postgres'))).toBe(false);
  });

  it('is false when only the group may pass (750)', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana', { ana: 0o750 }), 'postgres'))).toBe(false);
  });

  it('is true when others may pass without listing (711)', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana', { ana: 0o711 }), 'postgres'))).toBe(true);
  });

  it('looks at the parents only, not at the data folder itself', () => {
    const data = join(folders('srv'), 'postgres');
    mkdirSync(data, { mode: 0o700 });
    expect(parentsTraversableByOthers(data)).toBe(true);
  });

  it('skips parents that do not exist yet', () => {
    expect(parentsTraversableByOthers(join(folders('srv'), 'not', 'yet', 'postgres'))).toBe(true);
  });

  it('still sees a private folder above parents that do not exist yet', () => {
    expect(parentsTraversableByOthers(join(folders('home/ana', { ana: 0o700 }), 'not', 'yet', 'postgres'))).toBe(false);
  });

  it('resolves a relative path against the working directory', () => {
    const data = join(folders('srv/app'), 'postgres');
    expect(parentsTraversableByOthers(relative(process.cwd(), data))).toBe(true);
  });
});

describe('resolveClusterDir', () => {
  it('keeps the requested folder for a normal user, even under a private home', () => {
    mockUid = 1000;
    const requested = join(folders('home/ana/project', { ana: 0o700 }), '.data', 'postgres');
    expect(clusterDir(requested)).toEqual({ dir: requested });
  });

  it('keeps the requested folder for root when the postgres user can reach it', () => {
    mockUid = 0;
    const requested = join(folders('srv/bookings'), '.data', 'postgres');
    expect(clusterDir(requested)).toEqual({ dir: requested });
  });

  it('moves the cluster under the temp folder for root when a parent is private, saying why', () => {
    mockUid = 0;
    const requested = join(folders('root/checkout', { root: 0o700 }), '.data', 'postgres');
    const resolved = clusterDir(requested);
    expect(resolved.dir).toMatch(new RegExp(`^${tmpdir()}/bookings-pg-[0-9a-f]{12}/postgres$`));
    expect(resolved.relocatedBecause).toContain(requested);
    expect(resolved.relocatedBecause).toMatch(/not traversable/);
  });

  it('creates the relocated parent folder open to the postgres user', () => {
    mockUid = 0;
    const { dir } = clusterDir(join(folders('root/checkout', { root: 0o700 }), '.data', 'postgres'));
    const base = join(dir, '..');
    expect(existsSync(base)).toBe(true);
    expect(statSync(base).mode & 0o777).toBe(0o755);
    expect(parentsTraversableByOthers(dir)).toBe(true);
  });

  it('relocates the same checkout to the same place every time, so data persists across restarts', () => {
    mockUid = 0;
    const requested = join(folders('root/checkout', { root: 0o700 }), '.data', 'postgres');
    expect(clusterDir(requested).dir).toBe(clusterDir(requested).dir);
  });

  it('relocates two checkouts to two places', () => {
    mockUid = 0;
    const first = join(folders('ana/one', { ana: 0o700 }), 'postgres');
    const second = join(folders('ion/two', { ion: 0o700 }), 'postgres');
    expect(clusterDir(first).dir).not.toBe(clusterDir(second).dir);
  });
});
