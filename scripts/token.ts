/**
 * Prints a signed token: `npm run token -- --sub usr_1 --type user --scope "bookings:read bookings:write" --expires 12h`.
 * It always carries sub, principal_type, scope, iat and exp; a lifetime beyond AUTH_MAX_TOKEN_AGE_SECONDS is refused
 * here, since the server would refuse the token.
 */
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { resolveJwtSecret } from '../src/auth/dev-secret';
import { signToken } from '../src/auth/token-verifier';
import { loadConfig } from '../src/config';
import { PRINCIPAL_TYPES, type PrincipalType } from '../src/domain/vocabulary';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string', default: 'usr_dev' },
      type: { type: 'string', default: 'user' },
      scope: { type: 'string', default: 'bookings:read bookings:write' },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!(PRINCIPAL_TYPES as readonly string[]).includes(values.type)) throw new Error(`--type must be one of ${PRINCIPAL_TYPES.join(', ')}`);
  const config = loadConfig();
  const secret = resolveJwtSecret(config.auth, config.dataDir, config.production);
  if (!secret) throw new Error('Tokens for AUTH_JWKS_URL come from your identity provider, not from this script');
  const token = await signToken(secret, { sub: values.sub, principalType: values.type as PrincipalType, scope: values.scope, expiresIn: values.expires }, { issuer: config.auth.issuer, audience: config.auth.audience });
  const { exp, iat } = decodeJwt(token);
  if (exp === undefined || iat === undefined || exp - iat > config.auth.maxTokenAgeSeconds) {
    throw new Error(`--expires ${values.expires} exceeds AUTH_MAX_TOKEN_AGE_SECONDS (${config.auth.maxTokenAgeSeconds} seconds)`);
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
