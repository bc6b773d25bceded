import { createBooking } from '../fixtures/bookings';
import {
  ADMIN,
  ISSUE_FULFILLMENT as ISSUE,
  OVERRIDE,
  RECORD_REDEMPTION as REDEEM,
  UPDATE_FULFILLMENT as UPDATE,
  bookingById,
  confirmedBooking as confirmedBookingOf,
  countRows,
  declareCapacity,
  reserved,
  typenameOf,
  type ReservedBooking,
} from '../fixtures/inventory';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ poolSize: 20 });
});
afterAll(() => app.stop());

interface FulfillmentSummary {
  __typename: 'BookingFulfillment';
  id: string;
  status: string;
  issuedAt: string | null;
  revokedAt: string | null;
  item: { id: string } | null;
  [field: string]: unknown;
}

const confirmedBooking = () => confirmedBookingOf(app);

const issue = (input: Record<string, unknown>) =>
  app.graphql(ISSUE, { input: { type: 'VOUCHER', deliveryChannel: 'EMAIL', ...input } });
const update = (input: Record<string, unknown>) => app.graphql(UPDATE, { input });
const redeem = (input: Record<string, unknown>) =>
  app.graphql(REDEEM, { input: { method: 'SCAN', location: 'Tulcea pier', ...input } });

async function issued(booking: ReservedBooking, input: Record<string, unknown> = {}): Promise<FulfillmentSummary> {
  return expectSuccess<FulfillmentSummary>(
    await issue({ bookingId: booking.id, bookingItemId: booking.items[0]?.id, ...input }),
    'issueFulfillment',
    'BookingFulfillment',
  );
}

describe('issueFulfillment', () => {
  it('issues a voucher for a confirmed booking over one channel, stamping issuedAt', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking, {
      artifactUrl: 'https://vouchers.example/v/1.pdf',
      payload: { code: 'ABC123' },
    });
    expect(voucher).toMatchObject({
      status: 'ISSUED',
      type: 'VOUCHER',
      deliveryChannel: 'EMAIL',
      issuedAt: app.clock.now().toISOString(),
      payload: { code: 'ABC123' },
      booking: { id: booking.id },
    });
  });

  it('issues a pending ticket whose artifact comes later', async () => {
    const ticket = await issued(await confirmedBooking(), {
      type: 'TICKET',
      deliveryChannel: 'WALLET',
      status: 'PENDING',
    });
    expect([ticket.status, ticket.issuedAt]).toEqual(['PENDING', null]);
  });

  it('refuses a booking that is not confirmed or in progress', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 1) }]);
    const refused = expectOutcome<Record<string, unknown>>(
      await issue({ bookingId: booking.id }),
      'issueFulfillment',
      'BOOKING_NOT_FULFILLABLE',
    );
    expect(refused.bookingStatus).toBe('ON_HOLD');
  });

  it('refuses an item of another booking', async () => {
    const other = await createBooking(app);
    expectGraphqlError(
      await issue({ bookingId: (await confirmedBooking()).id, bookingItemId: other.items[0]?.id }),
      'BAD_USER_INPUT',
      'input.bookingItemId',
    );
  });

  it('refuses an artifact URL that is not http(s)', async () => {
    expectGraphqlError(
      await issue({ bookingId: (await confirmedBooking()).id, artifactUrl: 'javascript:alert(1)' }),
      'BAD_USER_INPUT',
      'input.artifactUrl',
    );
  });

  it('starts a fulfillment only as ISSUED or PENDING', async () => {
    expectGraphqlError(
      await issue({ bookingId: (await confirmedBooking()).id, status: 'REVOKED' }),
      'BAD_USER_INPUT',
      'input.status',
    );
  });

  it('lists the fulfillments on the booking', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    const response = await app.graphql<{ booking: { fulfillments: { id: string }[] } }>(
      `query($id: ID!) { booking(id: $id) { fulfillments { id } } }`,
      { id: booking.id },
    );
    expect(response.data?.booking.fulfillments).toEqual([{ id: voucher.id }]);
  });
});

describe('updateFulfillment', () => {
  it('reissues, stamping a new issuedAt', async () => {
    const voucher = await issued(await confirmedBooking());
    app.clock.advanceMinutes(5);
    const reissued = expectSuccess<FulfillmentSummary>(
      await update({ id: voucher.id, status: 'REISSUED' }),
      'updateFulfillment',
      'BookingFulfillment',
    );
    expect([reissued.status, reissued.issuedAt]).toEqual(['REISSUED', app.clock.now().toISOString()]);
  });

  it('revokes, stamping revokedAt', async () => {
    const voucher = await issued(await confirmedBooking());
    const revoked = expectSuccess<FulfillmentSummary>(
      await update({ id: voucher.id, status: 'REVOKED' }),
      'updateFulfillment',
      'BookingFulfillment',
    );
    expect([revoked.status, revoked.revokedAt]).toEqual(['REVOKED', app.clock.now().toISOString()]);
  });

  it('refuses a move its lifecycle does not allow', async () => {
    const voucher = await issued(await confirmedBooking());
    await update({ id: voucher.id, status: 'REVOKED' });
    const refused = expectOutcome<Record<string, unknown>>(
      await update({ id: voucher.id, status: 'ISSUED' }),
      'updateFulfillment',
      'INVALID_FULFILLMENT_TRANSITION',
    );
    expect(refused).toMatchObject({ from: 'REVOKED', to: 'ISSUED' });
  });

  // A cancelled booking voids its fulfillments (issue 9, see item-edits.test.ts); a booking an admin
  // moved back to awaiting payment keeps them, yet is no longer fulfillable.
  it('refuses to issue for a booking no longer fulfillable meanwhile, but lets it be revoked', async () => {
    const booking = await confirmedBooking();
    const pending = await issued(booking, { status: 'PENDING' });
    const voucher = await issued(booking);
    expectSuccess(
      await app.graphql(
        OVERRIDE,
        { input: { id: booking.id, to: 'AWAITING_PAYMENT', reason: 'payment bounced' } },
        { as: ADMIN },
      ),
      'overrideBookingStatus',
    );
    expectOutcome(await update({ id: pending.id, status: 'ISSUED' }), 'updateFulfillment', 'BOOKING_NOT_FULFILLABLE');
    expect(typenameOf(await update({ id: voucher.id, status: 'REVOKED' }), 'updateFulfillment')).toBe(
      'BookingFulfillment',
    );
  });

  it('changes the artifact without a status move', async () => {
    const voucher = await issued(await confirmedBooking());
    const changed = expectSuccess<FulfillmentSummary>(
      await update({ id: voucher.id, artifactUrl: 'https://vouchers.example/v/2.pdf' }),
      'updateFulfillment',
      'BookingFulfillment',
    );
    expect([changed.status, changed.artifactUrl]).toEqual(['ISSUED', 'https://vouchers.example/v/2.pdf']);
  });
});

describe('recordRedemption', () => {
  it("stamps the booking's redeemedAt and fulfils the item and its allocations", async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    const redemption = expectSuccess<Record<string, unknown>>(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id }),
      'recordRedemption',
      'BookingRedemption',
    );
    const now = app.clock.now().toISOString();
    expect(redemption).toMatchObject({
      method: 'SCAN',
      location: 'Tulcea pier',
      redeemedAt: now,
      item: { id: voucher.item?.id, status: 'FULFILLED' },
      booking: { redeemedAt: now },
    });
    expect((await bookingById(app, booking.id)).allocations.map((allocation) => allocation.status)).toEqual([
      'FULFILLED',
    ]);
  });

  it('answers AlreadyRedeemedError the second time', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    const first = expectSuccess<{ __typename: string; id: string }>(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id }),
      'recordRedemption',
      'BookingRedemption',
    );
    const again = expectOutcome<Record<string, unknown>>(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id }),
      'recordRedemption',
      'ALREADY_REDEEMED',
    );
    expect(again.redemptionId).toBe(first.id);
  });

  it('lets concurrent attempts record exactly one redemption', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => redeem({ bookingId: booking.id, fulfillmentId: voucher.id })),
    );
    expect(responses.map((response) => typenameOf(response, 'recordRedemption')).sort()).toEqual([
      ...Array(7).fill('AlreadyRedeemedError'),
      'BookingRedemption',
    ]);
    expect(await countRows(app, 'select 1 from booking_redemptions where fulfillment_id = $1', [voucher.id])).toBe(1);
  });

  it('is backed by the database, which refuses a second redemption row for a fulfillment', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    await redeem({ bookingId: booking.id, fulfillmentId: voucher.id });
    const second = app.database.pool.query(
      `insert into booking_redemptions (id, booking_id, fulfillment_id, method, redeemed_at, recorded_by_id,
        recorded_by_type, created_at)
       values ('bkrd_01h455vb4pex5vsknk084sn02q', $1, $2, 'manual', now(), 'usr_tester', 'user', now())`,
      [booking.id, voucher.id],
    );
    await expect(second).rejects.toThrow(/booking_redemptions_fulfillment_id_unique/);
  });

  it('answers FulfillmentRevokedError for a revoked fulfillment', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    await update({ id: voucher.id, status: 'REVOKED' });
    const refused = expectOutcome<Record<string, unknown>>(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id }),
      'recordRedemption',
      'FULFILLMENT_REVOKED',
    );
    expect(refused.revokedAt).toBe(app.clock.now().toISOString());
  });

  it('answers FulfillmentNotIssuedError for a pending fulfillment', async () => {
    const booking = await confirmedBooking();
    const pending = await issued(booking, { status: 'PENDING' });
    expectOutcome(
      await redeem({ bookingId: booking.id, fulfillmentId: pending.id }),
      'recordRedemption',
      'FULFILLMENT_NOT_ISSUED',
    );
  });

  it('refuses a fulfillment of another booking', async () => {
    const voucher = await issued(await confirmedBooking());
    const other = await confirmedBooking();
    expectGraphqlError(
      await redeem({ bookingId: other.id, fulfillmentId: voucher.id }),
      'BAD_USER_INPUT',
      'input.fulfillmentId',
    );
  });

  it('refuses a redemption dated in the future', async () => {
    const booking = await confirmedBooking();
    const voucher = await issued(booking);
    const redeemedAt = new Date(app.clock.now().getTime() + 60 * 60_000).toISOString();
    expectGraphqlError(
      await redeem({ bookingId: booking.id, fulfillmentId: voucher.id, redeemedAt }),
      'BAD_USER_INPUT',
      'input.redeemedAt',
    );
  });
});
