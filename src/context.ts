import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './auth/principal';
import type { Clock } from './clock';
import type { Config } from './config';
import type { ReadModel, SqlCounter } from './db/read-model';
import type { OutboxRelay } from './events/outbox';
import { createBookingLoaders, type BookingLoaders } from './loaders/booking-loaders';
import { createInventoryLoaders, type InventoryLoaders } from './loaders/inventory-loaders';
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
  loaders: BookingLoaders & InventoryLoaders;
  clock: Clock;
  config: Config;
  /** Delivers the lifecycle events a mutation committed. */
  outbox: OutboxRelay;
}

const createLoaders = (read: ReadModel, sql: SqlCounter, clock: Clock): BookingLoaders & InventoryLoaders => ({
  ...createBookingLoaders(read, sql),
  ...createInventoryLoaders(read, sql, clock),
});

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'sql' | 'em'> & { rootEm: SqlEntityManager }): RequestContext {
  const sql: SqlCounter = { statements: 0 };
  const { rootEm, ...rest } = base;
  return {
    ...rest,
    sql,
    em: rootEm.fork({ loggerContext: { sqlCounter: sql, requestId: base.requestId } }) as SqlEntityManager,
    loaders: createLoaders(base.read, sql, base.clock),
  };
}

/** After a mutation commits, cached reads of this request are stale. */
export function refreshLoaders(context: RequestContext): void {
  context.loaders = createLoaders(context.read, context.sql, context.clock);
}

export function serviceScope(context: RequestContext): ServiceScope {
  if (!context.principal) throw unauthenticated();
  return { em: context.em, actor: context.principal, clock: context.clock, config: context.config, outbox: context.outbox };
}
