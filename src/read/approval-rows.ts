import type { ActionApproval } from '../entities/action-approval.entity';
import type { ActionLedgerEntry } from '../entities/action-ledger-entry.entity';
import type { ConnectionValue } from './connection';

/** Read-model rows of the action ledger: the entities' persisted shape, straight from SQL. */
export type ActionLedgerEntryRow = ActionLedgerEntry;
export type ActionApprovalRow = ActionApproval;
export type ActionLedgerConnectionValue = ConnectionValue<ActionLedgerEntryRow>;
export type ActionApprovalConnectionValue = ConnectionValue<ActionApprovalRow>;
