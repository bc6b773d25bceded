import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BlindIndex,
  BLIND_INDEX_KEY_FILE,
  loadOrCreateBlindIndexKey,
  normalisedEmail,
  normalisedName,
  normalisedPhone,
} from '../../src/pii/blind-index';

const index = new BlindIndex(Buffer.alloc(32, 3));

describe('normalisation', () => {
  it('compares names case-insensitively with spaces collapsed', () => {
    expect(normalisedName('  Ana   MARIA Pop ')).toBe('ana maria pop');
  });

  it('reads full-width letters as their plain forms', () => {
    expect(normalisedName('Ａｎａ')).toBe('ana');
  });

  it('lower-cases an email and refuses a value without @', () => {
    expect([normalisedEmail(' Ana.Pop@Example.COM '), normalisedEmail('ana.pop')]).toEqual(['ana.pop@example.com', '']);
  });

  it('keeps only the digits of a phone, reading 00 as +', () => {
    expect([normalisedPhone('+40 712-345 678'), normalisedPhone('0040 712 345 678')]).toEqual([
      '40712345678',
      '40712345678',
    ]);
  });

  it('takes fewer than six digits for no phone at all', () => {
    expect(normalisedPhone('BKS-12345')).toBe('');
  });
});

describe('BlindIndex', () => {
  it('finds a contact by an email typed in another case', () => {
    const stored = index.contactDigests({ contactFirstName: 'Ana', contactLastName: 'Pop', contactEmail: 'ana@x.ro' });
    expect(stored).toEqual(expect.arrayContaining(index.termDigests('ANA@X.RO')));
  });

  it('finds a contact by first name, last name and full name', () => {
    const stored = index.contactDigests({ contactFirstName: 'Ana', contactLastName: 'Pop' });
    for (const term of ['ana', 'POP', 'Ana  Pop'])
      expect(stored.some((digest) => index.termDigests(term).includes(digest))).toBe(true);
  });

  it('does not find a contact by part of a name', () => {
    const stored = index.contactDigests({ contactFirstName: 'Anastasia', contactLastName: 'Pop' });
    expect(stored.some((digest) => index.termDigests('Anast').includes(digest))).toBe(false);
  });

  it('finds a contact by a phone written another way, and no traveler by it', () => {
    const term = index.termDigests('0040712345678');
    const contact = index.contactDigests({ contactPhone: '+40 712 345 678' });
    const traveler = index.travelerDigests({ firstName: 'Ion', lastName: 'Pop' });
    expect(contact.filter((digest) => term.includes(digest))).toHaveLength(1);
    expect(traveler.filter((digest) => term.includes(digest))).toEqual([]);
  });

  it('stores 64 hex characters per value, sorted, without the value itself', () => {
    const stored = index.contactDigests({ contactFirstName: 'Ana', contactLastName: 'Ana', contactEmail: 'a@b.c' });
    expect(stored).toHaveLength(3);
    expect(stored).toEqual([...stored].sort());
    for (const digest of stored) expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('digests differently under another key', () => {
    expect(new BlindIndex(Buffer.alloc(32, 4)).termDigests('ana')).not.toEqual(index.termDigests('ana'));
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new BlindIndex(Buffer.alloc(16))).toThrow(RangeError);
  });
});

describe('loadOrCreateBlindIndexKey', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'bookings-blind-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses PII_BLIND_INDEX_KEY when given, writing no file', () => {
    const key = randomBytes(32);
    expect(loadOrCreateBlindIndexKey({ base64Key: key.toString('base64'), dataDir, production: true })).toEqual(key);
    expect(existsSync(join(dataDir, BLIND_INDEX_KEY_FILE))).toBe(false);
  });

  it('requires PII_BLIND_INDEX_KEY in production', () => {
    expect(() => loadOrCreateBlindIndexKey({ dataDir, production: true })).toThrow(/PII_BLIND_INDEX_KEY/);
  });

  it('creates one key file readable only by its owner outside production, and reuses it', () => {
    const key = loadOrCreateBlindIndexKey({ dataDir, production: false });
    const path = join(dataDir, BLIND_INDEX_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64')).toEqual(key);
    expect(loadOrCreateBlindIndexKey({ dataDir, production: false })).toEqual(key);
  });
});
