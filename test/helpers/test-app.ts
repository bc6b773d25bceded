import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { signToken } from '../../src/auth/token-verifier';
import { createTokenVerifier } from '../../src/auth/token-verifier';
import { loadConfig, type Config } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { blindIndexFromConfig } from '../../src/pii/blind-index';
import type { PrincipalType } from '../../src/domain/vocabulary';
import { createApp, type App, type AppOptions } from '../../src/server';
import type { DeliveredEvent, EventHandler } from '../../src/events/outbox';
import { InProcessRequirements } from '../../src/ports/requirements/in-process-requirements';
import { createTestClock, type TestClock } from './test-clock';
import { createTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';
export const TEST_CHECKOUT_SECRET = 'test-checkout-capability-secret-of-32-bytes-or-more';

export interface Caller {
  sub?: string;
  type?: PrincipalType;
  scope?: string;
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
  sqlStatements: number;
  headers: Headers;
}

export interface TestApp {
  url: string;
  /** The database this app runs on; another app (or process) may share it. */
  databaseUrl: string;
  clock: TestClock;
  database: Database;
  /** Lifecycle events delivered after commit, in delivery order (unless `onEvent` was given). */
  events: DeliveredEvent[];
  app: App;
  config: Config;
  /** A token for the caller; the default caller is a user with every bookings scope. */
  token(caller?: Caller): Promise<string>;
  /** POSTs an operation; `as: null` sends no token at all. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Caller | null; token?: string; headers?: Record<string, string> },
  ): Promise<GraphqlResponse<T>>;
  stop(): Promise<void>;
}

export const FULL_ACCESS: Caller = {
  sub: 'usr_tester',
  type: 'user',
  scope: 'bookings:* bookings-pii:* inventory:write approvals:decide',
};

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: TestClock;
  poolSize?: number;
  inlineTracing?: boolean;
  /** Extra createApp options (onAudit, kms, personSnapshots). */
  app?: Pick<
    AppOptions,
    'onAudit' | 'kms' | 'personSnapshots' | 'sagas' | 'pricing' | 'checkoutCapabilities' | 'requirements'
  >;
  /** Run on this existing (already migrated or not) database instead of a fresh one; it is not dropped on stop. */
  databaseUrl?: string;
  onEvent?: EventHandler;
  /** Deliver through the transport EVENTS_TRANSPORT selects (NATS, webhook) instead of collecting into `events`. */
  deliverThroughTransport?: boolean;
  /** The app's logger; default: the production logger at TEST_LOG_LEVEL (silent). */
  logger?: Logger;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  // A fresh local master key per app, so no test writes a key file into the working tree.
  const config = loadConfig({
    DATABASE_URL: db.url,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    HOLD_SWEEP_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'silent',
    // A failed delivery is due again at once unless a test sets a backoff: retries without moving the clock.
    OUTBOX_RETRY_BASE_MS: '0',
    PII_LOCAL_MASTER_KEY: randomBytes(32).toString('base64'),
    PII_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    CHECKOUT_CAPABILITY_SECRET: TEST_CHECKOUT_SECRET,
    ...options.env,
  });
  const database = await openDatabase(db.url, { poolSize: options.poolSize, blindIndex: blindIndexFromConfig(config) });
  const clock = options.clock ?? createTestClock();
  const events: DeliveredEvent[] = [];
  const app = await createApp({
    config,
    database,
    clock,
    verifyToken: createTokenVerifier({
      jwtSecret: TEST_JWT_SECRET,
      maxTokenAgeSeconds: config.auth.maxTokenAgeSeconds,
    }),
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    exposeSqlStatementCount: true,
    inlineTracing: options.inlineTracing ?? false,
    onEvent: options.deliverThroughTransport ? undefined : (options.onEvent ?? ((event) => void events.push(event))),
    // A catalog that knows no option asks nothing, so tests not about requirements confirm as before.
    requirements: new InProcessRequirements(),
    ...options.app,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const token = (caller: Caller = FULL_ACCESS) =>
    signToken(TEST_JWT_SECRET, {
      sub: caller.sub ?? 'usr_tester',
      principalType: caller.type ?? 'user',
      scope: caller.scope ?? FULL_ACCESS.scope ?? '',
    });
  return {
    url,
    databaseUrl: db.url,
    clock,
    database,
    events,
    app,
    config,
    token,
    graphql: async (query, variables, requestOptions = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...requestOptions.headers };
      const bearer =
        requestOptions.token ??
        (requestOptions.as === null ? undefined : await token(requestOptions.as ?? FULL_ACCESS));
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as {
        data?: never;
        errors?: GraphqlResponse['errors'];
        extensions?: Record<string, unknown>;
      };
      return {
        status: response.status,
        data: body.data,
        errors: body.errors,
        extensions: body.extensions,
        sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
        headers: response.headers,
      };
    },
    stop: async () => {
      await app.stop();
      await database.close();
      await db.drop();
    },
  };
}
