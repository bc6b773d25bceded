import type { PrincipalType } from '../domain/vocabulary';
import type { BookingStatus } from '../statemachine/booking-status';

/** What a rule may depend on about its target, read once the target is loaded (and locked). */
export interface TargetFacts {
  bookingStatus: BookingStatus;
  /** The booking had a hold deadline and it has passed: expiring it gives back nothing still promised. */
  holdPassed: boolean;
}

/**
 * Named conditions, so the table stays data. Each names when inventory someone still counts on
 * would be given back: a hold that is still running, or a booking whose capacity is committed.
 */
export const APPROVAL_CONDITIONS = {
  hold_not_passed: (facts: TargetFacts) => !facts.holdPassed,
  booking_committed: (facts: TargetFacts) =>
    facts.bookingStatus === 'confirmed' || facts.bookingStatus === 'in_progress',
} as const satisfies Record<string, (facts: TargetFacts) => boolean>;

export type ApprovalCondition = keyof typeof APPROVAL_CONDITIONS;

/**
 * One (action, principal type) pair that must wait for a human decision, and why; `when` limits it to targets in that
 * state.
 */
export interface ApprovalRule {
  actionName: string;
  principalType: PrincipalType;
  reasonCode: string;
  when?: ApprovalCondition;
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
  version: 2,
  rules: [
    { actionName: 'booking.status.cancel', principalType: 'agent', reasonCode: 'cancel_requested_by_agent' },
    { actionName: 'booking.status.cancel', principalType: 'workflow', reasonCode: 'cancel_requested_by_workflow' },
    { actionName: 'booking.status.override', principalType: 'agent', reasonCode: 'override_requested_by_agent' },
    { actionName: 'booking.status.override', principalType: 'workflow', reasonCode: 'override_requested_by_workflow' },
    // Expiring a booking whose hold still runs releases its inventory as a cancellation would.
    {
      actionName: 'booking.status.expire',
      principalType: 'agent',
      reasonCode: 'early_expiry_requested_by_agent',
      when: 'hold_not_passed',
    },
    {
      actionName: 'booking.status.expire',
      principalType: 'workflow',
      reasonCode: 'early_expiry_requested_by_workflow',
      when: 'hold_not_passed',
    },
    {
      actionName: 'booking.item.remove',
      principalType: 'agent',
      reasonCode: 'committed_item_removal_requested_by_agent',
      when: 'booking_committed',
    },
    {
      actionName: 'booking.item.remove',
      principalType: 'workflow',
      reasonCode: 'committed_item_removal_requested_by_workflow',
      when: 'booking_committed',
    },
    {
      actionName: 'booking.allocation.release',
      principalType: 'agent',
      reasonCode: 'committed_allocation_release_requested_by_agent',
      when: 'booking_committed',
    },
    {
      actionName: 'booking.allocation.release',
      principalType: 'workflow',
      reasonCode: 'committed_allocation_release_requested_by_workflow',
      when: 'booking_committed',
    },
    // A refund pays money back and cancels the booking: a person decides when an agent or workflow asks.
    { actionName: 'booking.refund', principalType: 'agent', reasonCode: 'refund_requested_by_agent' },
    { actionName: 'booking.refund', principalType: 'workflow', reasonCode: 'refund_requested_by_workflow' },
  ],
};

/** What an approval records about the rule that asked for it. */
export interface ApprovalRequirement {
  policyName: string;
  policyVersion: number;
  reasonCode: string;
}

const ruleFor = (actionName: string, principalType: PrincipalType, policy: ApprovalPolicy): ApprovalRule | undefined =>
  policy.rules.find((candidate) => candidate.actionName === actionName && candidate.principalType === principalType);

/**
 * The rule that governs this principal type doing this action, whatever the target's state, or
 * null when it acts directly. This is what a fingerprint records: a hold passing between request
 * and execution changes the snapshot, not the rule the approval was granted under.
 */
export function approvalRequirement(
  actionName: string,
  principalType: PrincipalType,
  policy: ApprovalPolicy = APPROVAL_POLICY,
): ApprovalRequirement | null {
  const rule = ruleFor(actionName, principalType, policy);
  return rule ? { policyName: policy.name, policyVersion: policy.version, reasonCode: rule.reasonCode } : null;
}

/** The condition the governing rule puts on the target, or null when the rule always applies (or there is none). */
export function approvalCondition(
  actionName: string,
  principalType: PrincipalType,
  policy: ApprovalPolicy = APPROVAL_POLICY,
): ApprovalCondition | null {
  return ruleFor(actionName, principalType, policy)?.when ?? null;
}

export const conditionHolds = (condition: ApprovalCondition, facts: TargetFacts): boolean =>
  APPROVAL_CONDITIONS[condition](facts);

/**
 * Actions the policy speaks about are written to the action ledger whoever performs them, so the
 * ledger tells the whole story of, say, every cancellation, approved or direct.
 */
export function isGovernedAction(actionName: string, policy: ApprovalPolicy = APPROVAL_POLICY): boolean {
  return policy.rules.some((rule) => rule.actionName === actionName);
}
