import { randomBytes } from 'node:crypto';
import { AckPolicy, connect, DeliverPolicy, type JetStreamManager, type NatsConnection } from 'nats';

/** The machine's NATS server with JetStream (.ci/run makes sure it answers). */
export const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface ConsumedEvent {
  subject: string;
  /** The `Nats-Msg-Id` header JetStream deduplicates on. */
  messageId: string | undefined;
  contentType: string | undefined;
  event: Record<string, unknown>;
}

export interface NatsFixture {
  stream: string;
  subjectPrefix: string;
  /** The environment that points an app at this stream. */
  env: Record<string, string>;
  manager: JetStreamManager;
  /** Messages stored in the stream (0 when it does not exist yet). */
  storedCount(): Promise<number>;
  /** Every message in the stream, read and acknowledged through a fresh durable pull consumer. */
  consumeAll(): Promise<ConsumedEvent[]>;
  close(): Promise<void>;
}

/**
 * A stream and subject prefix of this test file's own, so parallel test files never see each
 * other's events; `close` deletes the stream.
 */
export async function natsFixture(label: string): Promise<NatsFixture> {
  const suffix = randomBytes(4).toString('hex');
  const stream = `TEST_${label.toUpperCase()}_${suffix}`;
  const subjectPrefix = `test.${label}.${suffix}.bookings`;
  const connection: NatsConnection = await connect({ servers: NATS_URL });
  const manager = await connection.jetstreamManager();
  const storedCount = async (): Promise<number> => {
    try {
      return (await manager.streams.info(stream)).state.messages;
    } catch {
      return 0;
    }
  };
  return {
    stream,
    subjectPrefix,
    env: { EVENTS_TRANSPORT: 'nats', NATS_URL, NATS_STREAM: stream, NATS_SUBJECT_PREFIX: subjectPrefix },
    manager,
    storedCount,
    consumeAll: async () => {
      const count = await storedCount();
      if (count === 0) return [];
      const durable = `reader_${randomBytes(4).toString('hex')}`;
      await manager.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
      });
      try {
        const consumer = await connection.jetstream().consumers.get(stream, durable);
        const consumed: ConsumedEvent[] = [];
        const messages = await consumer.fetch({ max_messages: count, expires: 5000 });
        for await (const message of messages) {
          consumed.push({
            subject: message.subject,
            messageId: message.headers?.get('Nats-Msg-Id') || undefined,
            contentType: message.headers?.get('Content-Type') || undefined,
            event: message.json<Record<string, unknown>>(),
          });
          message.ack();
          if (consumed.length === count) break;
        }
        return consumed;
      } finally {
        await manager.consumers.delete(stream, durable).catch(() => undefined);
      }
    },
    close: async () => {
      await manager.streams.delete(stream).catch(() => undefined);
      await connection.close();
    },
  };
}
