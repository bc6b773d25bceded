import { DriverException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { fingerprint } from '../approvals/fingerprint';
import { idempotencyScope } from '../approvals/routing';
import { idempotencyInFlight, idempotencyKeyReused } from '../approvals/outcomes';
import type { ServiceScope } from './actor';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

/** A service function as resolvers call it; its result must survive a JSON round trip. */
export type IdempotentCall<I, R extends object> = (scope: ServiceScope, input: I) => Promise<R | BusinessOutcome>;

interface RecordKey {
  scope: string;
  key: string;
}

interface StoredRecord {
  request_fingerprint: string;
  outcome: Record<string, unknown> | null;
  live: boolean;
}

/** PostgreSQL's lock_not_available: the wait for the first request with this key timed out. */
const LOCK_NOT_AVAILABLE = '55P03';

/** Claim attempts before giving up; more than one only when the sweeper or another taker races us. */
const CLAIM_ATTEMPTS = 3;

/**
 * Makes a create replay-safe under an Idempotency-Key. Without a key the call runs as it is.
 *
 * With one, the key's record is claimed and completed in the same transaction as the create (the
 * service's own unit of work nests inside as a savepoint), so a committed record always holds the
 * first result, and a crash leaves neither booking nor record behind. A retry of a running request
 * waits on the uncommitted record until the first commits, then replays what it stored; it
 * answers IdempotencyInFlightError only if that takes longer than IDEMPOTENCY_WAIT_MS.
 *
 * What is stored is the service's result, `{ bookingId }` or the business outcome, not rendered
 * GraphQL: the resolver reads the booking back as for a first call, so a retry may select other
 * fields (docs/approvals.md, "What a replay returns").
 */
export function idempotent<I, R extends object>(
  operation: string,
  key: string | null,
  call: IdempotentCall<I, R>,
): IdempotentCall<I, R> {
  if (key === null) return call;
  return (scope, input) => runOnce(scope, { operation, key, input }, call);
}

async function runOnce<I, R extends object>(
  scope: ServiceScope,
  request: { operation: string; key: string; input: I },
  call: IdempotentCall<I, R>,
): Promise<R | BusinessOutcome> {
  const record: RecordKey = { scope: idempotencyScope(scope.actor, request.operation), key: request.key };
  const requestFingerprint = fingerprint({ operation: request.operation, input: request.input });
  let ran = false;
  let result: R | BusinessOutcome;
  try {
    result = await runUnitOfWork(scope, async (em) => {
      const existing = await claim(em, scope, record, requestFingerprint);
      if (existing) return replay<R>(existing, requestFingerprint);
      const outcome = await call({ ...scope, em }, request.input);
      await em.execute('update idempotency_records set outcome = ? where scope = ? and key = ?', [
        JSON.stringify(outcome),
        record.scope,
        record.key,
      ]);
      ran = true;
      return outcome;
    });
  } catch (error) {
    if (error instanceof DriverException && error.code === LOCK_NOT_AVAILABLE) return idempotencyInFlight();
    throw error;
  }
  // A publishing service nested in this transaction could not deliver its outbox events: they were
  // not committed yet. Deliver them now, before the response, as the service would have on its own.
  if (ran && !isBusinessOutcome(result)) await scope.outbox?.deliverPending();
  return result;
}

/**
 * Returns null when this transaction now owns the key (a new record, or one past its replay
 * window taken over), else the live record to replay. Only these statements wait under the short
 * lock timeout. `do nothing` waits for an uncommitted first request but takes no lock on a
 * committed record, so replays of a finished request do not queue behind each other.
 */
async function claim(
  em: SqlEntityManager,
  scope: ServiceScope,
  record: RecordKey,
  requestFingerprint: string,
): Promise<StoredRecord | null> {
  const at = scope.clock.now();
  const expiresAt = new Date(at.getTime() + scope.config.idempotencyTtlHours * 3_600_000);
  await em.execute(`select set_config('lock_timeout', ?, true)`, [`${scope.config.idempotencyWaitMs}ms`]);
  let live: StoredRecord | null = null;
  for (let attempt = 1; ; attempt += 1) {
    const inserted = await em.execute<{ scope: string }[]>(
      `insert into idempotency_records (scope, key, request_fingerprint, outcome, created_at, expires_at)
       values (?, ?, ?, null, ?, ?)
       on conflict (scope, key) do nothing returning scope`,
      [record.scope, record.key, requestFingerprint, at, expiresAt],
    );
    if (inserted.length > 0) break;
    const [stored] = await em.execute<StoredRecord[]>(
      'select request_fingerprint, outcome, expires_at > ? as live from idempotency_records where scope = ? ' +
        'and key = ?',
      [at, record.scope, record.key],
    );
    if (stored?.live) {
      live = stored;
      break;
    }
    // Expired (or pruned in between): take it over, unless a concurrent taker got there first.
    const taken = await em.execute<{ scope: string }[]>(
      `update idempotency_records set request_fingerprint = ?, outcome = null, created_at = ?, expires_at = ?
       where scope = ? and key = ? and expires_at <= ? returning scope`,
      [requestFingerprint, at, expiresAt, record.scope, record.key, at],
    );
    if (taken.length > 0) break;
    if (attempt >= CLAIM_ATTEMPTS) throw new Error('Could not claim or read an idempotency record');
  }
  // Back to the role's or server's setting: the create itself may wait on booking locks as usual.
  await em.execute('set local lock_timeout to default');
  return live;
}

function replay<R extends object>(stored: StoredRecord, requestFingerprint: string): R | BusinessOutcome {
  if (stored.request_fingerprint !== requestFingerprint) return fail(idempotencyKeyReused(null));
  // Records commit together with their outcome, so a visible record without one is a bug.
  if (stored.outcome === null) throw new Error('An idempotency record was committed without its outcome');
  // The outcome is the JSON of what this operation's service returned under this fingerprint.
  return stored.outcome as R | BusinessOutcome;
}
