/** Settings for {@link DataKeyCache}. */
export interface DataKeyCacheOptions {
  /** How long an unwrapped key may be reused after `set`; 0 disables caching. */
  ttlMs: number;
  /** Upper bound on cached keys; the least recently used one is evicted beyond it. */
  maxEntries: number;
  /** Milliseconds clock, injected so tests control time. */
  now: () => number;
}

interface CachedKey {
  key: Buffer;
  expiresAt: number;
}

/**
 * A bounded LRU of unwrapped data keys, keyed by the wrapped key string, so repeated reads of
 * one traveler's PII do not each cost a KMS call.
 *
 * Ownership: `set` takes the Buffer it is given and zero-fills it when the entry leaves the
 * cache (eviction, expiry, `delete`, `clear`, replacement, or at once when caching is disabled);
 * pass a copy if you keep using yours. `get` returns a fresh copy that later evictions cannot
 * wipe mid-use; zero-fill it when done.
 */
export class DataKeyCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  // Map iteration order is insertion order: re-inserting on access keeps the oldest use first.
  readonly #entries = new Map<string, CachedKey>();

  /** @throws RangeError when `ttlMs` is negative or not finite, or `maxEntries` is not a positive integer. */
  constructor(options: DataKeyCacheOptions) {
    if (!Number.isFinite(options.ttlMs) || options.ttlMs < 0) {
      throw new RangeError('ttlMs must be a finite number >= 0');
    }
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
      throw new RangeError('maxEntries must be a positive integer');
    }
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now;
  }

  /** Number of entries held, expired ones not yet swept included. */
  get size(): number {
    return this.#entries.size;
  }

  /** A copy of the cached key, or undefined when absent or expired. */
  get(wrapped: string): Buffer | undefined {
    const entry = this.#entries.get(wrapped);
    if (entry === undefined) return undefined;
    if (this.#isExpired(entry)) {
      this.delete(wrapped);
      return undefined;
    }
    this.#entries.delete(wrapped);
    this.#entries.set(wrapped, entry);
    return Buffer.from(entry.key);
  }

  /** Caches `key` (taking ownership of it, see the class notes). */
  set(wrapped: string, key: Buffer): void {
    if (this.#ttlMs === 0) {
      key.fill(0);
      return;
    }
    const previous = this.#entries.get(wrapped);
    if (previous !== undefined && previous.key !== key) previous.key.fill(0);
    this.#entries.delete(wrapped);
    this.#entries.set(wrapped, { key, expiresAt: this.#now() + this.#ttlMs });
    this.#sweepExpired();
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries) break;
      entry.key.fill(0);
      this.#entries.delete(oldest);
    }
  }

  /** Removes and zero-fills one entry; returns whether it was present. */
  delete(wrapped: string): boolean {
    const entry = this.#entries.get(wrapped);
    if (entry === undefined) return false;
    entry.key.fill(0);
    return this.#entries.delete(wrapped);
  }

  /** Removes and zero-fills every entry. */
  clear(): void {
    for (const entry of this.#entries.values()) entry.key.fill(0);
    this.#entries.clear();
  }

  #isExpired(entry: CachedKey): boolean {
    return this.#now() >= entry.expiresAt;
  }

  // Expired keys would otherwise linger in memory until LRU pressure evicted them.
  #sweepExpired(): void {
    for (const [wrapped, entry] of this.#entries) {
      if (this.#isExpired(entry)) {
        entry.key.fill(0);
        this.#entries.delete(wrapped);
      }
    }
  }
}
