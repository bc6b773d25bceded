import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './auth/principal';
import type { Clock } from './clock';
import type { Config } from './config';
import type { ReadModel, SqlCounter } from './read/sql';
import { createRequestLoaders, type RequestLoaders } from './loaders';
import { createTravelDetailsLoader, type TravelDetailsLoader } from './loaders/travel-details-loader';
import type { PiiScope } from './pii/pii-scope';
import type { PiiService } from './pii/pii-service';
import { RevealLog } from './pii/reveal-log';
import type { OutboxRelay } from './events/outbox';
import type { SagaRuntime } from './sagas/runtime';
import type { ServiceScope } from './services/actor';
import { unauthenticated } from './errors';
import type { CheckoutCapability } from './ports/checkout-capability-port';
import type { StorefrontPorts } from './storefront/ports';

/** Everything one GraphQL request carries: built fresh per request, never shared. */
export interface RequestContext {
  requestId: string;
  /** null: no token; the shield answers UNAUTHENTICATED where one is needed. */
  principal: Principal | null;
  /** Set when a token was sent but did not verify. */
  authFailure: string | null;
  /** A verified `Checkout-Capability` (its epoch is checked by the shield rule that uses it). */
  checkout: CheckoutCapability | null;
  /** Set when a checkout capability was sent but did not verify. */
  checkoutFailure: string | null;
  /** The request's headers, lower-cased (Idempotency-Key, Action-Approval-Id, …). */
  headers: Readonly<Record<string, string | undefined>>;
  em: SqlEntityManager;
  read: ReadModel;
  sql: SqlCounter;
  /** Statements (placeholders, no values) the ORM saw fail in this request, for the error log. */
  failedStatements: readonly string[];
  loaders: RequestLoaders;
  clock: Clock;
  config: Config;
  /** The app's PII service: the only path that decrypts travel details. */
  pii: PiiService;
  /** Clear @pii fields handed out by this request, audited in one insert when it ends. */
  piiReveals: RevealLog;
  travelDetails: TravelDetailsLoader;
  /** Delivers the lifecycle events a mutation committed. */
  outbox: OutboxRelay;
  /** The ports and hooks reservation plans and refunds run with. */
  sagas: SagaRuntime;
  /** The pricing and checkout capability ports storefront sessions use. */
  storefront: StorefrontPorts;
}

type DerivedFields = 'loaders' | 'sql' | 'failedStatements' | 'em' | 'piiReveals' | 'travelDetails';

type ContextBase = Omit<RequestContext, DerivedFields> & { rootEm: SqlEntityManager };

/**
 * Read-only requests never touch the ORM, and forking an entity manager per request was a
 * measurable share of a keyed read: the fork is made on first use. Travel details likewise.
 */
class RequestContextValue implements RequestContext {
  readonly requestId: string;
  readonly principal: Principal | null;
  readonly authFailure: string | null;
  readonly checkout: CheckoutCapability | null;
  readonly checkoutFailure: string | null;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly read: ReadModel;
  readonly sql: SqlCounter = { statements: 0 };
  readonly failedStatements: string[] = [];
  readonly clock: Clock;
  readonly config: Config;
  readonly pii: PiiService;
  readonly piiReveals = new RevealLog();
  readonly outbox: OutboxRelay;
  readonly sagas: SagaRuntime;
  readonly storefront: StorefrontPorts;
  loaders: RequestLoaders;
  private readonly rootEm: SqlEntityManager;
  private forkedEm: SqlEntityManager | null = null;
  private travelDetailsLoader: TravelDetailsLoader | null = null;

  constructor(base: ContextBase) {
    this.requestId = base.requestId;
    this.principal = base.principal;
    this.authFailure = base.authFailure;
    this.checkout = base.checkout;
    this.checkoutFailure = base.checkoutFailure;
    this.headers = base.headers;
    this.read = base.read;
    this.clock = base.clock;
    this.config = base.config;
    this.pii = base.pii;
    this.outbox = base.outbox;
    this.sagas = base.sagas;
    this.storefront = base.storefront;
    this.rootEm = base.rootEm;
    this.loaders = createRequestLoaders(base.read, this.sql, base.clock);
  }

  get em(): SqlEntityManager {
    if (this.forkedEm) return this.forkedEm;
    const { sql, failedStatements } = this;
    // A function, not the counter object: MikroORM deep-copies plain objects in the logger context
    // per query, so increments on a passed-in object were lost and ORM statements went uncounted.
    this.forkedEm = this.rootEm.fork({
      loggerContext: {
        countStatement: () => (sql.statements += 1),
        statementFailed: (statement: string) => failedStatements.push(statement),
        requestId: this.requestId,
      },
    });
    return this.forkedEm;
  }

  get travelDetails(): TravelDetailsLoader {
    this.travelDetailsLoader ??= createTravelDetailsLoader(this.pii, () => piiScope(this));
    return this.travelDetailsLoader;
  }

  set travelDetails(loader: TravelDetailsLoader) {
    this.travelDetailsLoader = loader;
  }
}

export function createRequestContext(base: ContextBase): RequestContext {
  return new RequestContextValue(base);
}

/** After a mutation commits, cached reads of this request are stale. */
export function refreshLoaders(context: RequestContext): void {
  context.loaders = createRequestLoaders(context.read, context.sql, context.clock);
  context.travelDetails = createTravelDetailsLoader(context.pii, () => piiScope(context));
}

export function serviceScope(context: RequestContext): ServiceScope {
  if (!context.principal) throw unauthenticated();
  return {
    em: context.em,
    actor: context.principal,
    clock: context.clock,
    config: context.config,
    outbox: context.outbox,
  };
}

export function piiScope(context: RequestContext): PiiScope {
  if (!context.principal) throw unauthenticated();
  return {
    em: context.em,
    read: context.read,
    sql: context.sql,
    actor: context.principal,
    clock: context.clock,
    requestId: context.requestId,
  };
}
