import { createHash } from 'node:crypto';

/**
 * Serialises a value to JSON that is identical for equal content: object keys sorted
 * recursively, `undefined` written as `null` (in objects and arrays alike), dates as ISO
 * strings, no whitespace.
 *
 * @throws TypeError for values JSON cannot represent faithfully (functions, symbols, bigints,
 * class instances other than Date, cycles), since dropping them would let different inputs share a fingerprint.
 * @throws RangeError for non-finite numbers and invalid dates, for the same reason.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set<object>());
}

/** Hex SHA-256 of {@link canonicalJson}: a stable identity for "the same request". */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

function write(value: unknown, ancestors: Set<object>): string {
  if (value === undefined || value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) {
        throw new RangeError('canonicalJson cannot represent a non-finite number');
      }
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, ancestors);
    default:
      throw new TypeError(`canonicalJson cannot represent a ${typeof value}`);
  }
}

function writeObject(value: object, ancestors: Set<object>): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError('canonicalJson cannot represent an invalid date');
    }
    return JSON.stringify(value.toISOString());
  }
  if (ancestors.has(value)) {
    throw new TypeError('canonicalJson cannot represent a cyclic structure');
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      // Indexing rather than map() so holes in sparse arrays become null instead of vanishing.
      const items: readonly unknown[] = value;
      const parts: string[] = [];
      for (let index = 0; index < items.length; index += 1) {
        parts.push(write(items[index], ancestors));
      }
      return `[${parts.join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError('canonicalJson only accepts plain objects, arrays and dates');
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], ancestors)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
