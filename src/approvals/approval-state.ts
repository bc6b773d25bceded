import type { ApprovalStatus } from '../domain/action-vocabulary';

/**
 * A pending approval past its deadline is expired whether or not the sweeper has written that yet,
 * so every reader (and every check) sees the same status.
 */
export function effectiveApprovalStatus(
  approval: { status: ApprovalStatus; expiresAt: Date },
  now: Date,
): ApprovalStatus {
  return approval.status === 'pending' && approval.expiresAt.getTime() <= now.getTime() ? 'expired' : approval.status;
}

/** Approvals bound execution as well as decision: an approved action must run before `expiresAt`. */
export const hasLapsed = (approval: { expiresAt: Date }, now: Date): boolean =>
  approval.expiresAt.getTime() <= now.getTime();
