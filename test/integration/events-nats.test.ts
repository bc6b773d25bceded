import { createBooking, transition } from '../fixtures/bookings';
import { expectSuccess } from '../helpers/results';
import { natsFixture, NATS_URL, type NatsFixture } from '../helpers/nats';
import { closedPort, tcpProxy, type TcpProxy } from '../helpers/tcp-proxy';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { createTestClock } from '../helpers/test-clock';

interface OutboxRow {
  id: string;
  type: string;
  booking_id: string;
  status: string;
  attempts: number;
  occurred_at: Date;
}

const natsPort = Number(new URL(NATS_URL).port || 4222);

/** A booking created and confirmed from draft: its `booking.confirmed` event (and any others) in the outbox. */
async function confirmedBookingId(app: TestApp): Promise<string> {
  const booking = await createBooking(app);
  expectSuccess(await transition(app, booking.id, 'CONFIRMED'), 'transitionBooking');
  return booking.id;
}

async function outboxRows(app: TestApp, bookingIds: string[]): Promise<OutboxRow[]> {
  const { rows } = await app.database.pool.query<OutboxRow>(
    `select id, type, booking_id, status, attempts, occurred_at from booking_outbox where booking_id =
      any($1) order by occurred_at, id`,
    [bookingIds],
  );
  return rows;
}

describe('events on NATS JetStream', () => {
  let nats: NatsFixture;
  let app: TestApp;

  beforeAll(async () => {
    nats = await natsFixture('events');
    app = await startTestApp({ env: nats.env, deliverThroughTransport: true });
  });
  afterAll(async () => {
    await app.stop();
    await nats.close();
  });

  it('creates the stream on start, capturing every subject under the prefix', async () => {
    const info = await nats.manager.streams.info(nats.stream);
    expect(info.config.subjects).toEqual([`${nats.subjectPrefix}.>`]);
  });

  it(
    'publishes a committed event as a CloudEvent on <prefix>.<type>, ' + 'with the event id as the message id',
    async () => {
      const bookingId = await confirmedBookingId(app);
      const [row] = (await outboxRows(app, [bookingId])).filter((candidate) => candidate.type === 'booking.confirmed');
      const consumed = (await nats.consumeAll()).filter(
        (message) => message.event.subject === bookingId && message.event.type === 'booking.confirmed',
      );
      expect(consumed).toEqual([
        {
          subject: `${nats.subjectPrefix}.booking.confirmed`,
          messageId: row?.id,
          contentType: 'application/cloudevents+json',
          event: {
            specversion: '1.0',
            id: row?.id,
            source: '/bookings',
            type: 'booking.confirmed',
            subject: bookingId,
            time: row?.occurred_at.toISOString(),
            datacontenttype: 'application/json',
            data: expect.objectContaining({ bookingId, previousStatus: 'draft', status: 'confirmed' }),
          },
        },
      ]);
      expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    },
  );

  it(
    'drops an event published again (an acknowledgement lost after the publish) ' + 'through JetStream deduplication',
    async () => {
      const bookingId = await confirmedBookingId(app);
      const before = await nats.storedCount();
      // As if the relay crashed after the broker stored the message but before the row was marked.
      await app.database.pool.query(
        `update booking_outbox set status = 'pending', delivered_at = null where booking_id = $1`,
        [bookingId],
      );
      await app.app.outbox.deliverPending();
      const rows = await outboxRows(app, [bookingId]);
      expect({ stored: await nats.storedCount(), rows: rows.map((row) => row.status) }).toEqual({
        stored: before,
        rows: rows.map(() => 'delivered'),
      });
    },
  );
});

describe('events while the broker is down', () => {
  let nats: NatsFixture;
  let broker: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    nats = await natsFixture('outage');
    // The app reaches NATS only through a proxy that starts stopped: a broker that is down.
    broker = tcpProxy(await closedPort(), { host: '127.0.0.1', port: natsPort });
    app = await startTestApp({
      env: { ...nats.env, NATS_URL: `nats://127.0.0.1:${broker.port}`, OUTBOX_RETRY_BASE_MS: '1000' },
      deliverThroughTransport: true,
    });
  });
  afterAll(async () => {
    await app.stop();
    await broker.stop();
    await nats.close();
  });

  it('keeps the events pending, then delivers each exactly once when the broker is back', async () => {
    const bookingIds = [await confirmedBookingId(app), await confirmedBookingId(app), await confirmedBookingId(app)];
    const pending = await outboxRows(app, bookingIds);
    expect(pending.map((row) => [row.status, row.attempts])).toEqual(pending.map(() => ['pending', 1]));
    expect(pending.filter((row) => row.type === 'booking.confirmed')).toHaveLength(bookingIds.length);
    expect(await nats.storedCount()).toBe(0);

    await broker.start();
    app.clock.advance(1000);
    await app.app.outbox.deliverPending();
    // A second pass (the relay job's next run) finds nothing left to send.
    await app.app.outbox.deliverPending();

    const consumed = await nats.consumeAll();
    expect(consumed.map((message) => message.messageId).sort()).toEqual(pending.map((row) => row.id).sort());
    expect((await outboxRows(app, bookingIds)).map((row) => [row.status, row.attempts])).toEqual(
      pending.map(() => ['delivered', 2]),
    );
  });
});

describe('two relays on one outbox', () => {
  let nats: NatsFixture;
  let writer: TestApp;
  let relays: TestApp[];

  beforeAll(async () => {
    nats = await natsFixture('relays');
    const clock = createTestClock();
    // The writer cannot reach a broker, so its events stay in the outbox for the two relays.
    writer = await startTestApp({
      clock,
      env: { ...nats.env, NATS_URL: `nats://127.0.0.1:${await closedPort()}`, OUTBOX_RETRY_BASE_MS: '1000' },
      deliverThroughTransport: true,
    });
    relays = [
      await startTestApp({ clock, databaseUrl: writer.databaseUrl, env: nats.env, deliverThroughTransport: true }),
      await startTestApp({ clock, databaseUrl: writer.databaseUrl, env: nats.env, deliverThroughTransport: true }),
    ];
  });
  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await writer.stop();
    await nats.close();
  });

  it('publish every event once between them', async () => {
    const bookingIds: string[] = [];
    for (let index = 0; index < 8; index += 1) bookingIds.push(await confirmedBookingId(writer));
    const pending = await outboxRows(writer, bookingIds);
    writer.clock.advance(1000);

    await Promise.all(relays.map((relay) => relay.app.outbox.deliverPending()));

    const consumed = await nats.consumeAll();
    expect(consumed.map((message) => message.messageId).sort()).toEqual(pending.map((row) => row.id).sort());
    // Each row was attempted once by the writer and delivered once by one relay: none went out twice.
    expect((await outboxRows(writer, bookingIds)).map((row) => [row.status, row.attempts])).toEqual(
      pending.map(() => ['delivered', 2]),
    );
  });
});
