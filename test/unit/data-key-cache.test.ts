import { randomBytes } from 'node:crypto';
import { DataKeyCache } from '../../src/pii/data-key-cache';

const ZEROS = Buffer.alloc(32);

/** A recognisable 32-byte key; a fresh buffer each call, since the cache zero-fills keys it drops. */
const keyFilledWith = (byte: number): Buffer => Buffer.alloc(32, byte);

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

function cacheWith(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const clock = fakeClock();
  const cache = new DataKeyCache({
    ttlMs: options.ttlMs ?? 60_000,
    maxEntries: options.maxEntries ?? 10,
    now: clock.now,
  });
  return { cache, clock };
}

describe('DataKeyCache', () => {
  describe('lifetime', () => {
    it('returns a key set moments ago', () => {
      const { cache } = cacheWith();
      const key = randomBytes(32);
      const expected = Buffer.from(key);
      cache.set('wrapped-a', key);
      expect(cache.get('wrapped-a')).toEqual(expected);
    });

    it('returns a key until just before its ttl elapses', () => {
      const { cache, clock } = cacheWith({ ttlMs: 60_000 });
      cache.set('wrapped-a', keyFilledWith(1));
      clock.advance(59_999);
      expect(cache.get('wrapped-a')).toEqual(keyFilledWith(1));
    });

    it('never returns a key once its ttl has elapsed', () => {
      const { cache, clock } = cacheWith({ ttlMs: 60_000 });
      cache.set('wrapped-a', randomBytes(32));
      clock.advance(60_000);
      expect(cache.get('wrapped-a')).toBeUndefined();
    });

    it('does not extend the ttl when a key is read', () => {
      const { cache, clock } = cacheWith({ ttlMs: 60_000 });
      cache.set('wrapped-a', randomBytes(32));
      clock.advance(40_000);
      cache.get('wrapped-a');
      clock.advance(20_000);
      expect(cache.get('wrapped-a')).toBeUndefined();
    });

    it('zero-fills a key found expired on read', () => {
      const { cache, clock } = cacheWith({ ttlMs: 1_000 });
      const key = randomBytes(32);
      cache.set('wrapped-a', key);
      clock.advance(1_000);
      cache.get('wrapped-a');
      expect(key).toEqual(ZEROS);
    });

    it('sweeps and zero-fills expired keys when another key is set', () => {
      const { cache, clock } = cacheWith({ ttlMs: 1_000 });
      const stale = randomBytes(32);
      cache.set('wrapped-stale', stale);
      clock.advance(1_000);
      cache.set('wrapped-fresh', randomBytes(32));
      expect(cache.size).toBe(1);
      expect(stale).toEqual(ZEROS);
    });

    it('caches nothing, and wipes the key it is handed, when ttl is 0', () => {
      const { cache } = cacheWith({ ttlMs: 0 });
      const key = randomBytes(32);
      cache.set('wrapped-a', key);
      expect(cache.get('wrapped-a')).toBeUndefined();
      expect(cache.size).toBe(0);
      expect(key).toEqual(ZEROS);
    });
  });

  describe('bound', () => {
    it('never holds more than maxEntries keys', () => {
      const { cache } = cacheWith({ maxEntries: 3 });
      for (let i = 0; i < 10; i += 1) cache.set(`wrapped-${i}`, randomBytes(32));
      expect(cache.size).toBe(3);
    });

    it('evicts the least recently set key first', () => {
      const { cache } = cacheWith({ maxEntries: 2 });
      cache.set('wrapped-a', keyFilledWith(1));
      cache.set('wrapped-b', keyFilledWith(2));
      cache.set('wrapped-c', keyFilledWith(3));
      expect(cache.get('wrapped-a')).toBeUndefined();
      expect(cache.get('wrapped-b')).toEqual(keyFilledWith(2));
      expect(cache.get('wrapped-c')).toEqual(keyFilledWith(3));
    });

    it('counts a read as a use, so a recently read key survives', () => {
      const { cache } = cacheWith({ maxEntries: 2 });
      cache.set('wrapped-a', keyFilledWith(1));
      cache.set('wrapped-b', keyFilledWith(2));
      cache.get('wrapped-a');
      cache.set('wrapped-c', keyFilledWith(3));
      expect(cache.get('wrapped-a')).toEqual(keyFilledWith(1));
      expect(cache.get('wrapped-b')).toBeUndefined();
    });

    it('zero-fills an evicted key', () => {
      const { cache } = cacheWith({ maxEntries: 1 });
      const evicted = randomBytes(32);
      cache.set('wrapped-a', evicted);
      cache.set('wrapped-b', randomBytes(32));
      expect(evicted).toEqual(ZEROS);
    });

    it('rejects a non-positive maxEntries', () => {
      expect(() => new DataKeyCache({ ttlMs: 1_000, maxEntries: 0, now: Date.now })).toThrow(RangeError);
    });

    it('rejects a negative ttl', () => {
      expect(() => new DataKeyCache({ ttlMs: -1, maxEntries: 1, now: Date.now })).toThrow(RangeError);
    });
  });

  describe('removal and ownership', () => {
    it('zero-fills a deleted key and no longer returns it', () => {
      const { cache } = cacheWith();
      const key = randomBytes(32);
      cache.set('wrapped-a', key);
      expect(cache.delete('wrapped-a')).toBe(true);
      expect(key).toEqual(ZEROS);
      expect(cache.get('wrapped-a')).toBeUndefined();
    });

    it('reports deleting an unknown key as a no-op', () => {
      const { cache } = cacheWith();
      expect(cache.delete('wrapped-missing')).toBe(false);
    });

    it('zero-fills every key on clear', () => {
      const { cache } = cacheWith();
      const keys = [randomBytes(32), randomBytes(32)];
      keys.forEach((key, i) => cache.set(`wrapped-${i}`, key));
      cache.clear();
      expect(cache.size).toBe(0);
      for (const key of keys) expect(key).toEqual(ZEROS);
    });

    it('zero-fills the key it replaces under the same wrapped key', () => {
      const { cache } = cacheWith();
      const replaced = randomBytes(32);
      cache.set('wrapped-a', replaced);
      cache.set('wrapped-a', randomBytes(32));
      expect(replaced).toEqual(ZEROS);
    });

    it('hands out copies that a later eviction cannot wipe mid-use', () => {
      const { cache } = cacheWith({ maxEntries: 1 });
      const key = randomBytes(32);
      const expected = Buffer.from(key);
      cache.set('wrapped-a', key);
      const inUse = cache.get('wrapped-a');
      cache.set('wrapped-b', randomBytes(32));
      expect(inUse).toEqual(expected);
    });
  });
});
