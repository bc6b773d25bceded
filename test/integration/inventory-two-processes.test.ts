import {
  RESERVE_BOOKING,
  capacityOf,
  countRows,
  declareCapacity,
  reservationInput,
  typenameOf,
} from '../fixtures/inventory';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  // This app creates and migrates the database; the two server processes then share it.
  app = await startTestApp();
  servers = await Promise.all(
    [0, 1].map(() => spawnServerProcess({ databaseUrl: app.databaseUrl, clockStart: app.clock.now(), poolSize: 25 })),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await app.stop();
});

describe('fifty buyers racing for ten seats through two server processes', () => {
  it('still produce exactly ten holds', async () => {
    expect(new Set([process.pid, ...servers.map((server) => server.pid)]).size).toBe(3);
    const slot = await declareCapacity(app, 10);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        servers[index % 2]?.graphql(RESERVE_BOOKING, { input: reservationInput([{ targetId: slot, quantity: 1 }]) }),
      ),
    );
    const typenames = responses.map((response) => (response ? typenameOf(response, 'reserveBooking') : 'no server'));
    expect(typenames.filter((name) => name === 'Booking')).toHaveLength(10);
    expect(typenames.filter((name) => name === 'CapacityExhaustedError')).toHaveLength(40);
    expect(await capacityOf(app, slot)).toMatchObject({ consumed: 10, remaining: 0 });
    expect(
      await countRows(app, `select 1 from booking_allocations where target_id = $1 and status = 'held'`, [slot]),
    ).toBe(10);
  });
});
