import { APPROVAL, approvedCancel, BOOKING_LEDGER, decide, executeCancel, pendingCancel } from '../fixtures/approvals';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface ApprovalPage {
  actionApprovals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; status: string; targetId: string; requestedAction: { id: string; status: string } };
    }[];
  };
}

describe('actionApprovals', () => {
  it('lists one target’s approvals newest first, with their requested actions', async () => {
    const first = await pendingCancel(app);
    app.clock.advanceMinutes(1);
    const { approvalId } = await approvedCancel(app);
    const response = await app.graphql<ApprovalPage>(APPROVAL, { targetId: first.booking.id });
    expect(response.data?.actionApprovals.edges.map((edge) => edge.node.id)).toEqual([first.approvalId]);
    const all = await app.graphql<ApprovalPage>(APPROVAL, { first: 2 });
    expect(all.data?.actionApprovals.edges.map((edge) => edge.node.id)).toEqual([approvalId, first.approvalId]);
    expect(all.data?.actionApprovals.edges[0].node.requestedAction.status).toBe('AWAITING_APPROVAL');
  });

  it('filters by status', async () => {
    const { approvalId } = await approvedCancel(app);
    const approved = await app.graphql<ApprovalPage>(APPROVAL, { status: 'APPROVED', first: 100 });
    const ids = approved.data?.actionApprovals.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toContain(approvalId);
    expect(approved.data?.actionApprovals.edges.every((edge) => edge.node.status === 'APPROVED')).toBe(true);
  });

  it('pages with stable cursors and counts the whole filtered set', async () => {
    for (let index = 0; index < 3; index += 1) await pendingCancel(app);
    const firstPage = await app.graphql<ApprovalPage>(APPROVAL, { status: 'PENDING', first: 2 });
    const total = firstPage.data?.actionApprovals.totalCount ?? 0;
    expect(firstPage.data?.actionApprovals.pageInfo.hasNextPage).toBe(true);
    const rest = await app.graphql<ApprovalPage>(APPROVAL, {
      status: 'PENDING',
      first: 100,
      after: firstPage.data?.actionApprovals.pageInfo.endCursor,
    });
    expect((rest.data?.actionApprovals.edges.length ?? 0) + 2).toBe(total);
    expect(rest.data?.actionApprovals.pageInfo.hasPreviousPage).toBe(true);
  });

  it('needs bookings:read', async () => {
    expectGraphqlError(
      await app.graphql(APPROVAL, {}, { as: { type: 'agent', sub: 'agt_1', scope: 'bookings:write' } }),
      'FORBIDDEN',
    );
  });

  it('issues the same number of SQL statements for 1 and for 6 approvals with their requested actions', async () => {
    const one = await pendingCancel(app);
    for (let index = 0; index < 5; index += 1) await pendingCancel(app);
    const few = await app.graphql<ApprovalPage>(APPROVAL, { targetId: one.booking.id });
    const many = await app.graphql<ApprovalPage>(APPROVAL, { first: 6 });
    expect(many.data?.actionApprovals.edges).toHaveLength(6);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });
});

describe('Booking.actionLedger', () => {
  it('tells request, decision and execution newest first', async () => {
    const { booking, approvalId } = await pendingCancel(app);
    app.clock.advanceMinutes(1);
    await decide(app, approvalId, 'APPROVED');
    app.clock.advanceMinutes(1);
    await executeCancel(app, booking.id, approvalId);
    const response = await app.graphql<{ booking: { actionLedger: { edges: { node: { actionKind: string } }[] } } }>(
      BOOKING_LEDGER,
      { id: booking.id },
    );
    expect(response.data?.booking.actionLedger.edges.map((edge) => edge.node.actionKind)).toEqual([
      'EXECUTION',
      'DECISION',
      'REQUEST',
    ]);
  });

  it('pages with cursors', async () => {
    const { booking, approvalId } = await pendingCancel(app);
    app.clock.advanceMinutes(1);
    await decide(app, approvalId, 'APPROVED');
    app.clock.advanceMinutes(1);
    await executeCancel(app, booking.id, approvalId);
    type Page = {
      booking: {
        actionLedger: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { actionKind: string } }[];
        };
      };
    };
    const first = await app.graphql<Page>(BOOKING_LEDGER, { id: booking.id, first: 2 });
    const rest = await app.graphql<Page>(BOOKING_LEDGER, {
      id: booking.id,
      first: 2,
      after: first.data?.booking.actionLedger.pageInfo.endCursor,
    });
    expect(first.data?.booking.actionLedger.pageInfo.hasNextPage).toBe(true);
    expect(rest.data?.booking.actionLedger.edges.map((edge) => edge.node.actionKind)).toEqual(['REQUEST']);
    expect(rest.data?.booking.actionLedger.totalCount).toBe(3);
  });

  it('loads the ledgers of many bookings in a constant number of statements', async () => {
    const query = `query($first: Int) { bookings(first: $first) { edges { node { id actionLedger { totalCount
      edges { node { id approval { id } } } } } } } }`;
    await pendingCancel(app);
    const one = await app.graphql(query, { first: 1 });
    const many = await app.graphql(query, { first: 8 });
    expect(many.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});

describe('ActionApproval as a federation entity', () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on
    ActionApproval { id status reasonCode } } }`;

  it('resolves by id, and unknown ids to null', async () => {
    const { approvalId } = await pendingCancel(app);
    const response = await app.graphql(ENTITIES, {
      representations: [
        { __typename: 'ActionApproval', id: approvalId },
        { __typename: 'ActionApproval', id: 'alap_01h455vb4pex5vsknk084sn02q' },
      ],
    });
    expect(response.data).toEqual({
      _entities: [{ id: approvalId, status: 'PENDING', reasonCode: 'cancel_requested_by_agent' }, null],
    });
  });
});

describe('the action ledger table', () => {
  it('refuses updates and deletes at the database', async () => {
    const { approvalId } = await pendingCancel(app);
    await decide(app, approvalId, 'DENIED');
    await expect(
      app.database.pool.query(`update action_ledger_entries set status = 'approved' where approval_id = $1`, [
        approvalId,
      ]),
    ).rejects.toThrow('append-only');
    await expect(
      app.database.pool.query(`delete from action_ledger_entries where approval_id = $1`, [approvalId]),
    ).rejects.toThrow('append-only');
  });
});
