import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createBooking, transition } from '../fixtures/bookings';
import { expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { listenOnLoopback } from '../helpers/loopback';

const SECRET = 'webhook-secret-for-tests-0123456789';

interface Delivery {
  verified: boolean;
  timestamp: number;
  contentType: string | undefined;
  event: Record<string, unknown>;
}

/**
 * A receiver as a consumer would write it: it recomputes HMAC-SHA256 over `timestamp.body` from
 * the raw body and compares it in constant time, answering 401 when the signature is wrong.
 */
function verify(header: string | undefined, body: string): { verified: boolean; timestamp: number } {
  const fields = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(fields.t);
  const expected = createHmac('sha256', SECRET).update(`${fields.t}.${body}`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return { verified: given.length === expected.length && timingSafeEqual(given, expected), timestamp };
}

let receiver: Server;
let app: TestApp;
let answer = 204;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = request.headers['bookings-signature'];
      const { verified, timestamp } = verify(typeof header === 'string' ? header : undefined, body);
      deliveries.push({
        verified,
        timestamp,
        contentType: request.headers['content-type'],
        event: JSON.parse(body) as Record<string, unknown>,
      });
      response.writeHead(verified ? answer : 401).end();
    });
  });
  const port = await listenOnLoopback(receiver);
  app = await startTestApp({
    env: {
      EVENTS_TRANSPORT: 'webhook',
      WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/bookings`,
      WEBHOOK_SECRET: SECRET,
    },
    deliverThroughTransport: true,
  });
});
afterAll(async () => {
  await app.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
afterEach(() => {
  answer = 204;
});

async function confirmed(): Promise<string> {
  const booking = await createBooking(app);
  expectSuccess(await transition(app, booking.id, 'CONFIRMED'), 'transitionBooking');
  return booking.id;
}

const deliveriesFor = (bookingId: string) =>
  deliveries.filter((delivery) => delivery.event.subject === bookingId && delivery.event.type === 'booking.confirmed');

describe('signed webhooks', () => {
  it('POSTs each committed event as a CloudEvent signed over timestamp and body', async () => {
    const bookingId = await confirmed();
    expect(deliveriesFor(bookingId)).toEqual([
      {
        verified: true,
        timestamp: Math.floor(app.clock.now().getTime() / 1000),
        contentType: 'application/cloudevents+json',
        event: expect.objectContaining({
          specversion: '1.0',
          type: 'booking.confirmed',
          subject: bookingId,
          datacontenttype: 'application/json',
        }),
      },
    ]);
  });

  it('keeps the event pending when the receiver refuses it, and sends the same event id again', async () => {
    answer = 503;
    const bookingId = await confirmed();
    const status = await app.database.pool.query<{ status: string; last_error: string }>(
      `select status, last_error from booking_outbox where booking_id = $1 and type = 'booking.confirmed'`,
      [bookingId],
    );
    expect(status.rows).toEqual([{ status: 'pending', last_error: 'webhook answered 503' }]);

    answer = 204;
    await app.app.outbox.deliverPending();
    const ids = deliveriesFor(bookingId).map((delivery) => delivery.event.id);
    expect({ attempts: ids.length, sameId: new Set(ids).size === 1 }).toEqual({ attempts: 2, sameId: true });
  });
});
