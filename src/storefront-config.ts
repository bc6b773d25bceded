import { z } from 'zod';

// The same rules as src/config.ts (blank means unset, whole numbers within bounds, strict flags);
// kept here so the storefront's variables live in one file of their own.
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const integerFrom = (min: number, max: number, fallback: number) =>
  optionalString
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(min).max(max))
        .optional(),
    )
    .transform((value) => value ?? fallback);

const flag = optionalString
  .pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
  .transform((value) => value === 'true');

/** A capability outlives no checkout: the reference clamped silently at two hours, here it is a startup error. */
export const MAX_CAPABILITY_TTL_SECONDS = 7200;
const MIN_SECRET_BYTES = 32;

export const storefrontEnvironment = {
  CHECKOUT_CAPABILITY_SECRET: optionalString,
  CHECKOUT_CAPABILITY_TTL_SECONDS: integerFrom(1, MAX_CAPABILITY_TTL_SECONDS, 1800),
  CHECKOUT_CAPABILITY_ALGORITHM: optionalString
    .pipe(z.enum(['HS256', 'ES256'], { error: 'must be HS256 or ES256' }).optional())
    .transform((value) => value ?? 'HS256'),
  CHECKOUT_CAPABILITY_PRIVATE_KEY: optionalString,
  STOREFRONT_ALLOW_ANONYMOUS: flag,
  STOREFRONT_MAX_HOLD_MINUTES: integerFrom(1, 1440, 120),
  STOREFRONT_MAX_QUANTITY: integerFrom(1, 10000, 20),
};

type StorefrontEnvironment = z.output<z.ZodObject<typeof storefrontEnvironment>>;

export interface StorefrontConfig {
  capability: {
    algorithm: 'HS256' | 'ES256';
    /** HS256 key; unset outside production: a development secret is generated into the data dir. */
    secret?: string;
    /** ES256 signing key (PKCS#8 PEM); unset outside production: a key pair is generated at startup. */
    privateKeyPem?: string;
    ttlSeconds: number;
  };
  /** Whether `startStorefrontSession` is open to callers without a token. */
  allowAnonymous: boolean;
  /** How far past its start a session's hold may ever be extended. */
  maxHoldMinutes: number;
  /** The most units one storefront line may ask for. */
  maxQuantity: number;
}

/** Cross-variable rules; each problem names its variable and never echoes a value. */
export function storefrontProblems(
  e: StorefrontEnvironment & { AUTH_JWT_SECRET?: string },
  production: boolean,
): string[] {
  const problems: string[] = [];
  const secret = e.CHECKOUT_CAPABILITY_SECRET;
  if (secret !== undefined && Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    problems.push(`CHECKOUT_CAPABILITY_SECRET: must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (secret !== undefined && secret === e.AUTH_JWT_SECRET) {
    problems.push(
      'CHECKOUT_CAPABILITY_SECRET: must differ from AUTH_JWT_SECRET, so neither token verifies as the other',
    );
  }
  if (production && e.CHECKOUT_CAPABILITY_ALGORITHM === 'HS256' && secret === undefined) {
    problems.push('CHECKOUT_CAPABILITY_SECRET: required in production');
  }
  if (production && e.CHECKOUT_CAPABILITY_ALGORITHM === 'ES256' && e.CHECKOUT_CAPABILITY_PRIVATE_KEY === undefined) {
    problems.push(
      'CHECKOUT_CAPABILITY_PRIVATE_KEY: required in production when CHECKOUT_CAPABILITY_ALGORITHM is ES256',
    );
  }
  return problems;
}

export function storefrontConfig(e: StorefrontEnvironment): StorefrontConfig {
  return {
    capability: {
      algorithm: e.CHECKOUT_CAPABILITY_ALGORITHM,
      secret: e.CHECKOUT_CAPABILITY_SECRET,
      privateKeyPem: e.CHECKOUT_CAPABILITY_PRIVATE_KEY,
      ttlSeconds: e.CHECKOUT_CAPABILITY_TTL_SECONDS,
    },
    allowAnonymous: e.STOREFRONT_ALLOW_ANONYMOUS,
    maxHoldMinutes: e.STOREFRONT_MAX_HOLD_MINUTES,
    maxQuantity: e.STOREFRONT_MAX_QUANTITY,
  };
}
