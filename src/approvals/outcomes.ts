import type { ApprovalStatus } from '../domain/action-vocabulary';
import type { BusinessOutcome } from '../domain/outcomes';

/**
 * The business outcomes of approval-gated and idempotent mutations, each a member of the
 * mutation's result union (schema.graphql, "Approvals and idempotency").
 */
export interface ApprovalRequiredOutcome extends BusinessOutcome {
  __typename: 'ApprovalRequired';
  requestedActionId: string;
  approvalId: string;
  replayed: boolean;
}

export const approvalRequired = (
  actionName: string,
  reasonCode: string,
  ids: { requestedActionId: string; approvalId: string },
  replayed: boolean,
): ApprovalRequiredOutcome => ({
  __typename: 'ApprovalRequired',
  code: 'APPROVAL_REQUIRED',
  message: `${actionName} needs approval (${reasonCode}); repeat the request with the approval id once it is approved`,
  ...ids,
  replayed,
});

export const idempotencyKeyRequired = (actionName: string) => ({
  __typename: 'IdempotencyKeyRequiredError',
  code: 'IDEMPOTENCY_KEY_REQUIRED',
  message: `${actionName} needs approval for this caller, so it must carry an idempotency key`,
  actionName,
});

export const idempotencyKeyReused = (existingActionId: string | null) => ({
  __typename: 'IdempotencyKeyReusedError',
  code: 'IDEMPOTENCY_KEY_REUSED',
  message: 'This idempotency key was already used for a different request',
  existingActionId,
});

export const idempotencyInFlight = () => ({
  __typename: 'IdempotencyInFlightError',
  code: 'IDEMPOTENCY_IN_FLIGHT',
  message: 'A request with this idempotency key is still running; retry shortly',
  retryable: true,
});

export const approvalNotApproved = (status: ApprovalStatus) => ({
  __typename: 'ApprovalNotApprovedError',
  code: 'APPROVAL_NOT_APPROVED',
  message: `The approval is ${status}, not approved`,
  status,
});

export const approvalExpired = (expiresAt: Date) => ({
  __typename: 'ApprovalExpiredError',
  code: 'APPROVAL_EXPIRED',
  message: `The approval expired at ${expiresAt.toISOString()}`,
  expiresAt,
});

export const approvalMismatch = (approval: { actionName: string; targetId: string }) => ({
  __typename: 'ApprovalMismatchError',
  code: 'APPROVAL_MISMATCH',
  message: `The approval is for ${approval.actionName} on ${approval.targetId}, not for this action`,
  approvalActionName: approval.actionName,
  approvalTargetId: approval.targetId,
});

export const approvalAlreadyExecuted = (executionActionId: string) => ({
  __typename: 'ApprovalAlreadyExecutedError',
  code: 'APPROVAL_ALREADY_EXECUTED',
  message: 'The approved action has already run',
  executionActionId,
});

export const fingerprintMismatch = () => ({
  __typename: 'FingerprintMismatchError',
  code: 'FINGERPRINT_MISMATCH',
  message: 'The command or the booking changed since approval was requested; request approval again',
});

export const approvalAlreadyDecided = (status: ApprovalStatus) => ({
  __typename: 'ApprovalAlreadyDecidedError',
  code: 'APPROVAL_ALREADY_DECIDED',
  message: `The approval is already ${status}`,
  status,
});
