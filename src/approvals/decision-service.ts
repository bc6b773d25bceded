import { effectiveApprovalStatus } from './approval-state';
import { ActionApproval } from '../entities/action-approval.entity';
import { forbidden, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import type { DecideActionApprovalInput } from '../validation/approval-inputs';
import { approvalAlreadyDecided, approvalExpired } from './outcomes';
import { appendLedgerEntry } from './ledger';
import type { ServiceScope } from '../services/actor';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from '../services/unit-of-work';

/** Lapsed reads the same whether or not the sweeper has already marked it. */
function refuseUnlessPending(approval: ActionApproval, at: Date): void {
  const status = effectiveApprovalStatus(approval, at);
  if (status === 'expired') fail(approvalExpired(approval.expiresAt));
  if (status !== 'pending') fail(approvalAlreadyDecided(status));
}

/**
 * Approves or denies a pending approval, once. The decision is a conditional update (still pending,
 * not yet lapsed), so of two concurrent deciders the second waits on the row, finds it decided and
 * is answered ApprovalAlreadyDecidedError; its ledger entry never exists.
 */
export async function decideActionApproval(
  scope: ServiceScope,
  input: DecideActionApprovalInput,
): Promise<{ approvalId: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const approval = await em.findOne(ActionApproval, { id: input.approvalId });
    if (!approval) throw notFound('Action approval', input.approvalId, 'input.approvalId');
    // One subject may hold several principal types (a person and the agent acting for them): the
    // subject alone identifies who asked, so no token type lets it approve its own request.
    if (approval.requestedById === scope.actor.id) {
      throw forbidden('The principal that requested an action cannot decide its approval');
    }
    const at = scope.clock.now();
    refuseUnlessPending(approval, at);
    const decisionActionId = newId(ID_PREFIX.actionLedgerEntry);
    const decided = await em.nativeUpdate(
      ActionApproval,
      { id: approval.id, status: 'pending', expiresAt: { $gt: at } },
      {
        status: input.decision,
        decidedByType: scope.actor.type,
        decidedById: scope.actor.id,
        decidedAt: at,
        decisionReason: input.reason ?? null,
        decisionActionId,
        updatedAt: at,
      },
    );
    if (decided === 0) {
      refuseUnlessPending((await em.findOne(ActionApproval, { id: approval.id }, { refresh: true })) ?? approval, at);
      throw new Error('An approval still pending refused its decision');
    }
    appendLedgerEntry(
      em,
      {
        actionName: approval.actionName,
        actionKind: 'decision',
        status: input.decision,
        principal: scope.actor,
        target: { type: approval.targetType, id: approval.targetId },
        at,
        approvalId: approval.id,
        causationActionId: approval.requestedAction,
        metadata: { reason: input.reason ?? null },
      },
      decisionActionId,
    );
    return { approvalId: approval.id };
  });
}
