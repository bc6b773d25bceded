import { AGENT, decide, ledgerOf, pendingCancel, type GatedResult } from '../fixtures/approvals';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface DecidedApproval {
  __typename?: string;
  id: string;
  status: string;
  decidedById: string;
  decidedByType: string;
  decidedAt: string;
  decisionReason: string;
  decisionActionId: string;
  [field: string]: unknown;
}

describe('decideActionApproval', () => {
  it('approves a pending approval and records who decided, when and why', async () => {
    const { approvalId } = await pendingCancel(app);
    const decided = expectSuccess<DecidedApproval>(
      await decide(app, approvalId, 'APPROVED'),
      'decideActionApproval',
      'ActionApproval',
    );
    expect(decided).toMatchObject({
      id: approvalId,
      status: 'APPROVED',
      decidedById: 'usr_approver',
      decidedByType: 'USER',
      decidedAt: app.clock.now().toISOString(),
      decisionReason: 'checked with the customer',
    });
  });

  it('appends the decision to the ledger, caused by the requested action', async () => {
    const { booking, approvalId, requestedActionId } = await pendingCancel(app);
    const decided = expectSuccess<DecidedApproval>(
      await decide(app, approvalId, 'APPROVED'),
      'decideActionApproval',
      'ActionApproval',
    );
    const { entries } = await ledgerOf(app, booking.id);
    expect(entries.find((entry) => entry.actionKind === 'DECISION')).toMatchObject({
      id: decided.decisionActionId,
      status: 'APPROVED',
      principalId: 'usr_approver',
      approvalId,
      causationActionId: requestedActionId,
      actionName: 'booking.status.cancel',
    });
  });

  it('denies a pending approval', async () => {
    const { approvalId } = await pendingCancel(app);
    const decided = expectSuccess<DecidedApproval>(
      await decide(app, approvalId, 'DENIED'),
      'decideActionApproval',
      'ActionApproval',
    );
    expect(decided.status).toBe('DENIED');
  });

  it('decides once: a second decision is ApprovalAlreadyDecidedError with the status it has', async () => {
    const { approvalId } = await pendingCancel(app);
    await decide(app, approvalId, 'APPROVED');
    const again = expectOutcome<GatedResult>(
      await decide(app, approvalId, 'DENIED'),
      'decideActionApproval',
      'APPROVAL_ALREADY_DECIDED',
    );
    expect(again.status).toBe('APPROVED');
  });

  it('refuses the principal that requested the action', async () => {
    const selfDeciding = { ...AGENT, scope: 'bookings:write approvals:decide' };
    const { approvalId } = await pendingCancel(app, { as: selfDeciding });
    expectGraphqlError(await decide(app, approvalId, 'APPROVED', selfDeciding), 'FORBIDDEN');
  });

  it('refuses the requesting subject under another principal type, and leaves the approval pending', async () => {
    const { approvalId } = await pendingCancel(app);
    const sameSubjectAsUser = { type: 'user' as const, sub: AGENT.sub, scope: 'bookings:read approvals:decide' };
    expectGraphqlError(await decide(app, approvalId, 'APPROVED', sameSubjectAsUser), 'FORBIDDEN');
    const listed = await app.graphql<{ actionApprovals: { edges: { node: { id: string; status: string } }[] } }>(
      `query { actionApprovals(filter: { status: PENDING }, first: 100) { edges { node { id status } } } }`,
    );
    expect(listed.data?.actionApprovals.edges.map((edge) => edge.node)).toContainEqual({
      id: approvalId,
      status: 'PENDING',
    });
  });

  it('needs the approvals:decide scope', async () => {
    const { approvalId } = await pendingCancel(app);
    expectGraphqlError(
      await decide(app, approvalId, 'APPROVED', { type: 'user', sub: 'usr_admin', scope: 'bookings:*' }),
      'FORBIDDEN',
    );
  });

  it('answers NOT_FOUND for an unknown approval', async () => {
    expectGraphqlError(await decide(app, 'alap_01h455vb4pex5vsknk084sn02q', 'APPROVED'), 'NOT_FOUND');
  });

  it('refuses a malformed approval id with the field path', async () => {
    expectGraphqlError(
      await decide(app, 'book_01h455vb4pex5vsknk084sn02q', 'APPROVED'),
      'BAD_USER_INPUT',
      'input.approvalId',
    );
  });

  it('refuses to decide an approval past its deadline, and it reads as expired', async () => {
    const { approvalId } = await pendingCancel(app);
    app.clock.advanceMinutes(24 * 60);
    const refused = expectOutcome<GatedResult>(
      await decide(app, approvalId, 'APPROVED'),
      'decideActionApproval',
      'APPROVAL_EXPIRED',
    );
    expect(refused.expiresAt).toBe(app.clock.now().toISOString());
    const listed = await app.graphql<{ actionApprovals: { edges: { node: { id: string; status: string } }[] } }>(
      `query { actionApprovals(filter: { status: EXPIRED }) { edges { node { id status } } } }`,
    );
    expect(listed.data?.actionApprovals.edges.map((edge) => edge.node)).toContainEqual({
      id: approvalId,
      status: 'EXPIRED',
    });
  });

  it('lets a decider with only approvals:decide read what it decided', async () => {
    const { approvalId } = await pendingCancel(app);
    const response = await app.graphql(
      `mutation($input: DecideActionApprovalInput!) { decideActionApproval(input: $input) {
      ... on ActionApproval { id requestedAction { actionName targetId } } } }`,
      { input: { approvalId, decision: 'APPROVED' } },
      { as: { type: 'user', sub: 'usr_only_decides', scope: 'approvals:decide' } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      decideActionApproval: {
        id: approvalId,
        requestedAction: expect.objectContaining({ actionName: 'booking.status.cancel' }),
      },
    });
  });
});
