import DataLoader from 'dataloader';
import { selectByKeys, type KeyedSelect } from '../read/keyed';
import type { LoaderDeps } from './lazy-loaders';

/**
 * The shapes every request loader takes: a factory from the request's dependencies to a
 * DataLoader whose batch function makes one read (src/read/) per batch and hands each key its
 * value back. Loaders batch; the SQL lives in src/read/.
 */
export type Factory<K, V> = (deps: LoaderDeps) => DataLoader<K, V, string>;

type Select<K, T> = (deps: LoaderDeps, keys: readonly K[]) => Promise<readonly T[]>;

/** A batch's keys agree on everything but their owner: `sample` is any of them, for the shared part. */
type BatchSelect<K, V> = (deps: LoaderDeps, batch: readonly K[], sample: K) => Promise<readonly V[]>;

const asString = (key: string): string => key;

export function groupedBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** One row per key, matched back through `rowKey`; an unknown key resolves to null. */
export function lookup<K, T>(
  keyOf: (key: K) => string,
  rowKey: (row: T) => string,
  select: Select<K, T>,
): Factory<K, T | null> {
  return (deps) =>
    new DataLoader<K, T | null, string>(
      async (keys) => {
        const found = new Map((await select(deps, keys)).map((row) => [rowKey(row), row]));
        return keys.map((key) => found.get(keyOf(key)) ?? null);
      },
      { cacheKeyFn: keyOf },
    );
}

/** Every key's rows, in the order the read returns them; a key without rows gets `[]`. */
export function lists<K, T>(
  keyOf: (key: K) => string,
  rowKey: (row: T) => string,
  select: Select<K, T>,
): Factory<K, T[]> {
  return (deps) =>
    new DataLoader<K, T[], string>(
      async (keys) => {
        const groups = groupedBy(await select(deps, keys), rowKey);
        return keys.map((key) => groups.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    );
}

/**
 * Pages whose keys agree on `batchOf` (the same `first` and `after`, say) come from one read, which
 * returns a value per key of its batch, in order; batches of one request run one after another.
 */
export function pages<K, V>(
  keyOf: (key: K) => string,
  batchOf: (key: K) => string,
  select: BatchSelect<K, V>,
): Factory<K, V> {
  return (deps) =>
    new DataLoader<K, V, string>(
      async (keys) => {
        const values = new Map<K, V>();
        for (const batch of groupedBy(keys, batchOf).values()) {
          const [sample] = batch;
          if (sample === undefined) continue;
          const loaded = await select(deps, batch, sample);
          batch.forEach((key, index) => {
            const value = loaded[index];
            if (value !== undefined) values.set(key, value);
          });
        }
        return keys.map((key) => values.get(key) ?? new Error(`No value was read for ${keyOf(key)}`));
      },
      { cacheKeyFn: keyOf },
    );
}

/** The row of each id-like key, read by one property of one entity. */
export const oneBy = <T extends object>(select: KeyedSelect, rowKey: (row: T) => string): Factory<string, T | null> =>
  lookup<string, T>(asString, rowKey, ({ read, counter }, keys) => selectByKeys<T>(read, counter, select, keys));

/** The rows of each owner, read by the property naming it, in the list's own order. */
export const manyBy = <T extends object>(
  select: KeyedSelect & { orderBy: readonly string[] },
  rowKey: (row: T) => string,
): Factory<string, T[]> =>
  lists<string, T>(asString, rowKey, ({ read, counter }, keys) => selectByKeys<T>(read, counter, select, keys));
