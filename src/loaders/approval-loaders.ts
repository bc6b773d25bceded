import { selectLedgerPages } from '../read/approval-reads';
import type { ActionApprovalRow, ActionLedgerConnectionValue, ActionLedgerEntryRow } from '../read/approval-rows';
import { emptyConnection } from '../read/connection';
import { oneBy, pages } from './batch';
import type { LoaderSet } from './lazy-loaders';

export interface LedgerPageKey {
  targetType: string;
  targetId: string;
  first: number;
  after: string | null;
}

const idOf = (row: { id: string }): string => row.id;

/** Beside the booking loaders in each request's set. */
export const approvalLoaderFactories = {
  approvalById: oneBy<ActionApprovalRow>({ entity: 'ActionApproval', key: 'id' }, idOf),
  ledgerEntryById: oneBy<ActionLedgerEntryRow>({ entity: 'ActionLedgerEntry', key: 'id' }, idOf),
  /** Newest first; pages that share target type, `first` and `after` load in one windowed statement. */
  ledgerPage: pages<LedgerPageKey, ActionLedgerConnectionValue>(
    (key) => `${key.targetType}|${key.targetId}|${key.first}|${key.after ?? ''}`,
    (key) => `${key.targetType}|${key.first}|${key.after ?? ''}`,
    async ({ read, counter }, batch, page) => {
      const loaded = await selectLedgerPages(
        read,
        counter,
        page,
        batch.map((key) => key.targetId),
      );
      return batch.map((key) => loaded.get(key.targetId) ?? emptyConnection());
    },
  ),
};

export type ApprovalLoaders = LoaderSet<typeof approvalLoaderFactories>;
