import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './auth/principal';
import type { Clock } from './clock';
import type { Config } from './config';
import type { ReadModel, SqlCounter } from './db/read-model';
import { createRequestLoaders, type RequestLoaders } from './loaders';
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
}

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'sql' | 'em'> & { rootEm: SqlEntityManager }): RequestContext {
  const sql: SqlCounter = { statements: 0 };
  const { rootEm, ...rest } = base;
  return {
    ...rest,
    sql,
    em: rootEm.fork({ loggerContext: { sqlCounter: sql, requestId: base.requestId } }) as SqlEntityManager,
    loaders: createRequestLoaders(base.read, sql),
  };
}

/** After a mutation commits, cached reads of this request are stale. */
export function refreshLoaders(context: RequestContext): void {
  context.loaders = createRequestLoaders(context.read, context.sql);
}

export function serviceScope(context: RequestContext): ServiceScope {
  if (!context.principal) throw unauthenticated();
  return { em: context.em, actor: context.principal, clock: context.clock, config: context.config };
}
