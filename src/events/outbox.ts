import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { EventType } from '../domain/vocabulary';
import { BookingEvent } from '../entities/booking-event.entity';
import { ID_PREFIX, newId } from '../ids';

/** A lifecycle event as handed to `onEvent` once the transaction that wrote it has committed. */
export interface DeliveredEvent {
  id: string;
  type: EventType;
  bookingId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

export type EventHandler = (event: DeliveredEvent) => void | Promise<void>;

/** Adds an event to the current unit of work: it commits, or rolls back, with everything else. */
export function recordEvent(
  em: SqlEntityManager,
  event: { type: EventType; bookingId: string | null; payload: Record<string, unknown>; at: Date },
): void {
  em.create(BookingEvent, {
    id: newId(ID_PREFIX.event),
    type: event.type,
    bookingId: event.bookingId,
    payload: event.payload,
    occurredAt: event.at,
    deliveredAt: null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
  });
}

export interface OutboxRelay {
  /**
   * Delivers committed events that are due to the handler and marks them delivered. Never rejects:
   * delivery runs after the change committed, so a failure is logged and retried later instead.
   */
  deliverPending(): Promise<void>;
  /** Deletes delivered rows older than the retention window; resolves with how many went. */
  pruneDelivered(): Promise<number>;
}

/** Hears what the relay did (metrics). */
export interface OutboxObserver {
  delivered(count: number): void;
  failed(): void;
  deadLettered(): void;
}

export interface RetryPolicy {
  /** Attempts before a row becomes `dead_letter`; the first delivery counts as one. */
  maxAttempts: number;
  /** Wait after the first failure; each further failure doubles it, up to MAX_BACKOFF_MS. */
  baseDelayMs: number;
}

interface PendingRow {
  id: string;
  type: EventType;
  booking_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
  attempts: number;
}

const BATCH_SIZE = 100;
const PRUNE_BATCH = 1000;
/** A broker down for a day should not push the next try out by more than this. */
export const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** The wait before attempt `failures + 1`, after `failures` failed ones. */
export function backoffDelayMs(failures: number, baseDelayMs: number): number {
  return Math.min(baseDelayMs * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 20, baseDelayMs: 1000 };

/**
 * At-least-once delivery: rows are claimed with SKIP LOCKED so several processes share the outbox,
 * and a row is marked delivered only after the handler returned. A handler that throws leaves its
 * row pending (attempts, last error and the next attempt's time recorded, backing off
 * exponentially) until its attempts run out; then it is dead-lettered for an operator to look at.
 * Consumers deduplicate on the event id (NATS JetStream does it through the message id).
 */
export function createOutboxRelay(options: {
  pool: Pool;
  onEvent: EventHandler;
  logger: Logger;
  now?: () => Date;
  retry?: RetryPolicy;
  /** Delivered rows older than this are pruned by `pruneDelivered`. */
  retentionHours?: number;
  observer?: OutboxObserver;
}): OutboxRelay {
  const { pool, onEvent, logger, observer } = options;
  const now = options.now ?? (() => new Date());
  const retry = options.retry ?? DEFAULT_RETRY;
  const retentionHours = options.retentionHours ?? 24 * 7;

  async function recordFailure(client: PoolClient, row: PendingRow, error: unknown, at: Date): Promise<void> {
    const message = error instanceof Error ? error.message.slice(0, 2000) : 'handler failed';
    const attempts = row.attempts + 1;
    if (attempts >= retry.maxAttempts) {
      logger.error(
        { err: error, eventId: row.id, eventType: row.type, attempts },
        'event delivery gave up; the event is dead-lettered',
      );
      await client.query(
        `update booking_outbox set attempts = $2, last_error = $3, status = 'dead_letter', next_attempt_at = ` +
          `null where id = $1`,
        [row.id, attempts, message],
      );
      observer?.deadLettered();
      return;
    }
    logger.warn(
      { err: error, eventId: row.id, eventType: row.type, attempts },
      'event handler failed; the event stays pending',
    );
    const nextAttemptAt = new Date(at.getTime() + backoffDelayMs(attempts, retry.baseDelayMs));
    await client.query('update booking_outbox set attempts = $2, last_error = $3, next_attempt_at = $4 where id = $1', [
      row.id,
      attempts,
      message,
      nextAttemptAt,
    ]);
    observer?.failed();
  }

  async function deliverBatch(): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const at = now();
      const { rows } = await client.query<PendingRow>(
        `select id, type, booking_id, payload, occurred_at, attempts from booking_outbox
         where status = 'pending' and (next_attempt_at is null or next_attempt_at <= $2)
         order by occurred_at, id limit $1 for update skip locked`,
        [BATCH_SIZE, at],
      );
      const delivered: string[] = [];
      for (const row of rows) {
        try {
          await onEvent({
            id: row.id,
            type: row.type,
            bookingId: row.booking_id,
            payload: row.payload,
            occurredAt: new Date(row.occurred_at),
          });
          delivered.push(row.id);
        } catch (error) {
          await recordFailure(client, row, error, at);
        }
      }
      if (delivered.length > 0) {
        await client.query(
          `update booking_outbox set delivered_at = $2, status = 'delivered', attempts = attempts + 1, ` +
            `next_attempt_at = null where id = any($1)`,
          [delivered, now()],
        );
      }
      await client.query('commit');
      if (delivered.length > 0) observer?.delivered(delivered.length);
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function drain(): Promise<void> {
    try {
      while ((await deliverBatch()) === BATCH_SIZE) {
        // A full batch means more may be waiting.
      }
    } catch (error) {
      logger.error({ err: error }, 'outbox delivery failed; pending events are retried later');
    }
  }

  // One drain at a time per process: a caller arriving mid-drain waits for one more drain that
  // starts after the current one, so its own committed events are always covered.
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  function deliverPending(): Promise<void> {
    if (!running) {
      running = drain().finally(() => {
        running = null;
      });
      return running;
    }
    if (!queued) {
      queued = running.then(() => {
        queued = null;
        return deliverPending();
      });
    }
    return queued;
  }

  async function pruneDelivered(): Promise<number> {
    const cutoff = new Date(now().getTime() - retentionHours * 3600_000);
    let pruned = 0;
    for (;;) {
      const { rowCount } = await pool.query(
        `delete from booking_outbox where id in (
           select id from booking_outbox where status = 'delivered' and delivered_at < $1 limit $2 for update
           skip locked)`,
        [cutoff, PRUNE_BATCH],
      );
      pruned += rowCount ?? 0;
      if ((rowCount ?? 0) < PRUNE_BATCH) return pruned;
    }
  }

  return { deliverPending, pruneDelivered };
}
