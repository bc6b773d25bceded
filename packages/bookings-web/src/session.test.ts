import { describe, expect, it } from 'vitest';
import { grants, sessionFromToken } from './session';

/** An unsigned token with these claims: the app reads claims, the server verifies signatures. */
function tokenWith(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode(claims)}.signature`;
}

describe('session', () => {
  it('reads the subject and scopes from a token', () => {
    expect(sessionFromToken(tokenWith({ sub: 'usr_1', scope: 'bookings:read bookings-pii:read' }))).toMatchObject({
      subject: 'usr_1',
      scopes: ['bookings:read', 'bookings-pii:read'],
    });
  });

  it('refuses text that is not a token', () => {
    expect(sessionFromToken('not a token')).toBeNull();
  });

  it('grants a scope named exactly, through its area wildcard, or through *', () => {
    const session = (scope: string) =>
      sessionFromToken(tokenWith({ sub: 'usr_1', scope })) ?? { token: '', subject: '', scopes: [] };
    expect(grants(session('bookings-pii:read'), 'bookings-pii:read')).toBe(true);
    expect(grants(session('bookings-pii:*'), 'bookings-pii:read')).toBe(true);
    expect(grants(session('*'), 'bookings-pii:read')).toBe(true);
  });

  it('does not take bookings:* for a bookings-pii scope', () => {
    const session = sessionFromToken(tokenWith({ sub: 'usr_1', scope: 'bookings:*' }));
    expect(session && grants(session, 'bookings-pii:read')).toBe(false);
  });
});
