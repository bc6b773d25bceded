import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingSaga } from '../entities/booking-saga.entity';
import { notFound } from '../errors';
import type { ServiceScope } from '../services/actor';
import type { BusinessOutcome } from '../domain/outcomes';
import { sagaDefinition } from './definitions';
import { newLeaseOwner, resumeClaimed } from './recovery';
import { compensate } from './runner';
import { sagaEnv } from './saga-env';
import type { SagaRuntime } from './runtime';
import { LeaseLost, StepFailure } from './step-failure';
import type { SagaKind, SagaStatus } from '../domain/saga-vocabulary';

const notRetryable = (status: SagaStatus): BusinessOutcome & { status: SagaStatus } => ({
  __typename: 'SagaNotRetryableError',
  code: 'SAGA_NOT_RETRYABLE',
  message: `The saga is ${status}; there is nothing to retry`,
  status,
});

const notAbortable = (saga: BookingSaga): BusinessOutcome & { status: SagaStatus; pivotReached: boolean } => ({
  __typename: 'SagaNotAbortableError',
  code: 'SAGA_NOT_ABORTABLE',
  message: `The saga ${saga.pivotReached ? 'has passed its pivot' : `is ${saga.status}`}, so it cannot be aborted`,
  status: saga.status,
  pivotReached: saga.pivotReached,
});

const sagaBusy = (leaseExpiresAt: Date | null): BusinessOutcome & { leaseExpiresAt: Date | null } => ({
  __typename: 'SagaBusyError',
  code: 'SAGA_BUSY',
  message: 'Another runner holds this saga; retry once its lease has run out',
  leaseExpiresAt,
});

/**
 * Takes the saga's lease when nobody holds it (it ran out, or the saga ended in
 * COMPENSATION_FAILED and `reopen` turns it back to COMPENSATING). Null: someone else holds it.
 */
async function claim(
  em: SqlEntityManager,
  id: string,
  owner: string,
  at: Date,
  until: Date,
  reopen: boolean,
): Promise<{ kind: SagaKind; status: SagaStatus } | null> {
  const rows = await em.fork().transactional((tx) =>
    tx.execute<{ kind: SagaKind; status: SagaStatus }[]>(
      `update booking_sagas set lease_owner = ?, lease_expires_at = ?, updated_at = ?,
         status = case when status = 'compensation_failed' then 'compensating' else status end
       where id = ? and ((status in ('running', 'compensating') and (lease_expires_at is null or lease_expires_at <= ?))
         or (? and status = 'compensation_failed'))
       returning kind, status`,
      [owner, until, at, id, at, reopen],
    ),
  );
  return rows[0] ?? null;
}

async function load(scope: ServiceScope, id: string): Promise<BookingSaga> {
  const saga = await scope.em.fork().findOne(BookingSaga, { id });
  if (!saga) throw notFound('Saga', id, 'input.id');
  return saga;
}

const leaseWindow = (scope: ServiceScope, runtime: SagaRuntime) => {
  const at = scope.clock.now();
  return { at, until: new Date(at.getTime() + runtime.leaseSeconds * 1000) };
};

/**
 * Drives a stuck saga now instead of waiting for recovery: an interrupted run resumes the way its
 * kind recovers, and a COMPENSATION_FAILED one retries the releases that failed.
 */
export async function retrySaga(
  scope: ServiceScope,
  runtime: SagaRuntime,
  id: string,
): Promise<{ id: string } | BusinessOutcome> {
  const saga = await load(scope, id);
  if (saga.status === 'succeeded' || saga.status === 'failed') return notRetryable(saga.status);
  const owner = newLeaseOwner();
  const { at, until } = leaseWindow(scope, runtime);
  const claimed = await claim(scope.em, id, owner, at, until, true);
  if (!claimed) return sagaBusy(saga.leaseExpiresAt ?? null);
  try {
    await resumeClaimed(sagaEnv(scope, runtime), { id, ...claimed }, owner);
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
  }
  return { id };
}

/** Stops an active saga that has not passed its pivot and undoes what it did. */
export async function abortSaga(
  scope: ServiceScope,
  runtime: SagaRuntime,
  id: string,
): Promise<{ id: string } | BusinessOutcome> {
  const saga = await load(scope, id);
  if (saga.status !== 'running' || saga.pivotReached) return notAbortable(saga);
  const owner = newLeaseOwner();
  const { at, until } = leaseWindow(scope, runtime);
  const claimed = await claim(scope.em, id, owner, at, until, false);
  if (!claimed) return sagaBusy(saga.leaseExpiresAt ?? null);
  try {
    await compensate(
      sagaEnv(scope, runtime),
      sagaDefinition(claimed.kind),
      id,
      owner,
      new StepFailure('ABORTED', 'aborted by an administrator'),
    );
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
  }
  return { id };
}
