import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { effectiveApprovalStatus, hasLapsed } from './approval-state';
import type { TargetFacts } from './policy';
import {
  commandFingerprint,
  idempotencyScope,
  routeAction,
  settleRoute,
  type ActionRoute,
  type GatedCommand,
  type SettledRoute,
} from './routing';
import { ActionApproval } from '../entities/action-approval.entity';
import { ActionLedgerEntry } from '../entities/action-ledger-entry.entity';
import { forbidden, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import {
  approvalAlreadyExecuted,
  approvalExpired,
  approvalMismatch,
  approvalNotApproved,
  approvalRequired,
  fingerprintMismatch,
  idempotencyKeyRequired,
  idempotencyKeyReused,
  type ApprovalRequiredOutcome,
} from './outcomes';
import { appendLedgerEntry } from './ledger';
import type { ServiceScope } from '../services/actor';
import { fail, type BusinessOutcome } from '../domain/outcomes';

/**
 * The steps of the approval gate, in the order `gated` (gate.ts) runs them:
 * 1. `planAction` (no I/O; a missing key is answered here when the rule always applies);
 * 2. the target is loaded (locked unless `route.kind === 'request'`), `settleAction` decides a
 *    conditional rule with the target's facts, `fingerprintFor` its snapshot, `admitExecution`
 *    checks the approval before any other guard;
 * 3. the mutation's own guards, then either `requestApproval(…)` or its writes and `recordExecution`.
 */
export interface ActionPlan {
  scope: ServiceScope;
  command: GatedCommand;
  route: ActionRoute;
}

/** A plan whose route no longer depends on the target's state: what every step after loading works with. */
export interface SettledPlan extends ActionPlan {
  route: SettledRoute;
}

type RequestRoute = Extract<ActionRoute, { kind: 'request' }>;

export function planAction(scope: ServiceScope, command: GatedCommand): ActionPlan | BusinessOutcome {
  const route = routeAction(command, scope.actor.type);
  if ('missing' in route) return idempotencyKeyRequired(route.actionName);
  return { scope, command, route };
}

/** Decides a conditional rule on the loaded target; a needed but missing key is answered here, before any write. */
export function settleAction(plan: ActionPlan, facts: TargetFacts): SettledPlan {
  const route = settleRoute(plan.route, plan.command.actionName, facts);
  if ('missing' in route) return fail(idempotencyKeyRequired(route.actionName));
  return { ...plan, route };
}

export const fingerprintFor = (plan: SettledPlan, snapshot: Record<string, unknown>): string =>
  commandFingerprint(plan.command, plan.scope.actor.type, snapshot);

const keyScope = (plan: ActionPlan) => idempotencyScope(plan.scope.actor, plan.command.operation);

/**
 * Files the requested action and its pending approval, or finds the ones an identical earlier
 * request filed. Concurrent identical requests meet at the unique (scope, key) index: the insert
 * waits for the first to commit, then does nothing, and the re-read sees what the first wrote.
 */
export async function requestApproval(
  em: SqlEntityManager,
  plan: SettledPlan,
  route: RequestRoute,
  print: string,
  metadata: Record<string, unknown>,
): Promise<ApprovalRequiredOutcome> {
  const { actor, clock, config } = plan.scope;
  const { actionName, target } = plan.command;
  const at = clock.now();
  const requestedActionId = newId(ID_PREFIX.actionLedgerEntry);
  const approvalId = newId(ID_PREFIX.actionApproval);
  const inserted = await em.execute<{ id: string }[]>(
    `insert into action_ledger_entries (id, occurred_at, action_name, action_kind, status, principal_type, principal_id,
       target_type, target_id, idempotency_scope, idempotency_key, fingerprint, approval_id, metadata)
     values (?, ?, ?, 'request', 'awaiting_approval', ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (idempotency_scope, idempotency_key) where action_kind = 'request' do nothing
     returning id`,
    [
      requestedActionId,
      at,
      actionName,
      actor.type,
      actor.id,
      target.type,
      target.id,
      keyScope(plan),
      route.idempotencyKey,
      print,
      approvalId,
      JSON.stringify(metadata),
    ],
  );
  if (inserted.length === 0) return replayRequest(em, plan, route, print);
  em.create(ActionApproval, {
    id: approvalId,
    status: 'pending',
    requestedAction: requestedActionId,
    actionName,
    targetType: target.type,
    targetId: target.id,
    requestedByType: actor.type,
    requestedById: actor.id,
    policyName: route.requirement.policyName,
    policyVersion: route.requirement.policyVersion,
    reasonCode: route.requirement.reasonCode,
    expiresAt: new Date(at.getTime() + config.approvalTtlHours * 3_600_000),
    createdAt: at,
    updatedAt: at,
  });
  return approvalRequired(actionName, route.requirement.reasonCode, { requestedActionId, approvalId }, false);
}

async function replayRequest(
  em: SqlEntityManager,
  plan: ActionPlan,
  route: RequestRoute,
  print: string,
): Promise<ApprovalRequiredOutcome> {
  const existing = await em.findOne(ActionLedgerEntry, {
    idempotencyScope: keyScope(plan),
    idempotencyKey: route.idempotencyKey,
    actionKind: 'request',
  });
  const approval = existing ? await em.findOne(ActionApproval, { requestedAction: existing.id }) : null;
  // The insert only skips over a committed row, and a request and its approval commit together.
  if (!existing || !approval) throw new Error('A conflicting requested action vanished or has no approval');
  if (existing.fingerprint !== print) fail(idempotencyKeyReused(existing.id));
  return approvalRequired(
    existing.actionName,
    approval.reasonCode,
    { requestedActionId: existing.id, approvalId: approval.id },
    true,
  );
}

/**
 * Execute path only: every check on the approval before the target is touched. The principal is
 * checked right after existence, so nobody else learns anything about someone's approval; the
 * other checks follow the documented order. The approval row stays locked until commit, so two
 * concurrent executions cannot both pass the "not executed" check.
 */
export async function admitExecution(
  em: SqlEntityManager,
  plan: SettledPlan,
  print: string,
): Promise<ActionApproval | null> {
  if (plan.route.kind !== 'execute') return null;
  const { actor, clock } = plan.scope;
  const { actionName, target } = plan.command;
  const approval = await em.findOne(
    ActionApproval,
    { id: plan.route.approvalId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!approval) throw notFound('Action approval', plan.route.approvalId, 'input.approvalId');
  if (approval.requestedByType !== actor.type || approval.requestedById !== actor.id) {
    throw forbidden('Only the principal that requested this action may execute its approval');
  }
  const now = clock.now();
  if (approval.status !== 'approved') fail(approvalNotApproved(effectiveApprovalStatus(approval, now)));
  if (hasLapsed(approval, now)) fail(approvalExpired(approval.expiresAt));
  if (approval.actionName !== actionName || approval.targetType !== target.type || approval.targetId !== target.id)
    fail(approvalMismatch(approval));
  if (approval.executionActionId) fail(approvalAlreadyExecuted(approval.executionActionId));
  const requested = await em.findOne(ActionLedgerEntry, { id: approval.requestedAction });
  if (requested?.fingerprint !== print) fail(fingerprintMismatch());
  return approval;
}

/**
 * After the mutation's own writes, in its transaction: the execution entry for governed actions,
 * stamped with the approval, its requested action (causation) and the fingerprint it ran under.
 */
export function recordExecution(
  em: SqlEntityManager,
  plan: SettledPlan,
  print: string,
  approval: ActionApproval | null,
  metadata: Record<string, unknown>,
): void {
  if (plan.route.kind === 'direct' && !plan.route.governed) return;
  const { actor, clock } = plan.scope;
  const at = clock.now();
  const key = plan.command.idempotencyKey;
  const executionActionId = appendLedgerEntry(em, {
    actionName: plan.command.actionName,
    actionKind: 'execution',
    status: 'succeeded',
    principal: actor,
    target: plan.command.target,
    at,
    idempotency: key === null ? null : { scope: keyScope(plan), key },
    fingerprint: print,
    approvalId: approval?.id ?? null,
    causationActionId: approval?.requestedAction ?? null,
    metadata,
  });
  if (approval) {
    approval.executionActionId = executionActionId;
    approval.executedAt = at;
    approval.updatedAt = at;
  }
}
