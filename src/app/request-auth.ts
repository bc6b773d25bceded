import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from '../auth/principal';
import type { TokenVerifier } from '../auth/token-verifier';

/** Who sent a request: no token is `principal: null` without a failure; the shield decides what that may read. */
export interface Authentication {
  principal: Principal | null;
  /** Set when a token was sent but did not verify. */
  authFailure: string | null;
}

/** Reads `Authorization: Bearer <token>`; a malformed header or an unverified token is a failure, not an error. */
export async function authenticate(header: string | undefined, verifyToken: TokenVerifier): Promise<Authentication> {
  if (!header) return { principal: null, authFailure: null };
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match?.[1]) return { principal: null, authFailure: 'The Authorization header must be "Bearer <token>"' };
  try {
    return { principal: await verifyToken(match[1]), authFailure: null };
  } catch (error) {
    return { principal: null, authFailure: error instanceof Error ? error.message : 'The bearer token is invalid' };
  }
}

const secretsEqual = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** With ROUTER_SECRET set, only requests carrying it in `router-authorization` came through the router. */
export function cameThroughRouter(headers: IncomingHttpHeaders, routerSecret: string | null | undefined): boolean {
  if (!routerSecret) return true;
  const given = headers['router-authorization'];
  return typeof given === 'string' && secretsEqual(given, routerSecret);
}
