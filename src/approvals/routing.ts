import type { PrincipalType } from '../domain/vocabulary';
import { fingerprint } from './fingerprint';
import {
  approvalCondition,
  approvalRequirement,
  conditionHolds,
  isGovernedAction,
  type ApprovalCondition,
  type ApprovalPolicy,
  type ApprovalRequirement,
  type TargetFacts,
  APPROVAL_POLICY,
} from './policy';

/** A mutation that the approval policy may gate, described independently of what it changes. */
export interface GatedCommand {
  /** The mutation's name: with the principal, the scope an idempotency key lives in. */
  operation: string;
  actionName: string;
  target: { type: string; id: string };
  /** The mutation input without `idempotencyKey` and `approvalId`, which name the request rather than the command. */
  command: Record<string, unknown>;
  idempotencyKey: string | null;
  approvalId: string | null;
}

/**
 * - `direct`: runs now; `governed` says whether it is written to the ledger.
 * - `request`: needs approval and has none: files a requested action and a pending approval.
 * - `execute`: carries an approval id: runs only if that approval vouches for exactly this command.
 * - `conditional`: needs approval only if the target turns out to be in the rule's state; settled
 *   by {@link settleRoute} once the target is loaded, before any guard.
 */
export type ActionRoute =
  | { kind: 'direct'; governed: boolean }
  | { kind: 'request'; requirement: ApprovalRequirement; idempotencyKey: string }
  | { kind: 'execute'; approvalId: string }
  | {
      kind: 'conditional';
      requirement: ApprovalRequirement;
      condition: ApprovalCondition;
      idempotencyKey: string | null;
    };

export type SettledRoute = Exclude<ActionRoute, { kind: 'conditional' }>;

/** Approval is needed but the caller sent no idempotency key, so a retry could not be recognised. */
export interface MissingIdempotencyKey {
  missing: 'idempotencyKey';
  actionName: string;
}

/**
 * Decides the path before any I/O. An approval id always takes the execute path, even for callers
 * who would not need one: it names an approval, and that approval is then checked in full.
 */
export function routeAction(
  command: GatedCommand,
  principalType: PrincipalType,
  policy: ApprovalPolicy = APPROVAL_POLICY,
): ActionRoute | MissingIdempotencyKey {
  if (command.approvalId !== null) return { kind: 'execute', approvalId: command.approvalId };
  const requirement = approvalRequirement(command.actionName, principalType, policy);
  if (requirement === null) return { kind: 'direct', governed: isGovernedAction(command.actionName, policy) };
  const condition = approvalCondition(command.actionName, principalType, policy);
  // The key is asked for only once the target shows approval is needed: most such calls run directly.
  if (condition !== null)
    return { kind: 'conditional', requirement, condition, idempotencyKey: command.idempotencyKey };
  if (command.idempotencyKey === null) return { missing: 'idempotencyKey', actionName: command.actionName };
  return { kind: 'request', requirement, idempotencyKey: command.idempotencyKey };
}

/**
 * A conditional route against the target as loaded: a request when the condition holds, else direct (and on the
 * ledger).
 */
export function settleRoute(
  route: ActionRoute,
  actionName: string,
  facts: TargetFacts,
): SettledRoute | MissingIdempotencyKey {
  if (route.kind !== 'conditional') return route;
  if (!conditionHolds(route.condition, facts)) return { kind: 'direct', governed: true };
  if (route.idempotencyKey === null) return { missing: 'idempotencyKey', actionName };
  return { kind: 'request', requirement: route.requirement, idempotencyKey: route.idempotencyKey };
}

/**
 * The identity of "this command, against the target as it is now, under these rules". Computed at
 * request time and again at execution; the approval only executes when both agree. The policy
 * inputs are recomputed for the principal at hand, so a changed rule or version also disagrees.
 */
export function commandFingerprint(
  command: GatedCommand,
  principalType: PrincipalType,
  snapshot: Record<string, unknown>,
  policy: ApprovalPolicy = APPROVAL_POLICY,
): string {
  return fingerprint({
    actionName: command.actionName,
    target: command.target,
    command: command.command,
    snapshot,
    policy: { principalType, requirement: approvalRequirement(command.actionName, principalType, policy) },
  });
}

/** `principal type:id:operation`: the namespace a caller's idempotency keys live in. */
export const idempotencyScope = (principal: { type: string; id: string }, operation: string): string =>
  `${principal.type}:${principal.id}:${operation}`;
