import type { Principal } from '../auth/principal';
import type { RequestContext } from '../context';
import type { PiiScope } from '../pii/pii-scope';
import type { StorefrontScope } from '../storefront/storefront-scope';

/** Who starts a session when STOREFRONT_ALLOW_ANONYMOUS lets a caller without a token do so. */
export const ANONYMOUS_STOREFRONT: Principal = { id: 'storefront:anonymous', type: 'user', scopes: new Set() };

/**
 * The service scope of a storefront operation. `expectedVersion` is the booking version the
 * caller read; the wizard write passes none (its own state carries the version it checks).
 */
export function storefrontScope(context: RequestContext, expectedVersion: number | null = null): StorefrontScope {
  const actor = context.principal ?? ANONYMOUS_STOREFRONT;
  const piiScope: PiiScope = {
    em: context.em,
    read: context.read,
    sql: context.sql,
    actor,
    clock: context.clock,
    requestId: context.requestId,
  };
  return {
    em: context.em,
    actor,
    clock: context.clock,
    config: context.config,
    outbox: context.outbox,
    expectedVersion,
    storefront: context.config.storefront,
    ports: context.storefront,
    pii: context.pii,
    piiScope,
    requirementsEnforced: context.config.requirementsEnforceOnConfirm !== 'off',
  };
}
