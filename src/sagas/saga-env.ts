import type { Principal } from '../auth/principal';
import type { ServiceScope } from '../services/actor';
import type { SagaEnv } from './runner';
import type { SagaRuntime } from './runtime';

/** The environment a request's saga run uses: the caller acts, on a fork of the request's EntityManager. */
export const sagaEnv = (scope: ServiceScope, runtime: SagaRuntime, actor: Principal = scope.actor): SagaEnv => ({
  em: scope.em,
  clock: scope.clock,
  runtime,
  config: scope.config,
  outbox: scope.outbox,
  actor,
});

/** Who the activity rows of a recovery or an admin's retry name, besides the admin's own id. */
export const RECOVERY_PRINCIPAL: Principal = { id: 'saga-recovery', type: 'system', scopes: new Set() };
