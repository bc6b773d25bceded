import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { APPROVAL_STATUSES } from '../domain/action-vocabulary';
import { PRINCIPAL_TYPES } from '../domain/vocabulary';
import { ActionLedgerEntry } from './action-ledger-entry.entity';
import { vocabulary } from './columns';

/**
 * A human decision an action waits for. Action name and target are copied from the requested
 * action so executions are matched and approvals listed without a join.
 */
export const ActionApproval = defineEntity({
  name: 'ActionApproval',
  tableName: 'action_approvals',
  properties: {
    id: p.string().primary(),
    status: vocabulary(APPROVAL_STATUSES).default('pending'),
    requestedAction: () => p.oneToOne(ActionLedgerEntry).owner().mapToPk().unique(),
    actionName: p.string().length(100),
    targetType: p.string().length(50),
    targetId: p.string(),
    requestedByType: vocabulary(PRINCIPAL_TYPES),
    requestedById: p.string(),
    decidedByType: vocabulary(PRINCIPAL_TYPES).nullable(),
    decidedById: p.string().nullable(),
    policyName: p.string().length(100),
    policyVersion: p.integer(),
    reasonCode: p.string().length(100),
    expiresAt: p.datetime(),
    decidedAt: p.datetime().nullable(),
    decisionReason: p.text().nullable(),
    decisionActionId: p.string().nullable(),
    executionActionId: p.string().nullable(),
    executedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  // actionApprovals pages newest first, optionally narrowed to one status or one target.
  indexes: [
    { properties: ['createdAt', 'id'] },
    { properties: ['status', 'createdAt', 'id'] },
    { properties: ['targetId', 'createdAt', 'id'] },
  ],
});

export type ActionApproval = InferEntity<typeof ActionApproval>;
