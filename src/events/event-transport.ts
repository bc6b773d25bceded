import type { Logger } from 'pino';
import type { Config } from '../config';
import { createNatsTransport } from './nats-transport';
import type { EventHandler } from './outbox';
import { createWebhookTransport } from './webhook-transport';

/** Where committed outbox events go (EVENTS_TRANSPORT). */
export interface EventTransport {
  name: Config['events']['transport'];
  /** Connects and prepares (the NATS stream); a failure is logged and retried at the first delivery. */
  start(): Promise<void>;
  /** Throws when the event was not accepted; the outbox then retries it with backoff. */
  deliver: EventHandler;
  close(): Promise<void>;
}

export function createEventTransport(events: Config['events'], logger: Logger, now: () => Date): EventTransport {
  switch (events.transport) {
    case 'nats':
      return createNatsTransport({ ...events.nats, source: events.source, logger });
    case 'webhook':
      if (!events.webhook)
        throw new Error('WEBHOOK_URL and WEBHOOK_SECRET are required when EVENTS_TRANSPORT is webhook');
      return createWebhookTransport({ ...events.webhook, source: events.source, now });
    case 'log':
      return {
        name: 'log',
        start: async () => undefined,
        deliver: (event) =>
          logger.info({ eventId: event.id, eventType: event.type, bookingId: event.bookingId }, 'lifecycle event'),
        close: async () => undefined,
      };
  }
}
