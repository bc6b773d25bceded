import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './auth/principal';
import type { Clock } from './clock';
import type { Config } from './config';
import type { ReadModel, SqlCounter } from './db/read-model';
import { createRequestLoaders, type RequestLoaders } from './loaders';
import { createTravelDetailsLoader, type TravelDetailsLoader } from './loaders/travel-details-loader';
import type { PiiScope } from './pii/pii-scope';
import type { PiiService } from './pii/pii-service';
import { RevealLog } from './pii/reveal-log';
import type { OutboxRelay } from './events/outbox';
import type { ServiceScope } from './services/actor';
import { unauthenticated } from './errors';

/** Everything one GraphQL request carries: built fresh per request, never shared. */
export interface RequestContext {
  requestId: string;
  /** null: no token; the shield answers UNAUTHENTICATED where one is needed. */
  principal: Principal | null;
  /** Set when a token was sent but did not verify. */
  authFailure: string | null;
  /** The request's headers, lower-cased (Idempotency-Key, Action-Approval-Id, …). */
  headers: Readonly<Record<string, string | undefined>>;
  em: SqlEntityManager;
  read: ReadModel;
  sql: SqlCounter;
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
}

type DerivedFields = 'loaders' | 'sql' | 'em' | 'piiReveals' | 'travelDetails';

export function createRequestContext(base: Omit<RequestContext, DerivedFields> & { rootEm: SqlEntityManager }): RequestContext {
  const sql: SqlCounter = { statements: 0 };
  const { rootEm, ...rest } = base;
  const context: RequestContext = {
    ...rest,
    sql,
    // A function, not the counter object: MikroORM deep-copies plain objects in the logger context
    // per query, so increments on a passed-in object were lost and ORM statements went uncounted.
    em: rootEm.fork({ loggerContext: { countStatement: () => (sql.statements += 1), requestId: base.requestId } }) as SqlEntityManager,
    loaders: createRequestLoaders(base.read, sql, base.clock),
    piiReveals: new RevealLog(),
    travelDetails: createTravelDetailsLoader(base.pii, () => piiScope(context)),
  };
  return context;
}

/** After a mutation commits, cached reads of this request are stale. */
export function refreshLoaders(context: RequestContext): void {
  context.loaders = createRequestLoaders(context.read, context.sql, context.clock);
  context.travelDetails = createTravelDetailsLoader(context.pii, () => piiScope(context));
}

export function serviceScope(context: RequestContext): ServiceScope {
  if (!context.principal) throw unauthenticated();
  return { em: context.em, actor: context.principal, clock: context.clock, config: context.config, outbox: context.outbox };
}

export function piiScope(context: RequestContext): PiiScope {
  if (!context.principal) throw unauthenticated();
  return { em: context.em, read: context.read, sql: context.sql, actor: context.principal, clock: context.clock, requestId: context.requestId };
}
