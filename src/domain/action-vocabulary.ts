/**
 * Vocabularies of the action ledger (stored lowercase; GraphQL exposes them UPPER_CASE).
 *
 * A ledger entry is one fact: a principal asked for an action (`request`), someone decided on its
 * approval (`decision`), the action ran (`execution`) or its approval lapsed (`expiry`).
 */
export const ACTION_KINDS = ['request', 'decision', 'execution', 'expiry'] as const;

/**
 * `requested` and `failed` complete the shared lifecycle vocabulary, but no path here writes them:
 * a request that needs no approval executes at once (`succeeded`), and an execution that fails
 * rolls back with the mutation, so nothing is written (shared/api-contract.md, Errors).
 */
export const ACTION_STATUSES = [
  'requested',
  'awaiting_approval',
  'approved',
  'denied',
  'succeeded',
  'failed',
  'expired',
] as const;

export const APPROVAL_STATUSES = ['pending', 'approved', 'denied', 'expired', 'cancelled'] as const;
export const APPROVAL_DECISIONS = ['approved', 'denied'] as const;

export type ActionKind = (typeof ACTION_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];
