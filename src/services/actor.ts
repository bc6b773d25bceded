import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { OutboxRelay } from '../events/outbox';
import type { Booking } from '../entities/booking.entity';

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
  /**
   * Run under the booking's lock before a confirm writes anything, when confirm must find every
   * required answer (REQUIREMENTS_ENFORCE_ON_CONFIRM=all, storefront confirm); absent: no check.
   */
  confirmRequirements?: (em: SqlEntityManager, booking: Booking) => Promise<void>;
  /** Delivers lifecycle events after commit; absent where nothing listens (scripts). */
  outbox?: OutboxRelay;
}
