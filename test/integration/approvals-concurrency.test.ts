import {
  approvedCancel,
  decide,
  executeCancel,
  ledgerOf,
  newKey,
  pendingCancel,
  requestCancel,
  type GatedResult,
} from '../fixtures/approvals';
import { createBooking } from '../fixtures/bookings';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const typenames = (results: { data?: Record<string, unknown> | null }[], field: string): string[] =>
  results.map((result) => (result.data?.[field] as { __typename?: string } | undefined)?.__typename ?? 'error').sort();

describe('concurrent requests (real parallel HTTP requests)', () => {
  it('files one requested action and one approval for 50 identical approval requests', async () => {
    const booking = await createBooking(app);
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 50 }, () => requestCancel(app, booking.id, { key })));
    const required = results.map((result) => {
      expect(result.errors).toBeUndefined();
      return result.data?.transitionBooking as GatedResult;
    });
    expect(new Set(required.map((result) => result.approval.id)).size).toBe(1);
    expect(new Set(required.map((result) => result.requestedAction.id)).size).toBe(1);
    expect(required.filter((result) => result.replayed === false)).toHaveLength(1);
    expect((await ledgerOf(app, booking.id)).totalCount).toBe(1);
  });

  it('decides once when two deciders act at the same time', async () => {
    const { booking, approvalId } = await pendingCancel(app);
    const results = await Promise.all([
      decide(app, approvalId, 'APPROVED'),
      decide(app, approvalId, 'DENIED', { type: 'user', sub: 'usr_second', scope: 'approvals:decide' }),
    ]);
    expect(typenames(results, 'decideActionApproval')).toEqual(['ActionApproval', 'ApprovalAlreadyDecidedError']);
    expect((await ledgerOf(app, booking.id)).entries.filter((entry) => entry.actionKind === 'DECISION')).toHaveLength(
      1,
    );
  });

  it('runs the transition once when the same approval executes twice at the same time', async () => {
    const { booking, approvalId } = await approvedCancel(app);
    const results = await Promise.all([
      executeCancel(app, booking.id, approvalId),
      executeCancel(app, booking.id, approvalId),
    ]);
    expect(typenames(results, 'transitionBooking')).toEqual(['ApprovalAlreadyExecutedError', 'Booking']);
    const { entries, status } = await ledgerOf(app, booking.id);
    expect(status).toBe('CANCELLED');
    expect(entries.filter((entry) => entry.actionKind === 'EXECUTION')).toHaveLength(1);
    const activity = await app.graphql<{ booking: { activity: { edges: { node: { type: string } }[] } } }>(
      `query($id: ID!) { booking(id: $id) { activity { edges { node { type } } } } }`,
      { id: booking.id },
    );
    expect(activity.data?.booking.activity.edges.filter((edge) => edge.node.type === 'status_change')).toHaveLength(1);
  });
});
