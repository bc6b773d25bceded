import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { BookingSagaStep } from '../entities/booking-saga-step.entity';
import { BookingSaga } from '../entities/booking-saga.entity';
import { ID_PREFIX, newId } from '../ids';
import { LeaseLost } from './step-failure';
import { ACTIVE_SAGA_STATUSES, type SagaKind } from '../domain/saga-vocabulary';

/** A saga as its steps see it: the stored input and who asked. */
export interface SagaState {
  id: string;
  kind: SagaKind;
  bookingId: string | null;
  input: Record<string, unknown>;
  principal: Principal;
}

export const sagaState = (saga: BookingSaga): SagaState => ({
  id: saga.id,
  kind: saga.kind,
  bookingId: saga.booking ?? null,
  input: saga.input,
  principal: { id: saga.principalId, type: saga.principalType, scopes: new Set() },
});

/** The values a new saga row starts with; its first step is written as already done. */
export interface NewSaga {
  id: string;
  kind: SagaKind;
  bookingId: string | null;
  externalRef: string | null;
  idempotency: { scope: string; key: string } | null;
  fingerprint: string | null;
  input: Record<string, unknown>;
  principal: Principal;
  lease: { owner: string; expiresAt: Date };
  /** Step names in order with their line references; the first is the one this transaction is. */
  steps: { name: string; lineRef: string | null }[];
  at: Date;
}

/** Adds the saga and its steps to the caller's transaction (the step that opens the run). */
export function insertSaga(em: SqlEntityManager, values: NewSaga): BookingSaga {
  const saga = em.create(BookingSaga, {
    id: values.id,
    kind: values.kind,
    booking: values.bookingId,
    externalRef: values.externalRef,
    idempotencyScope: values.idempotency?.scope ?? null,
    idempotencyKey: values.idempotency?.key ?? null,
    fingerprint: values.fingerprint,
    input: values.input,
    result: null,
    status: 'running',
    pivotReached: false,
    failureCode: null,
    failureMessage: null,
    leaseOwner: values.lease.owner,
    leaseExpiresAt: values.lease.expiresAt,
    principalType: values.principal.type,
    principalId: values.principal.id,
    createdAt: values.at,
    updatedAt: values.at,
    finishedAt: null,
  });
  values.steps.forEach((step, seq) => {
    em.create(BookingSagaStep, {
      id: newId(ID_PREFIX.sagaStep),
      saga: saga.id,
      seq,
      name: step.name,
      lineRef: step.lineRef,
      status: seq === 0 ? 'succeeded' : 'pending',
      attempt: seq === 0 ? 1 : 0,
      output: null,
      errorCode: null,
      errorMessage: null,
      compensationCode: null,
      compensationMessage: null,
      startedAt: seq === 0 ? values.at : null,
      finishedAt: seq === 0 ? values.at : null,
      createdAt: values.at,
      updatedAt: values.at,
    });
  });
  return saga;
}

export async function loadSteps(em: SqlEntityManager, sagaId: string): Promise<BookingSagaStep[]> {
  return em.find(BookingSagaStep, { saga: sagaId }, { orderBy: { seq: 'asc' } });
}

/**
 * Locks the saga row and checks this runner still holds its lease, renewing it: every write of a
 * run happens under this check, so a runner that lost its lease to recovery writes nothing more.
 */
export async function lockOwnedSaga(
  em: SqlEntityManager,
  sagaId: string,
  owner: string,
  renewUntil: Date,
  at: Date,
): Promise<BookingSaga> {
  const saga = await em.findOne(BookingSaga, { id: sagaId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!saga || saga.leaseOwner !== owner || !ACTIVE_SAGA_STATUSES.includes(saga.status)) throw new LeaseLost(sagaId);
  saga.leaseExpiresAt = renewUntil;
  saga.updatedAt = at;
  return saga;
}
