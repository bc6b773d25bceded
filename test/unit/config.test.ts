import { ConfigError, loadConfig } from '../../src/config';

const SECRET = 'a-jwt-secret-of-at-least-thirty-two-characters';
const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');
const BLIND_INDEX_KEY = Buffer.alloc(32, 5).toString('base64');

/** The ConfigError loadConfig throws for `env`; fails the test when it does not throw. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig defaults', () => {
  it('runs with an empty environment outside production', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      host: '127.0.0.1',
      port: 4001,
      httpKeepAliveTimeoutSeconds: 65,
      databaseUrl: undefined,
      dataDir: './.data',
      logLevel: 'info',
      auth: {
        jwtSecret: undefined,
        jwksUrl: undefined,
        issuer: undefined,
        audience: undefined,
        maxTokenAgeSeconds: 86400,
      },
      routerSecret: undefined,
      allowDirectAccess: false,
      holdDefaultMinutes: 30,
      holdSweepIntervalSeconds: 30,
      kms: {
        provider: 'local',
        localMasterKey: undefined,
        awsKeyId: undefined,
        awsRegion: undefined,
        awsEndpoint: undefined,
      },
      piiDataKeyCacheSeconds: 300,
      piiBlindIndexKey: undefined,
      relationshipsUrl: undefined,
      idempotencyTtlHours: 24,
      idempotencyWaitMs: 10000,
      ledgerSweepIntervalSeconds: 60,
      bookingCountFoldIntervalSeconds: 5,
      approvalTtlHours: 24,
      events: {
        transport: 'log',
        source: '/bookings',
        nats: { url: 'nats://127.0.0.1:4222', stream: 'BOOKINGS', subjectPrefix: 'bookings' },
        webhook: undefined,
      },
      outbox: { maxAttempts: 20, retryBaseMs: 1000, retentionHours: 168, relayIntervalSeconds: 5 },
      metricsEnabled: true,
      otlpEndpoint: undefined,
      catalogUrl: undefined,
      pricingUrl: undefined,
      portTimeoutMs: 2000,
      requirementsEnforceOnConfirm: 'storefront',
      sagas: { financeUrl: undefined, connectorsUrl: undefined, leaseSeconds: 60, recoveryIntervalSeconds: 30 },
      storefront: {
        capability: { algorithm: 'HS256', secret: undefined, privateKeyPem: undefined, ttlSeconds: 1800 },
        allowAnonymous: false,
        maxHoldMinutes: 120,
        maxQuantity: 20,
      },
    });
  });

  it('treats blank text values as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', BOOKINGS_DATA_DIR: ' ', AUTH_JWT_SECRET: '', ROUTER_SECRET: '  ' });
    expect(config).toMatchObject({
      databaseUrl: undefined,
      dataDir: './.data',
      auth: { jwtSecret: undefined },
      routerSecret: undefined,
    });
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '620',
      DATABASE_URL: 'postgres://bookings@db.internal:5432/bookings',
      BOOKINGS_DATA_DIR: '/var/lib/bookings',
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: SECRET,
      AUTH_ISSUER: 'https://auth.example',
      AUTH_AUDIENCE: 'bookings',
      AUTH_MAX_TOKEN_AGE_SECONDS: '3600',
      ROUTER_SECRET: 'router-shared-secret',
      HOLD_DEFAULT_MINUTES: '45',
      HOLD_SWEEP_INTERVAL_SECONDS: '0',
      KMS_PROVIDER: 'aws',
      AWS_KMS_KEY_ID: 'arn:aws:kms:eu-west-1:1:key/abc',
      AWS_REGION: 'eu-west-1',
      AWS_KMS_ENDPOINT: 'http://127.0.0.1:4566',
      PII_DATA_KEY_CACHE_SECONDS: '60',
      PII_BLIND_INDEX_KEY: BLIND_INDEX_KEY,
      RELATIONSHIPS_URL: 'http://relationships:4002/graphql',
      IDEMPOTENCY_TTL_HOURS: '48',
      APPROVAL_TTL_HOURS: '2',
      BOOKING_COUNT_FOLD_INTERVAL_SECONDS: '30',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      httpKeepAliveTimeoutSeconds: 620,
      bookingCountFoldIntervalSeconds: 30,
      databaseUrl: 'postgres://bookings@db.internal:5432/bookings',
      dataDir: '/var/lib/bookings',
      logLevel: 'warn',
      auth: { jwtSecret: SECRET, issuer: 'https://auth.example', audience: 'bookings', maxTokenAgeSeconds: 3600 },
      routerSecret: 'router-shared-secret',
      holdDefaultMinutes: 45,
      holdSweepIntervalSeconds: 0,
      kms: {
        provider: 'aws',
        awsKeyId: 'arn:aws:kms:eu-west-1:1:key/abc',
        awsRegion: 'eu-west-1',
        awsEndpoint: 'http://127.0.0.1:4566',
      },
      piiDataKeyCacheSeconds: 60,
      piiBlindIndexKey: BLIND_INDEX_KEY,
      relationshipsUrl: 'http://relationships:4002/graphql',
      idempotencyTtlHours: 48,
      approvalTtlHours: 2,
    });
  });

  it.each(['::', '::1', '10.0.0.7', 'bookings', 'bookings.internal'])('listens on HOST=%s as given', (host) => {
    expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it('accepts a postgresql:// URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/bookings' }).databaseUrl).toBe(
      'postgresql://localhost/bookings',
    );
  });
});

describe('loadConfig refuses bad values, naming each variable', () => {
  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['HOST', 'http://0.0.0.0'],
    ['HOST', '127.0.0.1:4001'],
    ['HOST', 'two words'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', '0'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', '3601'],
    ['BOOKING_COUNT_FOLD_INTERVAL_SECONDS', '-1'],
    ['BOOKING_COUNT_FOLD_INTERVAL_SECONDS', '86401'],
    ['DATABASE_URL', 'mysql://localhost/bookings'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['AUTH_JWKS_URL', 'jwks'],
    ['HOLD_DEFAULT_MINUTES', '0'],
    ['HOLD_DEFAULT_MINUTES', '1441'],
    ['HOLD_SWEEP_INTERVAL_SECONDS', 'often'],
    ['KMS_PROVIDER', 'gcp'],
    ['AWS_KMS_ENDPOINT', 'not a url'],
    ['PII_DATA_KEY_CACHE_SECONDS', '86401'],
    ['RELATIONSHIPS_URL', 'relationships'],
    ['IDEMPOTENCY_TTL_HOURS', '0'],
    ['APPROVAL_TTL_HOURS', '721'],
    ['AUTH_MAX_TOKEN_AGE_SECONDS', '59'],
    ['AUTH_MAX_TOKEN_AGE_SECONDS', '2592001'],
    ['AUTH_MAX_TOKEN_AGE_SECONDS', 'a day'],
    ['ALLOW_DIRECT_ACCESS', 'yes'],
  ])('%s=%s', (variable, value) => {
    const error = configError({ [variable]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0].startsWith(`${variable}:`)).toBe(true);
    expect(error.message).toContain(variable);
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'x', LOG_LEVEL: 'loud', HOLD_DEFAULT_MINUTES: '0' });
    expect(error.problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'HOLD_DEFAULT_MINUTES',
      'LOG_LEVEL',
      'PORT',
    ]);
  });

  it('refuses a JWT secret shorter than 32 characters without printing it', () => {
    const error = configError({ AUTH_JWT_SECRET: 'hunter2-Sup3rSecret' });
    expect(error.message).toContain('AUTH_JWT_SECRET');
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('Sup3rSecret');
  });

  it('never prints a secret given alongside a bad value', () => {
    const error = configError({
      AUTH_JWT_SECRET: SECRET,
      ROUTER_SECRET: 'router-Sup3rSecret',
      PII_LOCAL_MASTER_KEY: MASTER_KEY,
      PORT: 'x',
    });
    for (const secret of [SECRET, 'router-Sup3rSecret', MASTER_KEY]) expect(error.message).not.toContain(secret);
  });

  it('never prints the credentials of a bad database URL', () => {
    const error = configError({ DATABASE_URL: 'mysql://admin:Sup3rSecret@db/bookings' });
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('Sup3rSecret');
  });

  it.each([
    ['16 bytes', Buffer.alloc(16, 1).toString('base64')],
    ['not base64', 'not-a-key-but-long-enough-to-look-like-one!!'],
  ])('refuses a blind index key of %s without printing it', (_label, key) => {
    const error = configError({ PII_BLIND_INDEX_KEY: key });
    expect(error.problems).toEqual(['PII_BLIND_INDEX_KEY: must be base64 of exactly 32 bytes']);
    expect(error.message).not.toContain(key);
  });

  it('requires AWS_KMS_KEY_ID when KMS_PROVIDER is aws', () => {
    expect(configError({ KMS_PROVIDER: 'aws' }).problems).toEqual([expect.stringMatching(/^AWS_KMS_KEY_ID:/)]);
  });
});

describe('loadConfig in production', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://bookings@db.internal:5432/bookings',
    ROUTER_SECRET: 'router-shared-secret',
    AUTH_JWT_SECRET: SECRET,
    KMS_PROVIDER: 'local',
    PII_LOCAL_MASTER_KEY: MASTER_KEY,
    PII_BLIND_INDEX_KEY: BLIND_INDEX_KEY,
    CHECKOUT_CAPABILITY_SECRET: 'a-checkout-capability-secret-of-32-bytes',
  };

  it('accepts a complete production environment', () => {
    expect(loadConfig(production)).toMatchObject({
      production: true,
      auth: { jwtSecret: SECRET },
      kms: { provider: 'local', localMasterKey: MASTER_KEY },
    });
  });

  it('accepts a JWKS URL instead of a secret', () => {
    const { AUTH_JWT_SECRET: _secret, ...withoutSecret } = production;
    expect(
      loadConfig({ ...withoutSecret, AUTH_JWKS_URL: 'https://auth.example/.well-known/jwks.json' }).auth.jwksUrl,
    ).toBe('https://auth.example/.well-known/jwks.json');
  });

  it('requires a token secret or a JWKS URL', () => {
    const { AUTH_JWT_SECRET: _secret, ...withoutSecret } = production;
    expect(configError(withoutSecret).problems).toEqual([expect.stringMatching(/^AUTH_JWT_SECRET or AUTH_JWKS_URL:/)]);
  });

  it('requires KMS_PROVIDER to be chosen', () => {
    const { KMS_PROVIDER: _provider, ...withoutProvider } = production;
    expect(configError(withoutProvider).problems).toEqual([expect.stringMatching(/^KMS_PROVIDER:/)]);
  });

  it('requires PII_LOCAL_MASTER_KEY for the local KMS', () => {
    const { PII_LOCAL_MASTER_KEY: _key, ...withoutKey } = production;
    expect(configError(withoutKey).problems).toEqual([expect.stringMatching(/^PII_LOCAL_MASTER_KEY:/)]);
  });

  it('requires PII_BLIND_INDEX_KEY: digests under a generated key would stop matching once it is lost', () => {
    const { PII_BLIND_INDEX_KEY: _key, ...withoutKey } = production;
    expect(configError(withoutKey).problems).toEqual([expect.stringMatching(/^PII_BLIND_INDEX_KEY: required/)]);
  });

  it('hands the blind index key on as given', () => {
    expect(loadConfig(production).piiBlindIndexKey).toBe(BLIND_INDEX_KEY);
  });

  it('requires DATABASE_URL: the embedded PostgreSQL is for development', () => {
    const { DATABASE_URL: _url, ...withoutDatabase } = production;
    const error = configError(withoutDatabase);
    expect(error.problems).toEqual([expect.stringMatching(/^DATABASE_URL:/)]);
    expect(error.message).toContain('embedded PostgreSQL is for development');
  });

  it('requires ROUTER_SECRET', () => {
    const { ROUTER_SECRET: _secret, ...withoutRouterSecret } = production;
    const error = configError(withoutRouterSecret);
    expect(error.problems).toEqual([expect.stringMatching(/^ROUTER_SECRET:/)]);
    expect(error.message).toContain('ALLOW_DIRECT_ACCESS=true');
  });

  it('runs without ROUTER_SECRET when ALLOW_DIRECT_ACCESS=true says so', () => {
    const { ROUTER_SECRET: _secret, ...withoutRouterSecret } = production;
    expect(loadConfig({ ...withoutRouterSecret, ALLOW_DIRECT_ACCESS: 'true' })).toMatchObject({
      production: true,
      routerSecret: undefined,
      allowDirectAccess: true,
    });
  });

  it('does not read ALLOW_DIRECT_ACCESS=false as permission', () => {
    const { ROUTER_SECRET: _secret, ...withoutRouterSecret } = production;
    expect(configError({ ...withoutRouterSecret, ALLOW_DIRECT_ACCESS: 'false' }).problems).toEqual([
      expect.stringMatching(/^ROUTER_SECRET:/),
    ]);
  });

  it('reports every missing requirement together', () => {
    expect(configError({ NODE_ENV: 'production' }).problems.map((problem) => problem.split(':')[0])).toEqual([
      'DATABASE_URL',
      'ROUTER_SECRET',
      'AUTH_JWT_SECRET or AUTH_JWKS_URL',
      'KMS_PROVIDER',
      'PII_BLIND_INDEX_KEY',
      'CHECKOUT_CAPABILITY_SECRET',
    ]);
  });

  it('listens on every interface unless HOST says otherwise', () => {
    expect(loadConfig(production).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('asks nothing of the kind outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      production: false,
      databaseUrl: undefined,
      routerSecret: undefined,
      kms: { provider: 'local' },
    });
  });
});
