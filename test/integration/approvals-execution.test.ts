import {
  AGENT,
  approvedCancel,
  decide,
  executeCancel,
  expectGatedOutcome,
  GATED_OVERRIDE,
  ledgerOf,
  newKey,
  OTHER_AGENT,
  pendingCancel,
  requestCancel,
  type GatedResult,
} from '../fixtures/approvals';
import { createBooking } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ADD_ITEM = `mutation($input: AddBookingItemInput!) { addBookingItem(input: $input) { __typename } }`;

describe('executing an approved cancellation', () => {
  it('cancels the booking', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const cancelled = expectSuccess<GatedResult>(await executeCancel(app, booking.id, approvalId), 'transitionBooking');
    expect(cancelled).toMatchObject({
      id: booking.id,
      status: 'CANCELLED',
      cancelledAt: app.clock.now().toISOString(),
    });
  });

  it('appends the execution, stamped with the approval, its requested action and the fingerprint', async () => {
    const { booking, approvalId, requestedActionId, required } = await approvedCancel(app);
    await executeCancel(app, booking.id, approvalId);
    const { entries } = await ledgerOf(app, booking.id);
    const execution = entries.find((entry) => entry.actionKind === 'EXECUTION');
    expect(execution).toMatchObject({
      status: 'SUCCEEDED',
      principalId: 'agt_1',
      approvalId,
      causationActionId: requestedActionId,
      fingerprint: required.requestedAction.fingerprint,
    });
    expect(execution?.approval).toEqual({ id: approvalId, status: 'APPROVED', executionActionId: execution?.id });
  });

  it('takes the approval id from the Action-Approval-Id header', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const response = await app.graphql(
      `mutation($input: TransitionBookingInput!) { transitionBooking(input: $input) { __typename ... on
        Booking { status } } }`,
      { input: { id: booking.id, to: 'CANCELLED', reason: 'customer asked' } },
      { as: AGENT, headers: { 'Action-Approval-Id': approvalId } },
    );
    expect(expectSuccess<GatedResult>(response, 'transitionBooking').status).toBe('CANCELLED');
  });

  it('refuses an approval id that contradicts the header', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const response = await app.graphql(
      `mutation($input: TransitionBookingInput!) { transitionBooking(input: $input) { __typename } }`,
      { input: { id: booking.id, to: 'CANCELLED', approvalId } },
      { as: AGENT, headers: { 'Action-Approval-Id': 'alap_01h455vb4pex5vsknk084sn02q' } },
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.approvalId');
  });

  it('runs once: a second execution is ApprovalAlreadyExecutedError naming the first', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    await executeCancel(app, booking.id, approvalId);
    const again = expectGatedOutcome(await executeCancel(app, booking.id, approvalId), 'APPROVAL_ALREADY_EXECUTED');
    const execution = (await ledgerOf(app, booking.id)).entries.find((entry) => entry.actionKind === 'EXECUTION');
    expect(again.executionActionId).toBe(execution?.id);
  });

  it('refuses once the booking changed since the request, and leaves it as it is', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    expectSuccess(
      await app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: { title: 'Late extra', unitSellAmount: { amountCents: 500, currency: 'EUR' } },
        },
      }),
      'addBookingItem',
    );
    expectGatedOutcome(await executeCancel(app, booking.id, approvalId), 'FINGERPRINT_MISMATCH');
    expect((await ledgerOf(app, booking.id)).status).toBe('DRAFT');
  });

  it('refuses a command that differs from the approved one', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    expectGatedOutcome(
      await executeCancel(app, booking.id, approvalId, { reason: 'a different reason' }),
      'FINGERPRINT_MISMATCH',
    );
  });

  it('is FORBIDDEN to any other principal', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    expectGraphqlError(await executeCancel(app, booking.id, approvalId, { as: OTHER_AGENT }), 'FORBIDDEN');
  });

  it('is FORBIDDEN to a user, who could cancel directly but not on the agent’s approval', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    expectGraphqlError(
      await executeCancel(app, booking.id, approvalId, {
        as: { type: 'user', sub: 'usr_tester', scope: 'bookings:*' },
      }),
      'FORBIDDEN',
    );
  });

  it('refuses a pending approval with ApprovalNotApprovedError', async () => {
    const { booking, approvalId } = await pendingCancel(app);
    expect(
      expectGatedOutcome(await executeCancel(app, booking.id, approvalId), 'APPROVAL_NOT_APPROVED').approvalStatus,
    ).toBe('PENDING');
  });

  it('refuses a denied approval with ApprovalNotApprovedError', async () => {
    const { booking, approvalId } = await pendingCancel(app);
    await decide(app, approvalId, 'DENIED');
    expect(
      expectGatedOutcome(await executeCancel(app, booking.id, approvalId), 'APPROVAL_NOT_APPROVED').approvalStatus,
    ).toBe('DENIED');
    expect((await ledgerOf(app, booking.id)).status).toBe('DRAFT');
  });

  it('refuses an approved approval past its deadline with ApprovalExpiredError', async () => {
    const { booking, approvalId, required } = await approvedCancel(app);
    app.clock.advanceMinutes(24 * 60 + 1);
    const expired = expectGatedOutcome(await executeCancel(app, booking.id, approvalId), 'APPROVAL_EXPIRED');
    expect(expired.expiresAt).toBe(required.approval.expiresAt);
  });

  it('refuses an approval for another booking with ApprovalMismatchError', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const other = await createBooking(app);
    const mismatch = expectGatedOutcome(await executeCancel(app, other.id, approvalId), 'APPROVAL_MISMATCH');
    expect(mismatch).toMatchObject({ approvalActionName: 'booking.status.cancel', approvalTargetId: booking.id });
  });

  it('refuses an approval for another action with ApprovalMismatchError', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const response = await app.graphql(
      `mutation($input: TransitionBookingInput!) { transitionBooking(input: $input) { __typename ... on
        BookingError { code } } }`,
      { input: { id: booking.id, to: 'CONFIRMED', approvalId } },
      { as: AGENT },
    );
    expectOutcome(response, 'transitionBooking', 'APPROVAL_MISMATCH');
  });

  it('answers NOT_FOUND for an unknown approval', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(await executeCancel(app, booking.id, 'alap_01h455vb4pex5vsknk084sn02q'), 'NOT_FOUND');
  });
});

describe('overrideBookingStatus under the approval policy', () => {
  const ADMIN_AGENT = { type: 'agent' as const, sub: 'agt_admin', scope: 'bookings:admin bookings:read' };
  const override = (
    bookingId: string,
    extra: Record<string, unknown>,
    as: Parameters<TestApp['graphql']>[2] = { as: ADMIN_AGENT },
  ) =>
    app.graphql(
      GATED_OVERRIDE,
      { input: { id: bookingId, to: 'CONFIRMED', reason: 'supplier confirmed by phone', ...extra } },
      as,
    );

  it('files an approval when an agent overrides', async () => {
    const booking = await createBooking(app);
    const required = expectSuccess<GatedResult>(
      await override(booking.id, { idempotencyKey: newKey() }),
      'overrideBookingStatus',
      'ApprovalRequired',
    );
    expect(required).toMatchObject({
      requestedAction: { actionName: 'booking.status.override' },
      approval: { reasonCode: 'override_requested_by_agent' },
    });
  });

  it('runs the approved override for the agent', async () => {
    const booking = await createBooking(app);
    const required = expectSuccess<GatedResult>(
      await override(booking.id, { idempotencyKey: newKey() }),
      'overrideBookingStatus',
      'ApprovalRequired',
    );
    await decide(app, required.approval.id, 'APPROVED');
    const done = expectSuccess<GatedResult>(
      await override(booking.id, { approvalId: required.approval.id }),
      'overrideBookingStatus',
    );
    expect(done.status).toBe('CONFIRMED');
  });

  it('still needs bookings:admin', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(
      await override(booking.id, {}, { as: { type: 'user', sub: 'usr_clerk', scope: 'bookings:write' } }),
      'FORBIDDEN',
    );
  });

  it('still needs a reason', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(
      await override(booking.id, { reason: ' ' }, { as: { type: 'user', sub: 'usr_admin', scope: 'bookings:admin' } }),
      'BAD_USER_INPUT',
      'input.reason',
    );
  });

  it('lets an admin user override directly, on the ledger', async () => {
    const booking = await createBooking(app);
    const done = expectSuccess<GatedResult>(
      await override(booking.id, {}, { as: { type: 'user', sub: 'usr_admin', scope: 'bookings:admin' } }),
      'overrideBookingStatus',
    );
    expect(done.status).toBe('CONFIRMED');
    expect((await ledgerOf(app, booking.id)).entries).toEqual([
      expect.objectContaining({ actionName: 'booking.status.override', actionKind: 'EXECUTION', approvalId: null }),
    ]);
  });
});

describe('repeating the original request after the approved action ran', () => {
  it('is checked against the booking as it is now, not replayed', async () => {
    const key = newKey();
    const booking = await createBooking(app);
    const required = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key }),
      'transitionBooking',
      'ApprovalRequired',
    );
    await decide(app, required.approval.id, 'APPROVED');
    await executeCancel(app, booking.id, required.approval.id);
    expectOutcome(await requestCancel(app, booking.id, { key }), 'transitionBooking', 'INVALID_BOOKING_TRANSITION');
  });
});
