import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { isBusinessOutcomeError, type BusinessOutcome } from '../domain/outcomes';

/** What a unit of work needs: where it writes and, for a booking change, the version the caller read. */
export interface UnitOfWorkScope {
  em: SqlEntityManager;
  /** Checked by `lockBooking` when the booking is locked; absent or null: no check. */
  expectedVersion?: number | null;
}

// Keyed by the transaction's own EntityManager, so the version rule reaches `lockBooking` in every
// service without each one passing it on, and a nested unit of work sees only its own expectation.
const expectedVersions = new WeakMap<SqlEntityManager, number>();

/** The booking version the unit of work running on `em` was asked to find, if any. */
export function expectedVersionIn(em: SqlEntityManager): number | null {
  return expectedVersions.get(em) ?? null;
}

/**
 * One transaction per mutation. A business outcome raised anywhere inside rolls everything back
 * and is returned as the union member; any other error propagates (and is masked at the edge).
 */
export async function runUnitOfWork<T>(
  scope: UnitOfWorkScope,
  work: (em: SqlEntityManager) => Promise<T>,
): Promise<T | BusinessOutcome> {
  try {
    return await scope.em.transactional((transaction) => {
      const em = transaction;
      if (scope.expectedVersion !== undefined && scope.expectedVersion !== null)
        expectedVersions.set(em, scope.expectedVersion);
      return work(em);
    });
  } catch (error) {
    if (isBusinessOutcomeError(error)) return error.outcome;
    throw error;
  }
}
