import { effectiveApprovalStatus } from '../../src/approvals/approval-state';
import { OVERRIDE_ACTION_NAME, transitionActionName } from '../../src/approvals/booking-actions';
import {
  APPROVAL_POLICY,
  approvalRequirement,
  isGovernedAction,
  type ApprovalPolicy,
} from '../../src/approvals/policy';
import {
  commandFingerprint,
  idempotencyScope,
  routeAction,
  settleRoute,
  type GatedCommand,
} from '../../src/approvals/routing';
import type { TargetFacts } from '../../src/approvals/policy';
import { PRINCIPAL_TYPES, type PrincipalType } from '../../src/domain/vocabulary';

const CANCEL = transitionActionName('cancelled');

function command(overrides: Partial<GatedCommand> = {}): GatedCommand {
  return {
    operation: 'transitionBooking',
    actionName: CANCEL,
    target: { type: 'booking', id: 'book_01h455vb4pex5vsknk084sn02q' },
    command: { id: 'book_01h455vb4pex5vsknk084sn02q', to: 'cancelled', reason: 'customer asked' },
    idempotencyKey: null,
    approvalId: null,
    ...overrides,
  };
}

describe('the approval policy table', () => {
  it.each<[string, PrincipalType, string | null]>([
    [CANCEL, 'agent', 'cancel_requested_by_agent'],
    [CANCEL, 'workflow', 'cancel_requested_by_workflow'],
    [CANCEL, 'user', null],
    [CANCEL, 'api_key', null],
    [CANCEL, 'system', null],
    [OVERRIDE_ACTION_NAME, 'agent', 'override_requested_by_agent'],
    [OVERRIDE_ACTION_NAME, 'workflow', 'override_requested_by_workflow'],
    [OVERRIDE_ACTION_NAME, 'user', null],
    [transitionActionName('confirmed'), 'agent', null],
  ])('%s by a %s needs approval for reason %s', (actionName, principalType, reasonCode) => {
    expect(approvalRequirement(actionName, principalType)?.reasonCode ?? null).toBe(reasonCode);
  });

  it('names the policy and its version on every requirement', () => {
    expect(approvalRequirement(CANCEL, 'agent')).toEqual({
      policyName: APPROVAL_POLICY.name,
      policyVersion: APPROVAL_POLICY.version,
      reasonCode: 'cancel_requested_by_agent',
    });
  });

  it('treats an action as governed when any rule names it', () => {
    expect(isGovernedAction(CANCEL)).toBe(true);
    expect(isGovernedAction(transitionActionName('confirmed'))).toBe(false);
  });

  it('lets one added line gate a new action', () => {
    const policy: ApprovalPolicy = {
      ...APPROVAL_POLICY,
      rules: [
        ...APPROVAL_POLICY.rules,
        { actionName: 'booking.status.confirm', principalType: 'agent', reasonCode: 'confirm_requested_by_agent' },
      ],
    };
    expect(
      routeAction(command({ actionName: 'booking.status.confirm', idempotencyKey: 'k' }), 'agent', policy),
    ).toMatchObject({ kind: 'request' });
  });
});

describe('status action names', () => {
  it('names a cancellation booking.status.cancel', () => {
    expect(transitionActionName('cancelled')).toBe('booking.status.cancel');
  });

  it('gives every target status its own name', () => {
    const names = (
      ['draft', 'on_hold', 'awaiting_payment', 'confirmed', 'in_progress', 'completed', 'expired', 'cancelled'] as const
    ).map(transitionActionName);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('routeAction', () => {
  it('lets a user cancel directly, on the ledger', () => {
    expect(routeAction(command(), 'user')).toEqual({ kind: 'direct', governed: true });
  });

  it('lets an agent confirm directly, off the ledger', () => {
    expect(routeAction(command({ actionName: transitionActionName('confirmed') }), 'agent')).toEqual({
      kind: 'direct',
      governed: false,
    });
  });

  it('files a request when an agent cancels with a key', () => {
    expect(routeAction(command({ idempotencyKey: 'key-1' }), 'agent')).toEqual({
      kind: 'request',
      idempotencyKey: 'key-1',
      requirement: {
        policyName: APPROVAL_POLICY.name,
        policyVersion: APPROVAL_POLICY.version,
        reasonCode: 'cancel_requested_by_agent',
      },
    });
  });

  it('asks for a key when an agent cancels without one', () => {
    expect(routeAction(command(), 'agent')).toEqual({ missing: 'idempotencyKey', actionName: CANCEL });
  });

  it.each(PRINCIPAL_TYPES)('takes the execute path for a %s that carries an approval id', (principalType) => {
    expect(routeAction(command({ approvalId: 'alap_01h455vb4pex5vsknk084sn02q' }), principalType)).toEqual({
      kind: 'execute',
      approvalId: 'alap_01h455vb4pex5vsknk084sn02q',
    });
  });
});

describe('rules that depend on the target', () => {
  const EXPIRE = transitionActionName('expired');
  const running: TargetFacts = { bookingStatus: 'on_hold', holdPassed: false };
  const passed: TargetFacts = { bookingStatus: 'on_hold', holdPassed: true };
  const confirmed: TargetFacts = { bookingStatus: 'confirmed', holdPassed: false };
  const draft: TargetFacts = { bookingStatus: 'draft', holdPassed: false };
  function settled(
    actionName: string,
    principalType: PrincipalType,
    facts: TargetFacts,
    idempotencyKey: string | null = 'key-1',
  ) {
    const route = routeAction(command({ actionName, idempotencyKey }), principalType);
    return 'missing' in route ? route : settleRoute(route, actionName, facts);
  }

  it.each<[string, PrincipalType, TargetFacts, string]>([
    [EXPIRE, 'agent', running, 'early_expiry_requested_by_agent'],
    [EXPIRE, 'workflow', running, 'early_expiry_requested_by_workflow'],
    ['booking.item.remove', 'agent', confirmed, 'committed_item_removal_requested_by_agent'],
    [
      'booking.item.remove',
      'workflow',
      { ...confirmed, bookingStatus: 'in_progress' },
      'committed_item_removal_requested_by_workflow',
    ],
    ['booking.allocation.release', 'agent', confirmed, 'committed_allocation_release_requested_by_agent'],
    ['booking.allocation.release', 'workflow', confirmed, 'committed_allocation_release_requested_by_workflow'],
  ])('%s by a %s on a target in that state needs approval', (actionName, principalType, facts, reasonCode) => {
    expect(settled(actionName, principalType, facts)).toMatchObject({ kind: 'request', requirement: { reasonCode } });
  });

  it.each<[string, PrincipalType, TargetFacts]>([
    [EXPIRE, 'agent', passed],
    ['booking.item.remove', 'agent', draft],
    ['booking.allocation.release', 'workflow', { ...draft, bookingStatus: 'on_hold' }],
  ])('%s by a %s on a target outside that state runs directly, on the ledger', (actionName, principalType, facts) => {
    expect(settled(actionName, principalType, facts)).toEqual({ kind: 'direct', governed: true });
  });

  it('asks for the key only once the target shows approval is needed', () => {
    expect(routeAction(command({ actionName: EXPIRE }), 'agent')).toMatchObject({
      kind: 'conditional',
      condition: 'hold_not_passed',
    });
    expect(settled(EXPIRE, 'agent', passed, null)).toEqual({ kind: 'direct', governed: true });
    expect(settled(EXPIRE, 'agent', running, null)).toEqual({ missing: 'idempotencyKey', actionName: EXPIRE });
  });

  it('leaves users, api keys and system callers alone', () => {
    for (const principalType of ['user', 'api_key', 'system'] as const) {
      expect(settled('booking.item.remove', principalType, confirmed)).toEqual({ kind: 'direct', governed: true });
    }
  });
});

describe('commandFingerprint', () => {
  const snapshot = { status: 'draft', sellAmountCents: 1000 };

  it('is stable for the same command, target state and rules', () => {
    expect(commandFingerprint(command(), 'agent', { ...snapshot })).toBe(
      commandFingerprint(command(), 'agent', snapshot),
    );
  });

  it('ignores the idempotency key and approval id, which name the request rather than the command', () => {
    expect(
      commandFingerprint(
        command({ idempotencyKey: 'a', approvalId: 'alap_01h455vb4pex5vsknk084sn02q' }),
        'agent',
        snapshot,
      ),
    ).toBe(commandFingerprint(command(), 'agent', snapshot));
  });

  it('changes when the command input changes', () => {
    expect(
      commandFingerprint(command({ command: { ...command().command, reason: 'other' } }), 'agent', snapshot),
    ).not.toBe(commandFingerprint(command(), 'agent', snapshot));
  });

  it('changes when the target changed', () => {
    expect(commandFingerprint(command(), 'agent', { ...snapshot, sellAmountCents: 1001 })).not.toBe(
      commandFingerprint(command(), 'agent', snapshot),
    );
  });

  it('changes when the policy version changes', () => {
    const bumped: ApprovalPolicy = { ...APPROVAL_POLICY, version: APPROVAL_POLICY.version + 1 };
    expect(commandFingerprint(command(), 'agent', snapshot, bumped)).not.toBe(
      commandFingerprint(command(), 'agent', snapshot),
    );
  });
});

describe('idempotencyScope', () => {
  it('separates principals and operations', () => {
    expect(idempotencyScope({ type: 'agent', id: 'agt_1' }, 'transitionBooking')).toBe('agent:agt_1:transitionBooking');
  });
});

describe('effectiveApprovalStatus', () => {
  const expiresAt = new Date('2026-11-27T10:00:00.000Z');

  it('reads a pending approval past its deadline as expired', () => {
    expect(effectiveApprovalStatus({ status: 'pending', expiresAt }, expiresAt)).toBe('expired');
  });

  it('keeps a pending approval before its deadline pending', () => {
    expect(effectiveApprovalStatus({ status: 'pending', expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(
      'pending',
    );
  });

  it('keeps a decided approval as decided after the deadline', () => {
    expect(effectiveApprovalStatus({ status: 'approved', expiresAt }, new Date(expiresAt.getTime() + 1))).toBe(
      'approved',
    );
  });
});
