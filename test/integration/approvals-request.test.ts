import {
  AGENT,
  APPROVAL,
  GATED_TRANSITION,
  ledgerOf,
  newKey,
  pendingCancel,
  requestCancel,
  type GatedResult,
} from '../fixtures/approvals';
import { bookingIn, createBooking } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const approvalsOn = async (bookingId: string) =>
  (await app.graphql<{ actionApprovals: { totalCount: number } }>(APPROVAL, { targetId: bookingId })).data
    ?.actionApprovals.totalCount;

describe('an agent asking to cancel a booking', () => {
  it('gets ApprovalRequired with the requested action and a pending approval', async () => {
    const booking = await createBooking(app);
    const required = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id),
      'transitionBooking',
      'ApprovalRequired',
    );
    expect(required).toMatchObject({
      code: 'APPROVAL_REQUIRED',
      replayed: false,
      requestedAction: {
        status: 'AWAITING_APPROVAL',
        actionName: 'booking.status.cancel',
        actionKind: 'REQUEST',
        targetId: booking.id,
        targetType: 'booking',
        principalType: 'AGENT',
        principalId: 'agt_1',
      },
      approval: {
        status: 'PENDING',
        policyName: 'booking-status-approvals',
        policyVersion: 2,
        reasonCode: 'cancel_requested_by_agent',
        requestedById: 'agt_1',
        requestedByType: 'AGENT',
      },
    });
  });

  it('leaves the booking untouched', async () => {
    const { booking } = await pendingCancel(app);
    const after = await ledgerOf(app, booking.id);
    expect({ status: after.status, version: after.version }).toEqual({ status: 'DRAFT', version: booking.version });
  });

  it('gives the approval APPROVAL_TTL_HOURS (24 h by default) to live', async () => {
    const { required } = await pendingCancel(app);
    expect(required.approval.expiresAt).toBe(new Date(app.clock.now().getTime() + 24 * 3_600_000).toISOString());
  });

  it('writes the request to the booking’s action ledger', async () => {
    const { booking, requestedActionId } = await pendingCancel(app);
    const { entries } = await ledgerOf(app, booking.id);
    expect(entries).toEqual([
      expect.objectContaining({
        id: requestedActionId,
        actionKind: 'REQUEST',
        status: 'AWAITING_APPROVAL',
        causationActionId: null,
      }),
    ]);
  });

  it('needs an idempotency key and writes nothing without one', async () => {
    const booking = await createBooking(app);
    const refused = expectOutcome<GatedResult>(
      await requestCancel(app, booking.id, { key: null }),
      'transitionBooking',
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    expect(refused.actionName).toBe('booking.status.cancel');
    expect((await ledgerOf(app, booking.id)).totalCount).toBe(0);
    expect(await approvalsOn(booking.id)).toBe(0);
  });

  it('reads the key from the Idempotency-Key header', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    const required = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key: null, headers: { 'Idempotency-Key': key } }),
      'transitionBooking',
      'ApprovalRequired',
    );
    expect(required.requestedAction.idempotencyKey).toBe(key);
  });

  it('refuses an input key that contradicts the header', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(
      await requestCancel(app, booking.id, { key: 'one', headers: { 'Idempotency-Key': 'two' } }),
      'BAD_USER_INPUT',
      'input.idempotencyKey',
    );
  });

  it('refuses a key longer than 255 characters', async () => {
    const booking = await createBooking(app);
    expectGraphqlError(
      await requestCancel(app, booking.id, { key: 'k'.repeat(256) }),
      'BAD_USER_INPUT',
      'input.idempotencyKey',
    );
  });

  it('replays the same request under the same key with the same ids', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    const first = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key }),
      'transitionBooking',
      'ApprovalRequired',
    );
    const again = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key }),
      'transitionBooking',
      'ApprovalRequired',
    );
    expect(again).toEqual({ ...first, replayed: true });
  });

  it('answers IdempotencyKeyReusedError for the same key with another input, and files nothing', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    const first = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key }),
      'transitionBooking',
      'ApprovalRequired',
    );
    const reused = expectOutcome<GatedResult>(
      await requestCancel(app, booking.id, { key, reason: 'another reason' }),
      'transitionBooking',
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(reused.existingActionId).toBe(first.requestedAction.id);
    expect(await approvalsOn(booking.id)).toBe(1);
  });

  it('answers IdempotencyKeyReusedError for the same key on another booking', async () => {
    const key = newKey();
    await requestCancel(app, (await createBooking(app)).id, { key });
    expectOutcome(
      await requestCancel(app, (await createBooking(app)).id, { key }),
      'transitionBooking',
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('keeps keys of different principals apart', async () => {
    const key = newKey();
    const booking = await createBooking(app);
    const first = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key }),
      'transitionBooking',
      'ApprovalRequired',
    );
    const other = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { key, as: { ...AGENT, sub: 'agt_other' } }),
      'transitionBooking',
      'ApprovalRequired',
    );
    expect(other.approval.id).not.toBe(first.approval.id);
  });

  it('refuses a move the state machine forbids before filing anything', async () => {
    const booking = await bookingIn(app, 'COMPLETED');
    expectOutcome(await requestCancel(app, booking.id), 'transitionBooking', 'INVALID_BOOKING_TRANSITION');
    expect(await approvalsOn(booking.id)).toBe(0);
  });

  it('answers NOT_FOUND for an unknown booking', async () => {
    expectGraphqlError(await requestCancel(app, 'book_01h455vb4pex5vsknk084sn02q'), 'NOT_FOUND');
  });

  it('does not gate moves the policy leaves alone', async () => {
    const booking = await createBooking(app);
    const confirmed = expectSuccess<GatedResult>(
      await app.graphql(GATED_TRANSITION, { input: { id: booking.id, to: 'CONFIRMED' } }, { as: AGENT }),
      'transitionBooking',
    );
    expect(confirmed.status).toBe('CONFIRMED');
    expect((await ledgerOf(app, booking.id)).totalCount).toBe(0);
  });
});

describe('a workflow asking to cancel a booking', () => {
  it('needs approval for reason cancel_requested_by_workflow', async () => {
    const booking = await createBooking(app);
    const required = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { as: { type: 'workflow', sub: 'wf_refunds', scope: 'bookings:write' } }),
      'transitionBooking',
      'ApprovalRequired',
    );
    expect(required.approval.reasonCode).toBe('cancel_requested_by_workflow');
  });
});

describe('a user with bookings:write cancelling a booking', () => {
  const USER = { type: 'user' as const, sub: 'usr_clerk', scope: 'bookings:write bookings:read' };

  it('cancels directly', async () => {
    const booking = await createBooking(app);
    const cancelled = expectSuccess<GatedResult>(
      await requestCancel(app, booking.id, { as: USER, key: null }),
      'transitionBooking',
    );
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('leaves a succeeded execution on the ledger, with no approval', async () => {
    const booking = await createBooking(app);
    await requestCancel(app, booking.id, { as: USER, key: null });
    const { entries } = await ledgerOf(app, booking.id);
    expect(entries).toEqual([
      expect.objectContaining({
        actionKind: 'EXECUTION',
        status: 'SUCCEEDED',
        principalType: 'USER',
        principalId: 'usr_clerk',
        approvalId: null,
        causationActionId: null,
      }),
    ]);
  });
});
