import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Outside production, a token secret is generated once and kept beside the embedded database. */
export function loadOrCreateDevJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The HS256 secret in force: the configured one, else (outside production) the dev secret. */
export function resolveJwtSecret(auth: { jwtSecret?: string; jwksUrl?: string }, dataDir: string, production: boolean): string | undefined {
  if (auth.jwtSecret) return auth.jwtSecret;
  if (auth.jwksUrl) return undefined;
  if (production) throw new Error('AUTH_JWT_SECRET or AUTH_JWKS_URL is required in production');
  return loadOrCreateDevJwtSecret(dataDir);
}
