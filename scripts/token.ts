/**
 * Prints a signed token:
 * `npm run token -- --sub usr_1 --type user --scope "bookings:read bookings:write" --expires 12h`.
 * It always carries sub, principal_type, scope, iat and exp; a lifetime beyond AUTH_MAX_TOKEN_AGE_SECONDS is refused
 * here, since the server would refuse the token.
 */
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { devJwtSecretFile, readDevJwtSecret } from '../src/auth/dev-secret';
import { signToken } from '../src/auth/token-verifier';
import { loadConfig, type Config } from '../src/config';
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
  if (!(PRINCIPAL_TYPES as readonly string[]).includes(values.type))
    throw new Error(`--type must be one of ${PRINCIPAL_TYPES.join(', ')}`);
  const config = loadConfig();
  const secret = signingSecret(config);
  const token = await signToken(
    secret,
    { sub: values.sub, principalType: values.type as PrincipalType, scope: values.scope, expiresIn: values.expires },
    { issuer: config.auth.issuer, audience: config.auth.audience },
  );
  const { exp, iat } = decodeJwt(token);
  if (exp === undefined || iat === undefined || exp - iat > config.auth.maxTokenAgeSeconds) {
    throw new Error(
      `--expires ${values.expires} exceeds AUTH_MAX_TOKEN_AGE_SECONDS (${config.auth.maxTokenAgeSeconds} seconds)`,
    );
  }
  process.stdout.write(`${token}\n`);
}

/**
 * The secret the server verifies with. A dev secret is only read, never generated: one made here
 * would be a secret no server knows, and every token signed with it would be refused.
 */
function signingSecret(config: Config): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  if (config.auth.jwksUrl)
    throw new Error('Tokens for AUTH_JWKS_URL come from your identity provider, not from this script');
  const devSecret = config.production ? undefined : readDevJwtSecret(config.dataDir);
  if (devSecret) return devSecret;
  throw new Error(
    [
      `No token secret to sign with: ${devJwtSecretFile(config.dataDir)} does not exist and AUTH_JWT_SECRET ` +
        `is not set.`,
      'Use the secret your server verifies tokens with:',
      '  - a server started with `npm start` generates its development secret in its data directory on first start:',
      '    start it once, and run this script with the same BOOKINGS_DATA_DIR (default ./.data) from the same folder;',
      '  - a server started with AUTH_JWT_SECRET: set the same AUTH_JWT_SECRET here.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
