import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BusinessOutcomeError, type BusinessOutcome } from './outcomes';

/**
 * One transaction per mutation. A business outcome raised anywhere inside rolls everything back
 * and is returned as the union member; any other error propagates (and is masked at the edge).
 */
export async function runUnitOfWork<T>(em: SqlEntityManager, work: (em: SqlEntityManager) => Promise<T>): Promise<T | BusinessOutcome> {
  try {
    return await em.transactional((transactionEm) => work(transactionEm as SqlEntityManager));
  } catch (error) {
    if (error instanceof BusinessOutcomeError) return error.outcome;
    throw error;
  }
}
