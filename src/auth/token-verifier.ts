import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PRINCIPAL_TYPES, type PrincipalType } from '../domain/vocabulary';
import type { Principal } from './principal';
import { parseScopeClaim } from './scopes';

export interface TokenVerifierOptions {
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest lifetime (`exp − iat`) a token may have been issued with (AUTH_MAX_TOKEN_AGE_SECONDS). */
  maxTokenAgeSeconds: number;
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: options.jwksUrl ? ['RS256', 'ES256'] : ['HS256'],
  };
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : undefined;
  const verified = new VerifiedTokenCache();
  return async (token) => {
    const cached = verified.get(token);
    if (cached) return cached;
    let payload: JWTPayload;
    try {
      payload = jwks
        ? (await jwtVerify(token, jwks, verifyOptions)).payload
        : (await jwtVerify(token, requireKey(secret), verifyOptions)).payload;
    } catch {
      throw new InvalidTokenError('The bearer token is invalid or expired');
    }
    assertBoundedLifetime(payload, options.maxTokenAgeSeconds);
    const principal = principalFromClaims(payload);
    verified.set(token, principal, payload.exp);
    return principal;
  };
}

const VERIFIED_TOKEN_LIFETIME_MS = 60_000;
const VERIFIED_TOKEN_ENTRIES = 1_000;

/**
 * Clients send the same token on every request; re-verifying its signature was ~5% of a keyed
 * read. A verified token is trusted for at most a minute and never past its own expiry.
 */
class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  set(token: string, principal: Principal, expiresAtSeconds: number | undefined): void {
    const until = Math.min(
      Date.now() + VERIFIED_TOKEN_LIFETIME_MS,
      expiresAtSeconds === undefined ? Infinity : expiresAtSeconds * 1000,
    );
    if (this.entries.size >= VERIFIED_TOKEN_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { principal, until });
  }
}

function requireKey(secret: Uint8Array | undefined): Uint8Array {
  if (!secret) throw new InvalidTokenError('No token verification key is configured');
  return secret;
}

/**
 * A stolen token must stop working: every token expires, and no issuer may mint one that lives
 * longer than the configured bound. The bound is measured from `iat`, so a token without `iat`
 * cannot prove its lifetime and is refused rather than trusted (the signature already vouches
 * for both claims; jose has checked that `exp` lies ahead).
 */
export function assertBoundedLifetime(payload: JWTPayload, maxTokenAgeSeconds: number): void {
  if (typeof payload.exp !== 'number') throw new InvalidTokenError('The token has no expiry (exp)');
  if (typeof payload.iat !== 'number') throw new InvalidTokenError('The token has no issue time (iat)');
  if (payload.exp - payload.iat > maxTokenAgeSeconds) {
    throw new InvalidTokenError(`The token lives longer than the ${maxTokenAgeSeconds} seconds allowed (exp - iat)`);
  }
}

const isPrincipalType = (value: unknown): value is PrincipalType =>
  typeof value === 'string' && (PRINCIPAL_TYPES as readonly string[]).includes(value);

/** Who acts decides approvals and PII redaction, so a token must say it: no type is never read as `user`. */
export function principalFromClaims(payload: JWTPayload): Principal {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new InvalidTokenError('The token has no subject');
  if (payload.principal_type === undefined) throw new InvalidTokenError('The token has no principal_type');
  if (!isPrincipalType(payload.principal_type)) throw new InvalidTokenError('The token has an unknown principal_type');
  // Only a verified checkout capability makes a checkout principal (design §1).
  if (payload.principal_type === 'checkout') throw new InvalidTokenError('The token has an unknown principal_type');
  return { id: payload.sub, type: payload.principal_type, scopes: parseScopeClaim(payload.scope) };
}

export interface TokenClaims {
  sub: string;
  principalType: PrincipalType;
  scope: string;
  expiresIn?: string;
}

/** Signs an HS256 token: used by `npm run token` and by the tests. */
export function signToken(
  secret: string,
  claims: TokenClaims,
  options: { issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ principal_type: claims.principalType, scope: claims.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '1h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
