import { sweepLedger } from '../../src/jobs/ledger-sweeper';
import { approvedCancel, decide, ledgerOf, newKey, pendingCancel } from '../fixtures/approvals';
import { bookingInput, CREATE_BOOKING } from '../fixtures/bookings';
import { expectOutcome } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const sweep = () => sweepLedger(app.database.orm.em.fork(), app.clock);
const DAY = 24 * 60;

const approvalStatus = async (approvalId: string) =>
  (
    await app.graphql<{ _entities: { status: string }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ActionApproval { status } } }`,
      { r: [{ __typename: 'ActionApproval', id: approvalId }] },
    )
  ).data?._entities[0]?.status;

const storedKeys = async (key: string) =>
  Number(
    (
      await app.database.pool.query<{ n: string }>('select count(*) as n from idempotency_records where key = $1', [
        key,
      ])
    ).rows[0]?.n,
  );

describe('the ledger sweeper', () => {
  it('expires pending approvals past their deadline, on the ledger, caused by the request', async () => {
    const { booking, approvalId, requestedActionId } = await pendingCancel(app);
    app.clock.advanceMinutes(DAY);
    expect((await sweep()).expiredApprovals).toBeGreaterThanOrEqual(1);
    expect(await approvalStatus(approvalId)).toBe('EXPIRED');
    const expiry = (await ledgerOf(app, booking.id)).entries.find((entry) => entry.actionKind === 'EXPIRY');
    expect(expiry).toMatchObject({
      status: 'EXPIRED',
      principalType: 'SYSTEM',
      principalId: 'ledger-sweeper',
      approvalId,
      causationActionId: requestedActionId,
    });
  });

  it('leaves approvals that are still live, and decided ones, as they are', async () => {
    const { approvalId: approved } = await approvedCancel(app);
    const { approvalId: denied } = await pendingCancel(app);
    await decide(app, denied, 'DENIED');
    app.clock.advanceMinutes(DAY - 1);
    const { approvalId: live } = await pendingCancel(app);
    app.clock.advanceMinutes(1);
    await sweep();
    expect([await approvalStatus(approved), await approvalStatus(denied), await approvalStatus(live)]).toEqual([
      'APPROVED',
      'DENIED',
      'PENDING',
    ]);
  });

  it('writes each expiry once, however often it runs', async () => {
    const { booking } = await pendingCancel(app);
    app.clock.advanceMinutes(DAY);
    await sweep();
    await sweep();
    expect((await ledgerOf(app, booking.id)).entries.filter((entry) => entry.actionKind === 'EXPIRY')).toHaveLength(1);
  });

  it('leaves a swept approval refusing decisions as expired', async () => {
    const { approvalId } = await pendingCancel(app);
    app.clock.advanceMinutes(DAY);
    await sweep();
    expectOutcome(await decide(app, approvalId, 'APPROVED'), 'decideActionApproval', 'APPROVAL_EXPIRED');
  });

  it('prunes idempotency keys past IDEMPOTENCY_TTL_HOURS and keeps live ones', async () => {
    const [expiring, live] = [newKey(), newKey()];
    await app.graphql(CREATE_BOOKING, { input: bookingInput({ idempotencyKey: expiring }) });
    app.clock.advanceMinutes(DAY - 1);
    await app.graphql(CREATE_BOOKING, { input: bookingInput({ idempotencyKey: live }) });
    app.clock.advanceMinutes(1);
    expect((await sweep()).prunedKeys).toBeGreaterThanOrEqual(1);
    expect([await storedKeys(expiring), await storedKeys(live)]).toEqual([0, 1]);
  });
});
