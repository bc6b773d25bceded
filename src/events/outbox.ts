import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
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
export function recordEvent(em: SqlEntityManager, event: { type: EventType; bookingId: string | null; payload: Record<string, unknown>; at: Date }): void {
  em.create(BookingEvent, {
    id: newId(ID_PREFIX.event),
    type: event.type,
    bookingId: event.bookingId,
    payload: event.payload,
    occurredAt: event.at,
    deliveredAt: null,
    attempts: 0,
    lastError: null,
  });
}

export interface OutboxRelay {
  /**
   * Delivers committed, undelivered events to the handler and marks them delivered. Never rejects:
   * delivery runs after the change committed, so a failure is logged and retried later instead.
   */
  deliverPending(): Promise<void>;
}

interface PendingRow {
  id: string;
  type: EventType;
  booking_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

const BATCH_SIZE = 100;

/**
 * At-least-once delivery: rows are claimed with SKIP LOCKED so several processes share the outbox,
 * and a row is marked delivered only after the handler returned. A handler that throws leaves its
 * row pending (attempts and last error recorded) for the next call.
 */
export function createOutboxRelay(options: { pool: Pool; onEvent: EventHandler; logger: Logger; now?: () => Date }): OutboxRelay {
  const { pool, onEvent, logger } = options;
  const now = options.now ?? (() => new Date());

  async function deliverBatch(): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<PendingRow>(
        `select id, type, booking_id, payload, occurred_at from booking_outbox where delivered_at is null
         order by occurred_at, id limit $1 for update skip locked`,
        [BATCH_SIZE],
      );
      const delivered: string[] = [];
      for (const row of rows) {
        try {
          await onEvent({ id: row.id, type: row.type, bookingId: row.booking_id, payload: row.payload, occurredAt: new Date(row.occurred_at) });
          delivered.push(row.id);
        } catch (error) {
          logger.warn({ err: error, eventId: row.id, eventType: row.type }, 'event handler failed; the event stays pending');
          await client.query('update booking_outbox set attempts = attempts + 1, last_error = $2 where id = $1', [row.id, error instanceof Error ? error.message.slice(0, 2000) : 'handler failed']);
        }
      }
      if (delivered.length > 0) {
        await client.query('update booking_outbox set delivered_at = $2, attempts = attempts + 1 where id = any($1)', [delivered, now()]);
      }
      await client.query('commit');
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

  return { deliverPending };
}
