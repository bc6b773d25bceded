import { badUserInput } from '../errors';
import { unstorableText } from '../validation/storable';

/**
 * Opaque keyset cursors: the sort value (as PostgreSQL prints it) and the id that breaks ties.
 * `ordering`, when given, names what the sort value is, so a cursor issued for one ordering is
 * refused by another instead of being compared against the wrong column.
 */
export function encodeCursor(sortValue: string, id: string, ordering?: string): string {
  return Buffer.from(JSON.stringify(ordering === undefined ? [sortValue, id] : [sortValue, id, ordering])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string, field: string, ordering?: string): { sortValue: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const expectedLength = ordering === undefined ? 2 : 3;
    if (
      Array.isArray(parsed) &&
      parsed.length === expectedLength &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      parsed[2] === ordering &&
      // A forged cursor's values reach PostgreSQL as parameters.
      unstorableText(parsed[0]) === null &&
      unstorableText(parsed[1]) === null
    ) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the typed error below.
  }
  throw badUserInput(`${field}: is not a cursor this API issued for this ordering`, field);
}
