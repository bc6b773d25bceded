import type { PrincipalType } from '../domain/vocabulary';

/** One (action, principal type) pair that must wait for a human decision, and why. */
export interface ApprovalRule {
  actionName: string;
  principalType: PrincipalType;
  reasonCode: string;
}

export interface ApprovalPolicy {
  name: string;
  /** Part of every approval's fingerprint: bumping it stops approvals granted under older rules from executing. */
  version: number;
  rules: readonly ApprovalRule[];
}

/**
 * Which actions need approval, as data: adding a rule is one line (and a version bump).
 * Principals not listed for an action (users, api keys, system callers) act directly, with the scopes
 * the shield already demands.
 */
export const APPROVAL_POLICY: ApprovalPolicy = {
  name: 'booking-status-approvals',
  version: 1,
  rules: [
    { actionName: 'booking.status.cancel', principalType: 'agent', reasonCode: 'cancel_requested_by_agent' },
    { actionName: 'booking.status.cancel', principalType: 'workflow', reasonCode: 'cancel_requested_by_workflow' },
    { actionName: 'booking.status.override', principalType: 'agent', reasonCode: 'override_requested_by_agent' },
    { actionName: 'booking.status.override', principalType: 'workflow', reasonCode: 'override_requested_by_workflow' },
  ],
};

/** What an approval records about the rule that asked for it. */
export interface ApprovalRequirement {
  policyName: string;
  policyVersion: number;
  reasonCode: string;
}

/** The rule that applies to this principal type doing this action, or null when it acts directly. */
export function approvalRequirement(actionName: string, principalType: PrincipalType, policy: ApprovalPolicy = APPROVAL_POLICY): ApprovalRequirement | null {
  const rule = policy.rules.find((candidate) => candidate.actionName === actionName && candidate.principalType === principalType);
  return rule ? { policyName: policy.name, policyVersion: policy.version, reasonCode: rule.reasonCode } : null;
}

/**
 * Actions the policy speaks about are written to the action ledger whoever performs them, so the
 * ledger tells the whole story of, say, every cancellation, approved or direct.
 */
export function isGovernedAction(actionName: string, policy: ApprovalPolicy = APPROVAL_POLICY): boolean {
  return policy.rules.some((rule) => rule.actionName === actionName);
}
