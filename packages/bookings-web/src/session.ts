/** The signed-in caller as this browser tab knows it: a bearer token and what its claims say. */
export interface Session {
  token: string;
  subject: string;
  scopes: readonly string[];
}

const STORAGE_KEY = 'bookings.token';

interface TokenClaims {
  sub?: unknown;
  scope?: unknown;
}

/**
 * Reads the claims without verifying the signature: the app only uses them to decide what to offer; the
 * subgraph verifies the token on every request.
 */
export function sessionFromToken(token: string): Session | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as TokenClaims;
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    return { token, subject: typeof claims.sub === 'string' ? claims.sub : 'unknown', scopes };
  } catch {
    return null;
  }
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  return token ? sessionFromToken(token) : null;
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(STORAGE_KEY, token);
  else sessionStorage.removeItem(STORAGE_KEY);
}

/** Whether the session's scopes grant `scope`, wildcards included (`bookings-pii:*`, `*`). */
export function grants(session: Session, scope: string): boolean {
  const [area] = scope.split(':');
  return session.scopes.some((granted) => granted === scope || granted === '*' || granted === `${area}:*`);
}
