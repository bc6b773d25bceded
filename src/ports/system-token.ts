import { signToken } from '../auth/token-verifier';

/** The bearer token bookings sends to other subgraphs; null sends none (a subgraph that needs none). */
export type SystemTokenSource = () => Promise<string | null>;

export interface SignedSystemTokenOptions {
  /** AUTH_JWT_SECRET, or the development secret: the one the other subgraphs verify with. */
  secret: string;
  issuer?: string;
  audience?: string;
  /** Default 300: long enough to cache, short enough that a leaked one soon stops working. */
  lifetimeSeconds?: number;
  /** Milliseconds since the epoch; tests pass a fixed clock. */
  now?: () => number;
}

const SYSTEM_SUBJECT = 'svc_bookings';
// Scopes a port may need from the catalog side; the example subgraphs do not check them.
const SYSTEM_SCOPE = 'catalog:read';

/**
 * Signs a `system` principal token and reuses it until a minute before it expires, so a port call does
 * not pay for signing each time.
 */
export function signedSystemToken(options: SignedSystemTokenOptions): SystemTokenSource {
  const lifetimeSeconds = options.lifetimeSeconds ?? 300;
  const now = options.now ?? Date.now;
  let cached: { token: Promise<string>; renewAt: number } | null = null;
  return () => {
    const at = now();
    if (cached === null || at >= cached.renewAt) {
      const token = signToken(
        options.secret,
        { sub: SYSTEM_SUBJECT, principalType: 'system', scope: SYSTEM_SCOPE, expiresIn: `${lifetimeSeconds}s` },
        { issuer: options.issuer, audience: options.audience },
      );
      cached = { token, renewAt: at + Math.max(0, lifetimeSeconds - 60) * 1000 };
      // A failed signing is not cached: the next call tries again.
      token.catch(() => (cached = null));
    }
    return cached.token;
  };
}
