import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Where the server keeps the development token secret it generated. */
export function devJwtSecretFile(dataDir: string): string {
  return join(dataDir, 'dev-jwt-secret');
}

/** The development token secret a server already generated in `dataDir`, if any; never creates one. */
export function readDevJwtSecret(dataDir: string): string | undefined {
  const file = devJwtSecretFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Outside production, a token secret is generated once and kept beside the embedded database. */
export function loadOrCreateDevJwtSecret(dataDir: string): string {
  const existing = readDevJwtSecret(dataDir);
  if (existing !== undefined) return existing;
  const file = devJwtSecretFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The HS256 secret in force: the configured one, else (outside production) the dev secret. */
export function resolveJwtSecret(
  auth: { jwtSecret?: string; jwksUrl?: string },
  dataDir: string,
  production: boolean,
): string | undefined {
  if (auth.jwtSecret) return auth.jwtSecret;
  if (auth.jwksUrl) return undefined;
  if (production) throw new Error('AUTH_JWT_SECRET or AUTH_JWKS_URL is required in production');
  return loadOrCreateDevJwtSecret(dataDir);
}
