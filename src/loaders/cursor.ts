import { badUserInput } from '../errors';

/** Opaque keyset cursors: the sort value (as PostgreSQL prints it) and the id that breaks ties. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): { sortValue: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the typed error below.
  }
  throw badUserInput(`${field}: is not a cursor this API issued`, field);
}
