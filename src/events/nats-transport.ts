import { connect, headers, nanos, type JetStreamClient, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import { CLOUD_EVENT_CONTENT_TYPE, toCloudEvent } from './cloud-event';
import type { EventTransport } from './event-transport';
import { MAX_BACKOFF_MS } from './outbox';

const CONNECT_TIMEOUT_MS = 2000;
const PUBLISH_TIMEOUT_MS = 5000;
/** Longer than the longest outbox backoff, so a retry after a lost ack is still recognised as a duplicate. */
const DUPLICATE_WINDOW_MS = 2 * MAX_BACKOFF_MS;

interface Connected {
  connection: NatsConnection;
  jetstream: JetStreamClient;
}

export interface NatsTransportOptions {
  url: string;
  stream: string;
  /** Events go to `<prefix>.<event type>`; the stream captures `<prefix>.>`. */
  subjectPrefix: string;
  source: string;
  logger: Logger;
}

/** Creates the stream when it is missing; another replica creating it at the same moment is fine. */
async function ensureStream(connection: NatsConnection, stream: string, subjectPrefix: string): Promise<void> {
  const manager = await connection.jetstreamManager();
  try {
    await manager.streams.info(stream);
    return;
  } catch {
    // Missing (or unreadable): try to create it below.
  }
  try {
    await manager.streams.add({
      name: stream,
      subjects: [`${subjectPrefix}.>`],
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    });
  } catch (error) {
    await manager.streams.info(stream).catch(() => {
      throw error;
    });
  }
}

/**
 * Publishes each event to JetStream as a CloudEvent with the event id as `Nats-Msg-Id`, so a
 * retried publish (lost ack, two relays) is dropped by the stream's deduplication. The connection
 * is opened on first use and again after it closed; while the broker is away, publishes fail and
 * the outbox backs off.
 */
export function createNatsTransport(options: NatsTransportOptions): EventTransport {
  let current: Promise<Connected> | null = null;
  let closing = false;

  const open = async (): Promise<Connected> => {
    const connection = await connect({
      servers: options.url,
      name: 'bookings-outbox',
      timeout: CONNECT_TIMEOUT_MS,
      maxReconnectAttempts: -1,
    });
    try {
      await ensureStream(connection, options.stream, options.subjectPrefix);
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
    return { connection, jetstream: connection.jetstream() };
  };

  const connected = (): Promise<Connected> => {
    if (closing) return Promise.reject(new Error('the NATS transport is closed'));
    if (!current) {
      const attempt = open();
      current = attempt;
      attempt.then(
        ({ connection }) => {
          void connection.closed().then(() => {
            if (current === attempt) current = null;
          });
        },
        () => {
          if (current === attempt) current = null;
        },
      );
    }
    return current;
  };

  return {
    name: 'nats',
    start: async () => {
      try {
        await connected();
        options.logger.info(
          { stream: options.stream, subjects: `${options.subjectPrefix}.>` },
          'NATS JetStream stream ready',
        );
      } catch (error) {
        options.logger.warn({ err: error }, 'NATS is unreachable; events wait in the outbox until it answers');
      }
    },
    deliver: async (event) => {
      const { jetstream } = await connected();
      const messageHeaders = headers();
      messageHeaders.set('Content-Type', CLOUD_EVENT_CONTENT_TYPE);
      await jetstream.publish(
        `${options.subjectPrefix}.${event.type}`,
        JSON.stringify(toCloudEvent(event, options.source)),
        {
          msgID: event.id,
          headers: messageHeaders,
          timeout: PUBLISH_TIMEOUT_MS,
        },
      );
    },
    close: async () => {
      closing = true;
      const pending = current;
      current = null;
      if (!pending) return;
      const { connection } = await pending.catch(() => ({ connection: null }));
      await connection?.drain().catch(() => undefined);
    },
  };
}
