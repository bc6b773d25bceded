import { createBooking } from '../fixtures/bookings';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const envelope = JSON.stringify({
  v: 1,
  kid: 'local:test',
  alg: 'AES-256-GCM',
  iv: 'AAAAAAAAAAAAAAAA',
  tag: 'AAAAAAAAAAAAAAAAAAAAAA==',
  ct: 'AA==',
});

/** Raw rows, so the schema's own guarantees are tested without the service in front of them. */
async function storeSealedRows(travelerId: string): Promise<void> {
  const at = app.clock.now();
  await app.database.pool.query(
    `insert into booking_traveler_travel_details (traveler_id, identity, dietary, accessibility, created_at,
      updated_at) values ($1, $2, $2, $2, $3, $3)`,
    [travelerId, envelope, at],
  );
  await app.database.pool.query(
    `insert into booking_traveler_data_keys (traveler_id, wrapped_key, kms_key_id, provider, created_at)
      values ($1, 'd3JhcHBlZA==', 'local:test', 'local', $2)`,
    [travelerId, at],
  );
}

async function countFor(table: string, travelerId: string): Promise<number> {
  const result = await app.database.pool.query<{ count: string }>(
    `select count(*) from ${table} where traveler_id = $1`,
    [travelerId],
  );
  return Number(result.rows[0]?.count);
}

async function insertAuditEvent(id: string): Promise<void> {
  await app.database.pool.query(
    `insert into booking_pii_audit_events (id, action, outcome, actor_id, principal_type, fields, at) values
      ($1, 'decrypt', 'allowed', 'usr_a', 'user', '[]', now())`,
    [id],
  );
}

describe('PII storage', () => {
  it('shreds the details and the wrapped key when their traveler is deleted', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[0]?.id ?? '';
    await storeSealedRows(travelerId);
    await app.database.pool.query('delete from booking_travelers where id = $1', [travelerId]);
    expect([
      await countFor('booking_traveler_travel_details', travelerId),
      await countFor('booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
  });

  it('shreds the details and the wrapped key when their booking is deleted', async () => {
    const booking = await createBooking(app);
    const travelerId = booking.travelers[1]?.id ?? '';
    await storeSealedRows(travelerId);
    await app.database.pool.query('delete from bookings where id = $1', [booking.id]);
    expect([
      await countFor('booking_traveler_travel_details', travelerId),
      await countFor('booking_traveler_data_keys', travelerId),
    ]).toEqual([0, 0]);
  });

  it('refuses to update an audit event', async () => {
    await insertAuditEvent('bkpa_update');
    await expect(
      app.database.pool.query(`update booking_pii_audit_events set outcome = 'denied' where id = 'bkpa_update'`),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses to delete an audit event', async () => {
    await insertAuditEvent('bkpa_delete');
    await expect(
      app.database.pool.query(`delete from booking_pii_audit_events where id = 'bkpa_delete'`),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses to truncate the audit log', async () => {
    await expect(app.database.pool.query('truncate booking_pii_audit_events')).rejects.toThrow(/append-only/);
  });
});
