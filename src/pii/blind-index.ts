import { createHmac } from 'node:crypto';
import type { Config } from '../config';
import { loadOrCreateSecretKey, type SecretKeySource, type SecretKeySpec } from './key-file';

export const BLIND_INDEX_KEY_FILE = 'pii-blind-index.key';

const BLIND_INDEX_KEY: SecretKeySpec = {
  variable: 'PII_BLIND_INDEX_KEY',
  file: BLIND_INDEX_KEY_FILE,
  requiredWhen: 'bookings are searched by personal data',
  label: 'PII blind index key',
};

/** The blind index key: `PII_BLIND_INDEX_KEY`, else (outside production) a key file in the data directory. */
export function loadOrCreateBlindIndexKey(source: SecretKeySource): Buffer {
  return loadOrCreateSecretKey(BLIND_INDEX_KEY, source);
}

/** The blind index the configuration selects (PII_BLIND_INDEX_KEY, or the development key file). */
export function blindIndexFromConfig(config: Pick<Config, 'piiBlindIndexKey' | 'dataDir' | 'production'>): BlindIndex {
  const key = loadOrCreateBlindIndexKey({
    base64Key: config.piiBlindIndexKey,
    dataDir: config.dataDir,
    production: config.production,
  });
  try {
    return new BlindIndex(key);
  } finally {
    // The index keeps its own copy.
    key.fill(0);
  }
}

// Shorter digit runs would match a booking number's or a date's digits as if they were a phone.
const MIN_PHONE_DIGITS = 6;

/** Names compare case-insensitively with runs of spaces collapsed, as people type them. */
export const normalisedName = (value: string): string =>
  value.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Addresses compare case-insensitively; without an `@` a value is not one. */
export const normalisedEmail = (value: string): string => {
  const email = value.normalize('NFKC').trim().toLowerCase();
  return email.includes('@') ? email : '';
};

/** Phones compare by their digits, `00` read as the `+` of an international number. */
export const normalisedPhone = (value: string): string => {
  const digits = value.normalize('NFKC').replace(/\D/gu, '');
  const number = digits.startsWith('00') ? digits.slice(2) : digits;
  return number.length >= MIN_PHONE_DIGITS ? number : '';
};

/** The personal data of a booking's contact that search may match exactly. */
export interface ContactSearchFields {
  contactFirstName?: string | null;
  contactLastName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/** The personal data of a traveler that search may match exactly. */
export interface TravelerSearchFields {
  firstName?: string | null;
  lastName?: string | null;
}

const present = (value: string | null | undefined): string => value ?? '';

/**
 * Keyed HMAC-SHA256 digests of normalised personal data: the database can find a booking by an
 * exact email, phone or name without holding anything a reader of the tables could invert or
 * match against a guess — that needs the key, which stays with the service. Substrings are not
 * searchable this way, by design.
 */
export class BlindIndex {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new RangeError('The blind index key must be 32 bytes');
    this.#key = Buffer.from(key);
  }

  /** Digests of the contact's names (each, and the full name), email and phone; sorted, no duplicates. */
  contactDigests(contact: ContactSearchFields): string[] {
    const first = present(contact.contactFirstName);
    const last = present(contact.contactLastName);
    return this.digests([
      normalisedName(first),
      normalisedName(last),
      normalisedName(`${first} ${last}`),
      normalisedEmail(present(contact.contactEmail)),
      normalisedPhone(present(contact.contactPhone)),
    ]);
  }

  /** Digests of a traveler's names: each, and the full name. */
  travelerDigests(traveler: TravelerSearchFields): string[] {
    const first = present(traveler.firstName);
    const last = present(traveler.lastName);
    return this.digests([normalisedName(first), normalisedName(last), normalisedName(`${first} ${last}`)]);
  }

  /** What a search term would be stored as, read as a name, an email and a phone. */
  termDigests(term: string): string[] {
    return this.digests([normalisedName(term), normalisedEmail(term), normalisedPhone(term)]);
  }

  private digests(normalised: string[]): string[] {
    const values = new Set<string>();
    for (const value of normalised)
      if (value !== '') values.add(createHmac('sha256', this.#key).update(value, 'utf8').digest('hex'));
    return [...values].sort();
  }
}
