import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sagaDefinition } from './definitions';
import { compensate, driveForward, type SagaEnv } from './runner';
import { LeaseLost } from './step-failure';
import type { SagaKind, SagaStatus } from '../domain/saga-vocabulary';

/** A lease owner: unique per run, so two drivers in one process never share a lease. */
export const newLeaseOwner = (): string => `runner:${randomUUID()}`;

interface ClaimedSaga {
  id: string;
  kind: SagaKind;
  status: SagaStatus;
}

/**
 * Takes over active sagas whose lease ran out, oldest first. SKIP LOCKED: two recoverers (two
 * replicas) never wait on each other and never claim the same saga; the new lease is committed
 * before anything runs, so the other sees it as taken.
 */
export async function claimExpiredSagas(
  em: SqlEntityManager,
  owner: string,
  at: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedSaga[]> {
  return em.fork().transactional((tx) =>
    tx.execute<ClaimedSaga[]>(
      `with expired as (
         select id from booking_sagas
         where status in ('running', 'compensating') and (lease_expires_at is null or lease_expires_at <= ?)
         order by lease_expires_at nulls first, id limit ? for update skip locked)
       update booking_sagas s set lease_owner = ?, lease_expires_at = ?, updated_at = ?
       from expired where s.id = expired.id returning s.id, s.kind, s.status`,
      [at, limit, owner, leaseUntil, at],
    ),
  );
}

/** Runs a claimed saga the way its kind recovers: reservation plans compensate, refunds roll forward. */
export async function resumeClaimed(env: SagaEnv, claimed: ClaimedSaga, owner: string): Promise<void> {
  const definition = sagaDefinition(claimed.kind);
  if (claimed.status === 'compensating' || definition.recovery === 'compensate') {
    await compensate(env, definition, claimed.id, owner, null);
  } else {
    await driveForward(env, definition, claimed.id, owner);
  }
}

export interface RecoveryReport {
  claimed: string[];
  failed: string[];
}

/**
 * One recovery pass: claims up to `limit` expired sagas and resumes each. A saga whose resumption
 * throws keeps its new lease and is claimed again once that runs out.
 */
export async function recoverSagas(env: SagaEnv, limit = 20): Promise<RecoveryReport> {
  const owner = newLeaseOwner();
  const at = env.clock.now();
  const claimed = await claimExpiredSagas(
    env.em,
    owner,
    at,
    new Date(at.getTime() + env.runtime.leaseSeconds * 1000),
    limit,
  );
  const failed: string[] = [];
  for (const saga of claimed) {
    try {
      await resumeClaimed(env, saga, owner);
    } catch (error) {
      if (!(error instanceof LeaseLost))
        env.runtime.logger?.error({ err: error, sagaId: saga.id }, 'saga recovery failed');
      failed.push(saga.id);
    }
  }
  return { claimed: claimed.map((saga) => saga.id), failed };
}
