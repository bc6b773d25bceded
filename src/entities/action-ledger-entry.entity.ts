import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ACTION_KINDS, ACTION_STATUSES } from '../domain/action-vocabulary';
import { PRINCIPAL_TYPES } from '../domain/vocabulary';
import { vocabulary } from './columns';

/**
 * One append-only fact of the action ledger. References to approvals and to other entries are
 * plain ids rather than foreign keys: an entry names its approval before the approval row exists
 * (both are written in one transaction), and the ledger must outlive whatever it talks about.
 * A trigger (see the migration) refuses updates and deletes.
 */
export const ActionLedgerEntry = defineEntity({
  name: 'ActionLedgerEntry',
  tableName: 'action_ledger_entries',
  properties: {
    id: p.string().primary(),
    occurredAt: p.datetime(),
    actionName: p.string().length(100),
    actionKind: vocabulary(ACTION_KINDS),
    status: vocabulary(ACTION_STATUSES),
    principalType: vocabulary(PRINCIPAL_TYPES),
    principalId: p.string(),
    targetType: p.string().length(50),
    targetId: p.string(),
    idempotencyScope: p.text().nullable(),
    idempotencyKey: p.string().length(255).nullable(),
    fingerprint: p.string().length(64).nullable(),
    approvalId: p.string().nullable(),
    causationActionId: p.string().nullable(),
    metadata: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [
    // Booking.actionLedger pages newest first by (occurredAt, id) within one target.
    { properties: ['targetType', 'targetId', 'occurredAt', 'id'] },
    // A key names one requested action per scope: concurrent requests meet here (insert … on conflict).
    {
      name: 'action_ledger_entries_request_key',
      expression:
        `create unique index "action_ledger_entries_request_key" on "action_ledger_entries" ` +
        `("idempotency_scope", "idempotency_key") where "action_kind" = 'request'`,
    },
    // An approval runs its action once, whatever the service code does.
    {
      name: 'action_ledger_entries_one_execution',
      expression:
        `create unique index "action_ledger_entries_one_execution" on "action_ledger_entries" ` +
        `("approval_id") where "action_kind" = 'execution'`,
    },
  ],
});

export type ActionLedgerEntry = InferEntity<typeof ActionLedgerEntry>;
