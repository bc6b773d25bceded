import { hasScope, type Principal } from '../../src/auth/principal';
import { parseScopeClaim, scopeGranted, SCOPES, type Scope } from '../../src/auth/scopes';

const granted = (...scopes: string[]) => new Set(scopes);
const ALL_SCOPES = Object.values(SCOPES);
const BOOKINGS_SCOPES: Scope[] = ['bookings:read', 'bookings:write', 'bookings:admin'];
const PII_SCOPES: Scope[] = ['bookings-pii:read', 'bookings-pii:write'];

describe('scopeGranted', () => {
  it.each(ALL_SCOPES)('grants %s to a caller holding exactly it', (scope) => {
    expect(scopeGranted(granted(scope), scope)).toBe(true);
  });

  it.each(ALL_SCOPES)('grants %s to a caller holding *', (scope) => {
    expect(scopeGranted(granted('*'), scope)).toBe(true);
  });

  it.each(BOOKINGS_SCOPES)('grants %s through bookings:*', (scope) => {
    expect(scopeGranted(granted('bookings:*'), scope)).toBe(true);
  });

  it.each(PII_SCOPES)('does not grant %s through bookings:*', (scope) => {
    expect(scopeGranted(granted('bookings:*'), scope)).toBe(false);
  });

  it.each(PII_SCOPES)('grants %s through bookings-pii:*', (scope) => {
    expect(scopeGranted(granted('bookings-pii:*'), scope)).toBe(true);
  });

  it.each(BOOKINGS_SCOPES)('does not grant %s through bookings-pii:*', (scope) => {
    expect(scopeGranted(granted('bookings-pii:*'), scope)).toBe(false);
  });

  it('grants inventory:write through inventory:* only', () => {
    expect(scopeGranted(granted('inventory:*'), 'inventory:write')).toBe(true);
    expect(scopeGranted(granted('bookings:*', 'bookings-pii:*'), 'inventory:write')).toBe(false);
  });

  it('does not let one bookings scope stand for another', () => {
    expect(scopeGranted(granted('bookings:read'), 'bookings:write')).toBe(false);
    expect(scopeGranted(granted('bookings:write'), 'bookings:admin')).toBe(false);
    expect(scopeGranted(granted('bookings:admin'), 'bookings:read')).toBe(false);
  });

  it.each([
    'bookings',
    'bookings:',
    'bookings:re*',
    'bookings:read:all',
    'Bookings:read',
    '*:read',
    ':*',
    'bookings*',
    'booking:*',
  ])('treats %s as no grant of bookings:read', (scope) => {
    expect(scopeGranted(granted(scope), 'bookings:read')).toBe(false);
  });

  it('grants nothing to an empty set', () => {
    for (const scope of ALL_SCOPES) expect(scopeGranted(granted(), scope)).toBe(false);
  });
});

describe('parseScopeClaim', () => {
  it('splits a space-separated claim, ignoring extra whitespace', () => {
    expect([...parseScopeClaim('  bookings:read\tbookings:write \n bookings-pii:* ')]).toEqual([
      'bookings:read',
      'bookings:write',
      'bookings-pii:*',
    ]);
  });

  it('accepts an array claim, keeping only strings', () => {
    expect([...parseScopeClaim(['bookings:read', 7, null, 'bookings:admin'])]).toEqual([
      'bookings:read',
      'bookings:admin',
    ]);
  });

  it.each([undefined, null, 42, { scope: 'bookings:read' }, ''])('reads %p as no scopes', (claim) => {
    expect(parseScopeClaim(claim).size).toBe(0);
  });
});

describe('hasScope', () => {
  const principal = (scopes: string[]): Principal => ({ id: 'usr_1', type: 'user', scopes: new Set(scopes) });

  it('answers false without a principal', () => {
    expect(hasScope(null, 'bookings:read')).toBe(false);
  });

  it('applies the wildcards to the principal’s scopes', () => {
    expect(hasScope(principal(['bookings:*']), 'bookings:admin')).toBe(true);
    expect(hasScope(principal(['bookings:*']), 'bookings-pii:read')).toBe(false);
  });
});
