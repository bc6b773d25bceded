import { z } from 'zod';
import {
  storefrontConfig,
  storefrontEnvironment,
  storefrontProblems,
  type StorefrontConfig,
} from './storefront-config';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A whole number within bounds; unset or blank means the default, like every other variable. */
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

/** An interface address to listen on: IPv4, IPv6 or a hostname; never a URL or a host:port pair. */
export const listenHost = optionalString.pipe(
  z
    .union(
      [
        z.ipv4(),
        z.ipv6(),
        z
          .string()
          .regex(/^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/),
      ],
      {
        error: 'must be an IP address or a hostname (for example 127.0.0.1 or 0.0.0.0)',
      },
    )
    .optional(),
);

const isBase64Of32Bytes = (value: string): boolean =>
  /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32;

/** `true` or `false`; unset or blank means false, so a typo cannot silently open anything. */
const flag = optionalString
  .pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
  .transform((value) => value === 'true');

/** `true` or `false` for a switch that is on unless turned off. */
const enabledUnlessFalse = optionalString
  .pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
  .transform((value) => value !== 'false');

/** NATS subject tokens and stream names: no spaces, wildcards or empty tokens. */
const natsSubjectPrefix = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

const environmentSchema = z.object({
  NODE_ENV: optionalString,
  HOST: listenHost,
  PORT: integerFrom(0, 65535, 4001),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: integerFrom(1, 3600, 65),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  BOOKINGS_DATA_DIR: optionalString.transform((value) => value ?? './.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  AUTH_JWT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  AUTH_JWKS_URL: optionalString.pipe(z.url().optional()),
  AUTH_ISSUER: optionalString,
  AUTH_AUDIENCE: optionalString,
  AUTH_MAX_TOKEN_AGE_SECONDS: integerFrom(60, 30 * 86400, 86400),
  ROUTER_SECRET: optionalString,
  ALLOW_DIRECT_ACCESS: flag,
  HOLD_DEFAULT_MINUTES: integerFrom(1, 1440, 30),
  HOLD_SWEEP_INTERVAL_SECONDS: integerFrom(0, 86400, 30),
  KMS_PROVIDER: z.enum(['local', 'aws']).optional(),
  PII_LOCAL_MASTER_KEY: optionalString,
  AWS_KMS_KEY_ID: optionalString,
  AWS_REGION: optionalString,
  AWS_KMS_ENDPOINT: optionalString.pipe(z.url().optional()),
  PII_DATA_KEY_CACHE_SECONDS: integerFrom(0, 86400, 300),
  PII_BLIND_INDEX_KEY: optionalString.pipe(
    z
      .string()
      .refine((value) => isBase64Of32Bytes(value), 'must be base64 of exactly 32 bytes')
      .optional(),
  ),
  RELATIONSHIPS_URL: optionalString.pipe(z.url().optional()),
  PRICING_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CATALOG_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  PORT_TIMEOUT_MS: integerFrom(1, 60_000, 2000),
  REQUIREMENTS_ENFORCE_ON_CONFIRM: optionalString
    .pipe(z.enum(['off', 'storefront', 'all'], { error: 'must be off, storefront or all' }).optional())
    .transform((value) => value ?? 'storefront'),
  IDEMPOTENCY_TTL_HOURS: integerFrom(1, 24 * 30, 24),
  APPROVAL_TTL_HOURS: integerFrom(1, 24 * 30, 24),
  IDEMPOTENCY_WAIT_MS: integerFrom(0, 60_000, 10_000),
  LEDGER_SWEEP_INTERVAL_SECONDS: integerFrom(0, 86400, 60),
  BOOKING_COUNT_FOLD_INTERVAL_SECONDS: integerFrom(0, 86400, 5),
  EVENTS_TRANSPORT: optionalString
    .pipe(z.enum(['log', 'nats', 'webhook']).optional())
    .transform((value) => value ?? 'log'),
  EVENTS_SOURCE: optionalString.transform((value) => value ?? '/bookings'),
  NATS_URL: optionalString
    .pipe(z.url({ protocol: /^(nats|tls)$/ }).optional())
    .transform((value) => value ?? 'nats://127.0.0.1:4222'),
  NATS_STREAM: optionalString
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
        .optional(),
    )
    .transform((value) => value ?? 'BOOKINGS'),
  NATS_SUBJECT_PREFIX: optionalString
    .pipe(z.string().regex(natsSubjectPrefix, 'dot-separated tokens of letters, digits, - and _').optional())
    .transform((value) => value ?? 'bookings'),
  WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  OUTBOX_MAX_ATTEMPTS: integerFrom(1, 1000, 20),
  OUTBOX_RETRY_BASE_MS: integerFrom(0, 3_600_000, 1000),
  OUTBOX_RETENTION_HOURS: integerFrom(1, 24 * 365, 24 * 7),
  OUTBOX_RELAY_INTERVAL_SECONDS: integerFrom(0, 86400, 5),
  METRICS_ENABLED: enabledUnlessFalse,
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  FINANCE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CONNECTORS_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SAGA_LEASE_SECONDS: integerFrom(5, 3600, 60),
  SAGA_RECOVERY_INTERVAL_SECONDS: integerFrom(0, 86400, 30),
  ...storefrontEnvironment,
});

export type Environment = z.infer<typeof environmentSchema>;

/** Every environment variable the subgraph reads; deployment files and docs are checked against it. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape) as (keyof Environment)[];

export type RequirementsEnforcement = 'off' | 'storefront' | 'all';

export interface Config {
  production: boolean;
  /** Interface the HTTP server listens on: loopback in development, every interface in production. */
  host: string;
  port: number;
  /**
   * How long an idle client connection stays open. Longer than the router's or load balancer's own idle timeout,
   * so the server never closes a connection at the moment its client reuses it (the client sees a reset).
   */
  httpKeepAliveTimeoutSeconds: number;
  databaseUrl?: string;
  dataDir: string;
  logLevel: Environment['LOG_LEVEL'];
  auth: { jwtSecret?: string; jwksUrl?: string; issuer?: string; audience?: string; maxTokenAgeSeconds: number };
  routerSecret?: string;
  /** Production without ROUTER_SECRET must say so: clients may then reach the subgraph around the router. */
  allowDirectAccess: boolean;
  holdDefaultMinutes: number;
  holdSweepIntervalSeconds: number;
  kms: {
    provider: 'local' | 'aws';
    localMasterKey?: string;
    awsKeyId?: string;
    awsRegion?: string;
    awsEndpoint?: string;
  };
  piiDataKeyCacheSeconds: number;
  /** Base64 key of the blind index for exact search on personal data; unset outside production: a key file. */
  piiBlindIndexKey?: string;
  relationshipsUrl?: string;
  /** Where rate cards come from: PRICING_URL, else CATALOG_URL; unset, pricing is unavailable. */
  pricingUrl?: string;
  /** The catalog subgraph: questionnaires, and rate cards unless PRICING_URL is set. */
  catalogUrl?: string;
  /** Timeout of one call through a port to another subgraph, in milliseconds. */
  portTimeoutMs: number;
  /**
   * Which confirms need every required answer (design §1): `storefront` (default) checks the
   * storefront's confirm only, so an admin confirm keeps the reference's behaviour; `all` checks
   * transitionBooking to CONFIRMED too; `off` checks neither (the answers stay readable).
   */
  requirementsEnforceOnConfirm: RequirementsEnforcement;
  idempotencyTtlHours: number;
  approvalTtlHours: number;
  /** How long a retry waits for the first request with its key to finish before IdempotencyInFlightError. */
  idempotencyWaitMs: number;
  /** Period of the job that prunes expired idempotency keys and expires lapsed approvals; 0 disables it. */
  ledgerSweepIntervalSeconds: number;
  /** Period of the job that folds appended status-count changes into the totals; 0 disables it. */
  bookingCountFoldIntervalSeconds: number;
  /** Where outbox events go once committed; `log` writes them to the log only. */
  events: {
    transport: 'log' | 'nats' | 'webhook';
    /** The CloudEvents `source` attribute. */
    source: string;
    nats: { url: string; stream: string; subjectPrefix: string };
    webhook?: { url: string; secret: string };
  };
  outbox: { maxAttempts: number; retryBaseMs: number; retentionHours: number; relayIntervalSeconds: number };
  /** Serve /metrics and record request metrics. */
  metricsEnabled: boolean;
  /** OTLP/HTTP collector base URL; unset: no tracing SDK is loaded. */
  otlpEndpoint?: string;
  /** Reservation plans and refunds (src/sagas): the systems they call and how runs are leased and recovered. */
  sagas: { financeUrl?: string; connectorsUrl?: string; leaseSeconds: number; recoveryIntervalSeconds: number };
  /** Storefront sessions and their checkout capability (src/storefront-config.ts). */
  storefront: StorefrontConfig;
}

/** Thrown with every bad variable named; values are never echoed, since some are secrets. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  // The embedded server keeps its data beside the checkout and dies with the process: development only.
  if (production && !e.DATABASE_URL)
    problems.push('DATABASE_URL: required in production (the embedded PostgreSQL is for development)');
  if (production && !e.ROUTER_SECRET && !e.ALLOW_DIRECT_ACCESS) {
    problems.push(
      'ROUTER_SECRET: required in production, unless ALLOW_DIRECT_ACCESS=true accepts requests that bypass the router',
    );
  }
  if (production && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL) {
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL: one is required in production');
  }
  const kmsProvider = e.KMS_PROVIDER ?? (production ? undefined : 'local');
  if (!kmsProvider) problems.push('KMS_PROVIDER: required in production (local or aws)');
  if (kmsProvider === 'aws' && !e.AWS_KMS_KEY_ID) problems.push('AWS_KMS_KEY_ID: required when KMS_PROVIDER is aws');
  if (production && kmsProvider === 'local' && !e.PII_LOCAL_MASTER_KEY) {
    problems.push('PII_LOCAL_MASTER_KEY: required in production when KMS_PROVIDER is local');
  }
  // Digests made under a generated key would stop matching the day the key file is lost.
  if (production && !e.PII_BLIND_INDEX_KEY)
    problems.push('PII_BLIND_INDEX_KEY: required in production (base64 of 32 bytes; search by personal data uses it)');
  if (e.EVENTS_TRANSPORT === 'webhook' && !e.WEBHOOK_URL)
    problems.push('WEBHOOK_URL: required when EVENTS_TRANSPORT is webhook');
  if (e.EVENTS_TRANSPORT === 'webhook' && !e.WEBHOOK_SECRET)
    problems.push('WEBHOOK_SECRET: required when EVENTS_TRANSPORT is webhook (receivers verify the signature)');
  problems.push(...storefrontProblems(e, production));
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    production,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT,
    httpKeepAliveTimeoutSeconds: e.HTTP_KEEP_ALIVE_TIMEOUT_SECONDS,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.BOOKINGS_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET,
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      maxTokenAgeSeconds: e.AUTH_MAX_TOKEN_AGE_SECONDS,
    },
    routerSecret: e.ROUTER_SECRET,
    allowDirectAccess: e.ALLOW_DIRECT_ACCESS,
    holdDefaultMinutes: e.HOLD_DEFAULT_MINUTES,
    holdSweepIntervalSeconds: e.HOLD_SWEEP_INTERVAL_SECONDS,
    kms: {
      provider: kmsProvider ?? 'local',
      localMasterKey: e.PII_LOCAL_MASTER_KEY,
      awsKeyId: e.AWS_KMS_KEY_ID,
      awsRegion: e.AWS_REGION,
      awsEndpoint: e.AWS_KMS_ENDPOINT,
    },
    piiDataKeyCacheSeconds: e.PII_DATA_KEY_CACHE_SECONDS,
    piiBlindIndexKey: e.PII_BLIND_INDEX_KEY,
    relationshipsUrl: e.RELATIONSHIPS_URL,
    pricingUrl: e.PRICING_URL ?? e.CATALOG_URL,
    catalogUrl: e.CATALOG_URL,
    portTimeoutMs: e.PORT_TIMEOUT_MS,
    requirementsEnforceOnConfirm: e.REQUIREMENTS_ENFORCE_ON_CONFIRM,
    idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    approvalTtlHours: e.APPROVAL_TTL_HOURS,
    idempotencyWaitMs: e.IDEMPOTENCY_WAIT_MS,
    ledgerSweepIntervalSeconds: e.LEDGER_SWEEP_INTERVAL_SECONDS,
    bookingCountFoldIntervalSeconds: e.BOOKING_COUNT_FOLD_INTERVAL_SECONDS,
    events: {
      transport: e.EVENTS_TRANSPORT,
      source: e.EVENTS_SOURCE,
      nats: { url: e.NATS_URL, stream: e.NATS_STREAM, subjectPrefix: e.NATS_SUBJECT_PREFIX },
      webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : undefined,
    },
    outbox: {
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
      retentionHours: e.OUTBOX_RETENTION_HOURS,
      relayIntervalSeconds: e.OUTBOX_RELAY_INTERVAL_SECONDS,
    },
    metricsEnabled: e.METRICS_ENABLED,
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    sagas: {
      financeUrl: e.FINANCE_URL,
      connectorsUrl: e.CONNECTORS_URL,
      leaseSeconds: e.SAGA_LEASE_SECONDS,
      recoveryIntervalSeconds: e.SAGA_RECOVERY_INTERVAL_SECONDS,
    },
    storefront: storefrontConfig(e),
  };
}
