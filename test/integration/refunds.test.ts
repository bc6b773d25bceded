import { decide } from '../fixtures/approvals';
import { bookingIn } from '../fixtures/bookings';
import { UPSERT_SUPPLIER_STATUS } from '../fixtures/booking-operations';
import {
  capacityOf,
  confirmedBooking,
  declareCapacity,
  ISSUE_FULFILLMENT,
  RECORD_REDEMPTION,
  reserved,
  TRANSITION,
  type ReservedBooking,
} from '../fixtures/inventory';
import { ABORT_SAGA, expireLeases, recover, REFUND_BOOKING } from '../fixtures/sagas';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { sagaFakes } from '../helpers/saga-ports';
import { startTestApp, type Caller, type TestApp } from '../helpers/test-app';
import type { DeliveredEvent } from '../../src/events/outbox';

const fakes = sagaFakes();
const events: DeliveredEvent[] = [];
let failDeliveries = false;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    poolSize: 20,
    app: { sagas: fakes.options },
    onEvent: (event) => {
      if (failDeliveries) throw new Error('the event bus is down');
      events.push(event);
    },
  });
});
afterAll(() => app.stop());

interface RefundView {
  __typename: 'BookingRefund';
  id: string;
  status: string;
  amount: { amountCents: number; currency: string };
  refundable: { amountCents: number };
  reason: string;
  previousStatus: string;
  creditNoteId: string | null;
  steps: { name: string; status: string; errorCode: string | null }[];
  failure: { code: string; step: string | null } | null;
  booking: {
    id: string;
    status: string;
    version: number;
    items: { id: string; status: string }[];
    allocations: { id: string; status: string; quantity: number }[];
    supplierStatuses: { id: string; status: string }[];
  };
}

const refund = (input: Record<string, unknown>, as?: Caller) =>
  app.graphql(REFUND_BOOKING, { input: { reason: 'Guest fell ill', ...input } }, as ? { as } : {});
const refunded = async (input: Record<string, unknown>): Promise<RefundView> =>
  expectSuccess<RefundView>(await refund(input), 'refundBooking', 'BookingRefund');
const notesOf = (bookingId: string) =>
  [...fakes.finance.creditNotes.values()].filter((note) => note.bookingId === bookingId);

/** A confirmed booking worth 12500 that finance says was paid in full. */
async function paidBooking(): Promise<ReservedBooking> {
  const booking = await confirmedBooking(app);
  fakes.finance.refundable.set(booking.id, 12500);
  return booking;
}

describe('refundBooking: the upstream cases', () => {
  it('credits the refundable amount and cancels the booking (happy path)', async () => {
    const booking = await paidBooking();
    const result = await refunded({ bookingId: booking.id });
    expect({
      status: result.status,
      amount: result.amount,
      previousStatus: result.previousStatus,
      booking: result.booking.status,
    }).toEqual({
      status: 'SUCCEEDED',
      amount: { amountCents: 12500, currency: 'EUR' },
      previousStatus: 'CONFIRMED',
      booking: 'CANCELLED',
    });
    expect(notesOf(booking.id)).toEqual([
      expect.objectContaining({
        id: result.creditNoteId,
        amount: { amountCents: 12500, currency: 'EUR' },
        voided: false,
      }),
    ]);
    expect(result.steps.map((step) => [step.name, step.status])).toEqual([
      ['claim', 'SUCCEEDED'],
      ['credit-note', 'SUCCEEDED'],
      ['supplier-reversal', 'SUCCEEDED'],
      ['cancel-and-release', 'SUCCEEDED'],
    ]);
  });

  it('credits part of it (partial refund)', async () => {
    const booking = await paidBooking();
    const result = await refunded({ bookingId: booking.id, amount: { amountCents: 5000, currency: 'EUR' } });
    expect([
      result.amount.amountCents,
      result.refundable.amountCents,
      notesOf(booking.id)[0]?.amount.amountCents,
    ]).toEqual([5000, 12500, 5000]);
  });

  it('refunds an IN_PROGRESS booking', async () => {
    const booking = await paidBooking();
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'IN_PROGRESS' } }), 'transitionBooking');
    const result = await refunded({ bookingId: booking.id });
    expect([result.previousStatus, result.booking.status]).toEqual(['IN_PROGRESS', 'CANCELLED']);
  });

  it.each(['DRAFT', 'CANCELLED'])('refuses a %s booking without calling any port', async (status) => {
    const booking = await bookingIn(app, status);
    const calls = { ...fakes.finance.calls };
    const refused = expectOutcome<{ code: string; from: string; to: string }>(
      await refund({ bookingId: booking.id }),
      'refundBooking',
      'INVALID_BOOKING_TRANSITION',
    );
    expect(refused).toMatchObject({ from: status, to: 'CANCELLED' });
    expect(fakes.finance.calls).toEqual(calls);
  });

  it('skips the credit note for an amount of 0', async () => {
    const booking = await paidBooking();
    const calls = fakes.finance.calls.createCreditNote;
    const result = await refunded({ bookingId: booking.id, amount: { amountCents: 0, currency: 'EUR' } });
    expect([result.status, result.creditNoteId, result.booking.status, fakes.finance.calls.createCreditNote]).toEqual([
      'SUCCEEDED',
      null,
      'CANCELLED',
      calls,
    ]);
  });

  it('voids the credit note and leaves the booking unchanged when the supplier reversal fails', async () => {
    const booking = await paidBooking();
    expectSuccess(
      await app.graphql(UPSERT_SUPPLIER_STATUS, {
        input: { bookingId: booking.id, serviceName: 'Boat', status: 'CONFIRMED' },
      }),
      'upsertBookingSupplierStatus',
    );
    fakes.supplierReversal.faults.fail('reverse', 'PROVIDER_UNAVAILABLE');
    const result = await refunded({ bookingId: booking.id });
    expect({
      status: result.status,
      failure: result.failure,
      booking: result.booking.status,
      supplier: result.booking.supplierStatuses.map((status) => status.status),
    }).toEqual({
      status: 'FAILED',
      failure: { code: 'PROVIDER_UNAVAILABLE', message: expect.any(String), step: 'supplier-reversal' },
      booking: 'CONFIRMED',
      supplier: ['CONFIRMED'],
    });
    expect(notesOf(booking.id).map((note) => note.voided)).toEqual([true]);
    expect(result.booking.allocations.map((allocation) => allocation.status)).toEqual(['CONFIRMED']);
  });

  it('does not roll back when the notification (event delivery) fails', async () => {
    const booking = await paidBooking();
    failDeliveries = true;
    try {
      const result = await refunded({ bookingId: booking.id });
      expect([result.status, result.booking.status]).toEqual(['SUCCEEDED', 'CANCELLED']);
    } finally {
      failDeliveries = false;
    }
    expect(notesOf(booking.id).map((note) => note.voided)).toEqual([false]);
  });

  it('refuses an amount above what is refundable', async () => {
    const booking = await paidBooking();
    const refused = expectOutcome<{
      code: string;
      requested: { amountCents: number };
      refundable: { amountCents: number };
    }>(
      await refund({ bookingId: booking.id, amount: { amountCents: 12501, currency: 'EUR' } }),
      'refundBooking',
      'REFUND_AMOUNT_OUT_OF_RANGE',
    );
    expect([refused.requested.amountCents, refused.refundable.amountCents, notesOf(booking.id)]).toEqual([
      12501,
      12500,
      [],
    ]);
  });
});

describe('refundBooking: beyond upstream', () => {
  it('creates one credit note for 10 concurrent refunds', async () => {
    const booking = await paidBooking();
    const responses = await Promise.all(Array.from({ length: 10 }, () => refund({ bookingId: booking.id })));
    const answers = responses.map(
      (response) =>
        (response.data?.refundBooking as { __typename?: string; code?: string } | undefined)?.__typename ?? 'error',
    );
    expect(answers.filter((answer) => answer === 'BookingRefund')).toHaveLength(1);
    expect(
      answers
        .filter((answer) => answer !== 'BookingRefund')
        .every((answer) => answer === 'RefundInProgressError' || answer === 'BookingTransitionError'),
    ).toBe(true);
    expect(notesOf(booking.id)).toHaveLength(1);
  });

  it('gives back exactly the refunded booking’s capacity', async () => {
    const slot = await declareCapacity(app, 10);
    const kept = await reserved(app, [{ targetId: slot, quantity: 2 }]);
    const refundedBooking = await reserved(app, [{ targetId: slot, quantity: 3 }]);
    expectSuccess(
      await app.graphql(TRANSITION, { input: { id: refundedBooking.id, to: 'CONFIRMED' } }),
      'transitionBooking',
    );
    expect((await capacityOf(app, slot))?.consumed).toBe(5);
    const result = await refunded({ bookingId: refundedBooking.id, amount: { amountCents: 0, currency: 'EUR' } });
    expect(result.booking.allocations.map((allocation) => allocation.status)).toEqual(['CANCELLED']);
    expect((await capacityOf(app, slot))?.consumed).toBe(2);
    expect(kept.status).toBe('ON_HOLD');
  });

  it('leaves fulfilled items alone', async () => {
    const slot = await declareCapacity(app, 10);
    const item = (title: string) => ({
      title,
      quantity: 1,
      unitSellAmount: { amountCents: 5000, currency: 'EUR' },
      allocations: [{ kind: 'SLOT', targetId: slot, quantity: 1 }],
    });
    const booking = await reserved(app, [], { items: [item('Used'), item('Unused')] });
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } }), 'transitionBooking');
    const voucher = expectSuccess<{ __typename: string; id: string }>(
      await app.graphql(ISSUE_FULFILLMENT, {
        input: {
          bookingId: booking.id,
          bookingItemId: booking.items[0]?.id,
          type: 'VOUCHER',
          deliveryChannel: 'EMAIL',
        },
      }),
      'issueFulfillment',
      'BookingFulfillment',
    );
    expectSuccess(
      await app.graphql(RECORD_REDEMPTION, {
        input: { bookingId: booking.id, fulfillmentId: voucher.id, method: 'SCAN' },
      }),
      'recordRedemption',
      'BookingRedemption',
    );
    const result = await refunded({ bookingId: booking.id, amount: { amountCents: 0, currency: 'EUR' } });
    const statusOf = (id: string | undefined) => result.booking.items.find((candidate) => candidate.id === id)?.status;
    expect([statusOf(booking.items[0]?.id), statusOf(booking.items[1]?.id)]).toEqual(['FULFILLED', 'CANCELLED']);
    expect(result.booking.allocations.map((allocation) => allocation.status).sort()).toEqual([
      'CANCELLED',
      'FULFILLED',
    ]);
  });

  it('refunds 0 of an ON_HOLD booking: nothing was collected', async () => {
    const booking = await reserved(app, [{ targetId: await declareCapacity(app, 5) }]);
    const calls = fakes.finance.calls.refundableAmount;
    const result = await refunded({ bookingId: booking.id });
    expect([
      result.amount.amountCents,
      result.refundable.amountCents,
      result.creditNoteId,
      result.booking.status,
    ]).toEqual([0, 0, null, 'CANCELLED']);
    expect(fakes.finance.calls.refundableAmount).toBe(calls);
    expectOutcome(
      await refund({
        bookingId: (await reserved(app, [{ targetId: await declareCapacity(app, 5) }])).id,
        amount: { amountCents: 1, currency: 'EUR' },
      }),
      'refundBooking',
      'REFUND_AMOUNT_OUT_OF_RANGE',
    );
  });

  it('announces booking.cancelled and booking.refunded, and keeps the reason out of events and activity', async () => {
    const booking = await paidBooking();
    const from = events.length;
    const result = await refunded({ bookingId: booking.id, reason: 'Ana Popescu broke a leg' });
    const mine = events.slice(from).filter((event) => event.bookingId === booking.id);
    expect(mine.map((event) => event.type)).toEqual(expect.arrayContaining(['booking.cancelled', 'booking.refunded']));
    expect(mine.find((event) => event.type === 'booking.refunded')?.payload).toMatchObject({
      refundId: result.id,
      amountCents: 12500,
      creditNoteId: result.creditNoteId,
    });
    expect(JSON.stringify(mine)).not.toContain('broke a leg');
    const activity = await app.database.pool.query<{ text: string }>(
      `select description || coalesce(metadata::text, '') as text from booking_activities where booking_id = $1`,
      [booking.id],
    );
    expect(activity.rows.map((row) => row.text).join(' ')).not.toContain('broke a leg');
  });

  it('masks the reason for callers who may not read personal data', async () => {
    const booking = await paidBooking();
    const result = await refunded({ bookingId: booking.id });
    const reader = { sub: 'svc_reader', type: 'api_key' as const, scope: 'bookings:read' };
    const response = await app.graphql<{ bookingRefund: { reason: string } }>(
      `query($id: ID!) { bookingRefund(id: $id) { reason } }`,
      { id: result.id },
      { as: reader },
    );
    expect(response.data?.bookingRefund.reason).toBe('***');
  });

  it('lists the booking’s refunds and resolves BookingRefund by its key', async () => {
    const booking = await paidBooking();
    const result = await refunded({ bookingId: booking.id });
    const response = await app.graphql<{
      booking: { refunds: { id: string }[] };
      _entities: { id: string; status: string }[];
    }>(
      `query($id: ID!, $representations: [_Any!]!) { booking(id: $id) { refunds { id } }
        _entities(representations: $representations) { ... on BookingRefund { id status } } }`,
      { id: booking.id, representations: [{ __typename: 'BookingRefund', id: result.id }] },
    );
    expect(response.data).toEqual({
      booking: { refunds: [{ id: result.id }] },
      _entities: [{ id: result.id, status: 'SUCCEEDED' }],
    });
  });

  it('refuses a stale expectedVersion before anything is written', async () => {
    const booking = await paidBooking();
    expectOutcome(await refund({ bookingId: booking.id, expectedVersion: 1 }), 'refundBooking', 'VERSION_CONFLICT');
    expect(notesOf(booking.id)).toEqual([]);
  });

  it('replays the refund filed under an idempotency key', async () => {
    const booking = await paidBooking();
    const first = expectSuccess<RefundView>(
      await refund({ bookingId: booking.id, idempotencyKey: `refund-${booking.id}` }),
      'refundBooking',
      'BookingRefund',
    );
    const again = expectSuccess<RefundView>(
      await refund({ bookingId: booking.id, idempotencyKey: `refund-${booking.id}` }),
      'refundBooking',
      'BookingRefund',
    );
    expect(again.id).toBe(first.id);
    expect(notesOf(booking.id)).toHaveLength(1);
  });
});

describe('refundBooking: crashes roll forward', () => {
  it.each([
    ['credit-note', 'before-commit'],
    ['credit-note', 'after-commit'],
    ['supplier-reversal', 'after-commit'],
    ['cancel-and-release', 'before-commit'],
    ['cancel-and-release', 'after-commit'],
  ] as const)('a crash at %s (%s) ends with exactly one credit note and one cancellation', async (step, phase) => {
    const booking = await paidBooking();
    fakes.crash.arm(step, phase);
    expectGraphqlError(await refund({ bookingId: booking.id }), 'INTERNAL_SERVER_ERROR');
    expireLeases(app);
    await recover(app);
    const rows = await app.database.pool.query<{ status: string }>(
      `select status from booking_sagas where booking_id = $1 and kind = 'refund'`,
      [booking.id],
    );
    expect(rows.rows.map((row) => row.status)).toEqual(['succeeded']);
    expect(notesOf(booking.id).map((note) => note.voided)).toEqual([false]);
    const cancellations = await app.database.pool.query(
      `select 1 from booking_activities where booking_id = $1 and type = 'booking_refunded'`,
      [booking.id],
    );
    expect(cancellations.rowCount).toBe(1);
  });

  it('still finishes, without a second cancellation, when the booking was cancelled meanwhile', async () => {
    const booking = await paidBooking();
    fakes.crash.arm('supplier-reversal', 'after-commit');
    expectGraphqlError(await refund({ bookingId: booking.id }), 'INTERNAL_SERVER_ERROR');
    expectSuccess(await app.graphql(TRANSITION, { input: { id: booking.id, to: 'CANCELLED' } }), 'transitionBooking');
    expireLeases(app);
    await recover(app);
    const rows = await app.database.pool.query<{ status: string }>(
      `select status from booking_sagas where booking_id = $1 and kind = 'refund'`,
      [booking.id],
    );
    expect(rows.rows.map((row) => row.status)).toEqual(['succeeded']);
    expect(notesOf(booking.id).map((note) => note.voided)).toEqual([false]);
  });

  it('can be aborted before its pivot: the credit note is voided and the booking left as it was', async () => {
    const booking = await paidBooking();
    fakes.crash.arm('credit-note', 'after-commit');
    expectGraphqlError(await refund({ bookingId: booking.id }), 'INTERNAL_SERVER_ERROR');
    const [saga] = (
      await app.database.pool.query<{ id: string }>(`select id from booking_sagas where booking_id = $1`, [booking.id])
    ).rows;
    expireLeases(app);
    const admin: Caller = { sub: 'usr_admin', type: 'user', scope: 'bookings:*' };
    const aborted = await app.graphql(ABORT_SAGA, { input: { id: saga?.id } }, { as: admin });
    expect(
      expectSuccess<{ __typename: string; status: string; booking: { status: string } }>(aborted, 'abortSaga', 'Saga'),
    ).toMatchObject({
      status: 'FAILED',
      booking: { status: 'CONFIRMED' },
    });
    expect(notesOf(booking.id).map((note) => note.voided)).toEqual([true]);
  });

  it('cannot be aborted once past its pivot', async () => {
    const booking = await paidBooking();
    const result = await refunded({ bookingId: booking.id });
    const admin: Caller = { sub: 'usr_admin', type: 'user', scope: 'bookings:*' };
    const refused = expectOutcome<{ code: string; pivotReached: boolean }>(
      await app.graphql(ABORT_SAGA, { input: { id: result.id } }, { as: admin }),
      'abortSaga',
      'SAGA_NOT_ABORTABLE',
    );
    expect(refused.pivotReached).toBe(true);
  });

  it('answers RefundInProgressError while an interrupted refund holds the booking', async () => {
    const booking = await paidBooking();
    fakes.crash.arm('credit-note', 'after-commit');
    expectGraphqlError(await refund({ bookingId: booking.id }), 'INTERNAL_SERVER_ERROR');
    expectOutcome(await refund({ bookingId: booking.id }), 'refundBooking', 'REFUND_IN_PROGRESS');
    expireLeases(app);
    await recover(app);
  });
});

describe('refundBooking: approval', () => {
  const agent: Caller = { sub: 'agt_refunds', type: 'agent', scope: 'bookings:read bookings:write' };

  it('answers ApprovalRequired for an agent, without calling finance for a credit note', async () => {
    const booking = await paidBooking();
    const calls = fakes.finance.calls.createCreditNote;
    expectOutcome(
      await refund({ bookingId: booking.id, idempotencyKey: `agent-${booking.id}` }, agent),
      'refundBooking',
      'APPROVAL_REQUIRED',
    );
    expect(fakes.finance.calls.createCreditNote).toBe(calls);
  });

  it('runs once approved, when the agent repeats the request with the approval', async () => {
    const booking = await paidBooking();
    const key = `agent-approved-${booking.id}`;
    const required = expectOutcome<{ code: string; approval: { id: string } }>(
      await refund({ bookingId: booking.id, idempotencyKey: key }, agent),
      'refundBooking',
      'APPROVAL_REQUIRED',
    );
    expectSuccess(await decide(app, required.approval.id, 'APPROVED'), 'decideActionApproval', 'ActionApproval');
    const result = expectSuccess<RefundView>(
      await refund({ bookingId: booking.id, idempotencyKey: key, approvalId: required.approval.id }, agent),
      'refundBooking',
      'BookingRefund',
    );
    expect([result.status, result.booking.status, notesOf(booking.id).length]).toEqual(['SUCCEEDED', 'CANCELLED', 1]);
  });

  it('asks an agent for an idempotency key first', async () => {
    const booking = await paidBooking();
    expectOutcome(await refund({ bookingId: booking.id }, agent), 'refundBooking', 'IDEMPOTENCY_KEY_REQUIRED');
  });
});

describe('refundBooking without finance', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await startTestApp({ app: { sagas: sagaFakes({ finance: false }).options } });
  });
  afterAll(() => bare.stop());

  it('refuses any amount above 0 of a paid booking with RefundUnavailableError', async () => {
    const booking = await reserved(bare, [{ targetId: await declareCapacity(bare, 5) }]);
    for (const to of ['AWAITING_PAYMENT', 'CONFIRMED'])
      expectSuccess(await bare.graphql(TRANSITION, { input: { id: booking.id, to } }), 'transitionBooking');
    const refused = expectOutcome<{ code: string; unavailableReason: string }>(
      await bare.graphql(REFUND_BOOKING, {
        input: { bookingId: booking.id, reason: 'r', amount: { amountCents: 100, currency: 'EUR' } },
      }),
      'refundBooking',
      'REFUND_UNAVAILABLE',
    );
    expect(refused.unavailableReason).toBe('FINANCE_NOT_CONFIGURED');
  });

  it('cancels with a refund of 0 when the booking was never paid', async () => {
    const booking = await confirmedBooking(bare);
    const result = expectSuccess<RefundView>(
      await bare.graphql(REFUND_BOOKING, { input: { bookingId: booking.id, reason: 'r' } }),
      'refundBooking',
      'BookingRefund',
    );
    expect([result.amount.amountCents, result.booking.status]).toEqual([0, 'CANCELLED']);
  });
});
