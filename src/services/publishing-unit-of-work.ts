import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ServiceScope } from './actor';
import { isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

/**
 * A unit of work whose outbox events are delivered once it has committed. A business outcome
 * rolled everything back, events included, so there is nothing to deliver.
 */
export async function runPublishingUnitOfWork<T>(
  scope: ServiceScope,
  work: (em: SqlEntityManager) => Promise<T>,
): Promise<T | BusinessOutcome> {
  const result = await runUnitOfWork(scope, work);
  if (!isBusinessOutcome(result)) await scope.outbox?.deliverPending();
  return result;
}
