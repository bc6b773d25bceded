import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { OutboxRelay } from '../events/outbox';

/** Everything a service call needs besides its input: who acts, when, where it writes. */
export interface ServiceScope {
  em: SqlEntityManager;
  actor: Principal;
  clock: Clock;
  config: Pick<Config, 'holdDefaultMinutes' | 'approvalTtlHours' | 'idempotencyTtlHours' | 'idempotencyWaitMs'>;
  /**
   * The booking version the caller last read: the booking's lock refuses any other with
   * VersionConflictError, before anything is written. Absent or null: no check.
   */
  expectedVersion?: number | null;
  /** Delivers lifecycle events after commit; absent where nothing listens (scripts). */
  outbox?: OutboxRelay;
}
