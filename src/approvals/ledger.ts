import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { ActionKind, ActionStatus } from '../domain/action-vocabulary';
import { ActionLedgerEntry } from '../entities/action-ledger-entry.entity';
import { ID_PREFIX, newId } from '../ids';

export interface LedgerFact {
  actionName: string;
  actionKind: ActionKind;
  status: ActionStatus;
  principal: Pick<Principal, 'type' | 'id'>;
  target: { type: string; id: string };
  at: Date;
  idempotency?: { scope: string; key: string } | null;
  fingerprint?: string | null;
  approvalId?: string | null;
  causationActionId?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** Appends an entry to the current unit of work and returns its id; the caller's transaction commits it. */
export function appendLedgerEntry(
  em: SqlEntityManager,
  fact: LedgerFact,
  id: string = newId(ID_PREFIX.actionLedgerEntry),
): string {
  em.create(ActionLedgerEntry, {
    id,
    occurredAt: fact.at,
    actionName: fact.actionName,
    actionKind: fact.actionKind,
    status: fact.status,
    principalType: fact.principal.type,
    principalId: fact.principal.id,
    targetType: fact.target.type,
    targetId: fact.target.id,
    idempotencyScope: fact.idempotency?.scope ?? null,
    idempotencyKey: fact.idempotency?.key ?? null,
    fingerprint: fact.fingerprint ?? null,
    approvalId: fact.approvalId ?? null,
    causationActionId: fact.causationActionId ?? null,
    metadata: fact.metadata ?? null,
  });
  return id;
}
