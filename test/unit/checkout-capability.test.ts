import { SignJWT } from 'jose';
import { CHECKOUT_AUDIENCE, CHECKOUT_TOKEN_TYPE, createCheckoutCapabilities } from '../../src/auth/checkout-capability';
import { createTokenVerifier, signToken } from '../../src/auth/token-verifier';
import { ConfigError, loadConfig } from '../../src/config';
import { newId } from '../../src/ids';
import { InvalidCapabilityError, type CheckoutCapabilityPort } from '../../src/ports/checkout-capability-port';
import { createTestClock, type TestClock } from '../helpers/test-clock';

const SECRET = 'a-checkout-capability-secret-of-32-bytes!';
const USER_SECRET = 'a-user-token-secret-of-at-least-32-characters';
const ALL_ACTIONS = [
  'session:read',
  'session:update',
  'session:reprice',
  'session:finalize',
  'payment:read',
  'payment:start',
] as const;

async function hs256(clock: TestClock, ttlSeconds = 1800): Promise<CheckoutCapabilityPort> {
  return createCheckoutCapabilities({ key: { algorithm: 'HS256', secret: SECRET }, ttlSeconds, clock });
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('the token was accepted');
    },
    (error: unknown) => error,
  );
}

function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('checkout capability (HS256)', () => {
  it('round-trips the booking, actions, epoch and a fresh token id', async () => {
    const clock = createTestClock();
    const port = await hs256(clock);
    const bookingId = newId('book');
    const issued = await port.issue({ bookingId, actions: ALL_ACTIONS, epoch: 3 });
    const verified = await port.verify(issued.token);
    expect(verified).toEqual({
      bookingId,
      actions: [...ALL_ACTIONS],
      epoch: 3,
      jti: issued.jti,
      expiresAt: issued.expiresAt,
    });
    expect(issued.expiresAt.getTime() - clock.now().getTime()).toBe(1800 * 1000);
    expect((await port.issue({ bookingId, actions: ALL_ACTIONS, epoch: 3 })).jti).not.toBe(issued.jti);
  });

  it('carries typ bookings-checkout+jwt and aud bookings-checkout', async () => {
    const port = await hs256(createTestClock());
    const { token } = await port.issue({ bookingId: newId('book'), actions: ['session:read'], epoch: 0 });
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((part): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
    expect(header).toEqual({ alg: 'HS256', typ: CHECKOUT_TOKEN_TYPE });
    expect(payload).toMatchObject({ aud: CHECKOUT_AUDIENCE, act: ['session:read'], epoch: 0 });
  });

  it('refuses a tampered token', async () => {
    const port = await hs256(createTestClock());
    const { token } = await port.issue({ bookingId: newId('book'), actions: ['session:read'], epoch: 0 });
    const [header, payload, signature] = token.split('.');
    const widened = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), act: [...ALL_ACTIONS] }),
    ).toString('base64url');
    expect(await refusal(port.verify(`${header}.${widened}.${signature}`))).toBeInstanceOf(InvalidCapabilityError);
  });

  it('refuses a token signed with another secret', async () => {
    const clock = createTestClock();
    const other = await createCheckoutCapabilities({
      key: { algorithm: 'HS256', secret: `${SECRET}-other` },
      ttlSeconds: 1800,
      clock,
    });
    const { token } = await other.issue({ bookingId: newId('book'), actions: ['session:read'], epoch: 0 });
    expect(await refusal((await hs256(clock)).verify(token))).toBeInstanceOf(InvalidCapabilityError);
  });

  it.each([
    ['a wrong typ', { typ: 'JWT', aud: CHECKOUT_AUDIENCE }],
    ['a wrong aud', { typ: CHECKOUT_TOKEN_TYPE, aud: 'bookings' }],
  ])('refuses %s', async (_case, { typ, aud }) => {
    const clock = createTestClock();
    const token = await new SignJWT({ act: ['session:read'], epoch: 0 })
      .setProtectedHeader({ alg: 'HS256', typ })
      .setSubject(newId('book'))
      .setAudience(aud)
      .setJti('jti-1')
      .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 600)
      .sign(new TextEncoder().encode(SECRET));
    expect(await refusal((await hs256(clock)).verify(token))).toBeInstanceOf(InvalidCapabilityError);
  });

  it('refuses a token at its expiry, measured on the injected clock', async () => {
    const clock = createTestClock();
    const port = await hs256(clock, 600);
    const { token } = await port.issue({ bookingId: newId('book'), actions: ['session:read'], epoch: 0 });
    clock.advance(599_000);
    await expect(port.verify(token)).resolves.toMatchObject({ epoch: 0 });
    clock.advance(1_000);
    expect(await refusal(port.verify(token))).toBeInstanceOf(InvalidCapabilityError);
  });

  it('never issues a token longer than the configured lifetime', async () => {
    const clock = createTestClock();
    const port = await hs256(clock, 600);
    const issued = await port.issue({
      bookingId: newId('book'),
      actions: ['session:read'],
      epoch: 0,
      ttlSeconds: 7200,
    });
    expect(issued.expiresAt.getTime() - clock.now().getTime()).toBe(600_000);
  });

  it('names the subject booking, so a token for one session is another session’s mismatch', async () => {
    const port = await hs256(createTestClock());
    const sessionA = newId('book');
    const verified = await port.verify(
      (await port.issue({ bookingId: sessionA, actions: ['session:read'], epoch: 0 })).token,
    );
    expect(verified.bookingId).toBe(sessionA);
    expect(verified.bookingId).not.toBe(newId('book'));
  });

  it('carries only the actions it was issued with', async () => {
    const port = await hs256(createTestClock());
    const verified = await port.verify(
      (await port.issue({ bookingId: newId('book'), actions: ['session:read'], epoch: 0 })).token,
    );
    expect(verified.actions).toEqual(['session:read']);
    expect(verified.actions).not.toContain('session:finalize');
  });
});

describe('capability and user tokens never stand in for each other', () => {
  it('a user token does not verify as a capability, even signed with the capability secret', async () => {
    const clock = createTestClock();
    const userToken = await signToken(SECRET, { sub: 'usr_1', principalType: 'user', scope: 'bookings:*' });
    expect(await refusal((await hs256(clock)).verify(userToken))).toBeInstanceOf(InvalidCapabilityError);
  });

  it('a capability does not verify as a user token', async () => {
    const port = await hs256(createTestClock());
    const { token } = await port.issue({ bookingId: newId('book'), actions: [...ALL_ACTIONS], epoch: 0 });
    const verifyUser = createTokenVerifier({ jwtSecret: USER_SECRET, maxTokenAgeSeconds: 86400 });
    await expect(verifyUser(token)).rejects.toThrow();
  });

  it('a capability signed with the user secret still names no principal type', async () => {
    // The user verifier reads the real clock.
    const clock = createTestClock(new Date());
    const port = await createCheckoutCapabilities({
      key: { algorithm: 'HS256', secret: USER_SECRET },
      ttlSeconds: 1800,
      clock,
    });
    const { token } = await port.issue({ bookingId: newId('book'), actions: [...ALL_ACTIONS], epoch: 0 });
    const verifyUser = createTokenVerifier({ jwtSecret: USER_SECRET, maxTokenAgeSeconds: 86400 });
    await expect(verifyUser(token)).rejects.toThrow('principal_type');
  });

  it('a user token may not claim the checkout principal type', async () => {
    const token = await signToken(USER_SECRET, { sub: 'usr_1', principalType: 'checkout', scope: 'bookings:*' });
    const verifyUser = createTokenVerifier({ jwtSecret: USER_SECRET, maxTokenAgeSeconds: 86400 });
    await expect(verifyUser(token)).rejects.toThrow('unknown principal_type');
  });
});

describe('checkout capability (ES256)', () => {
  it('round-trips and publishes a public key that verifies the token', async () => {
    const { createLocalJWKSet, jwtVerify } = await import('jose');
    const clock = createTestClock();
    const port = await createCheckoutCapabilities({ key: { algorithm: 'ES256' }, ttlSeconds: 1800, clock });
    const bookingId = newId('book');
    const { token } = await port.issue({ bookingId, actions: ['payment:start'], epoch: 1 });
    await expect(port.verify(token)).resolves.toMatchObject({ bookingId, actions: ['payment:start'], epoch: 1 });
    const jwks = await port.jwks();
    expect(jwks?.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks?.keys[0]).not.toHaveProperty('d');
    const keySet = createLocalJWKSet(jwks as never);
    const { payload } = await jwtVerify(token, keySet, {
      audience: CHECKOUT_AUDIENCE,
      typ: CHECKOUT_TOKEN_TYPE,
      currentDate: clock.now(),
    });
    expect(payload.act).toEqual(['payment:start']);
  });

  it('publishes nothing for HS256', async () => {
    expect(await (await hs256(createTestClock())).jwks()).toBeNull();
  });
});

describe('checkout capability configuration', () => {
  it('defaults to HS256 with a 1800 s lifetime', () => {
    expect(loadConfig({}).storefront.capability).toEqual({
      algorithm: 'HS256',
      secret: undefined,
      privateKeyPem: undefined,
      ttlSeconds: 1800,
    });
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(configProblems({ CHECKOUT_CAPABILITY_SECRET: 'x'.repeat(31) })).toEqual([
      'CHECKOUT_CAPABILITY_SECRET: must be at least 32 bytes',
    ]);
  });

  it('refuses a lifetime above 7200 seconds', () => {
    expect(configProblems({ CHECKOUT_CAPABILITY_TTL_SECONDS: '7201' }).join('\n')).toContain(
      'CHECKOUT_CAPABILITY_TTL_SECONDS',
    );
  });

  it('refuses the user token secret as the capability secret', () => {
    const problems = configProblems({ AUTH_JWT_SECRET: USER_SECRET, CHECKOUT_CAPABILITY_SECRET: USER_SECRET });
    expect(problems).toEqual([
      'CHECKOUT_CAPABILITY_SECRET: must differ from AUTH_JWT_SECRET, so neither token verifies as the other',
    ]);
  });

  it('requires the secret in production', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/bookings',
      ALLOW_DIRECT_ACCESS: 'true',
      AUTH_JWT_SECRET: USER_SECRET,
      KMS_PROVIDER: 'aws',
      AWS_KMS_KEY_ID: 'k',
      PII_BLIND_INDEX_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(configProblems(production)).toEqual(['CHECKOUT_CAPABILITY_SECRET: required in production']);
    expect(configProblems({ ...production, CHECKOUT_CAPABILITY_SECRET: SECRET })).toEqual([]);
  });

  it('reads the storefront limits', () => {
    const config = loadConfig({
      STOREFRONT_ALLOW_ANONYMOUS: 'true',
      STOREFRONT_MAX_HOLD_MINUTES: '60',
      STOREFRONT_MAX_QUANTITY: '5',
    });
    expect(config.storefront).toMatchObject({ allowAnonymous: true, maxHoldMinutes: 60, maxQuantity: 5 });
    expect(loadConfig({}).storefront).toMatchObject({ allowAnonymous: false, maxHoldMinutes: 120, maxQuantity: 20 });
  });
});
