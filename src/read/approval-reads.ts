import type { ApprovalStatus } from '../domain/action-vocabulary';
import type {
  ActionApprovalConnectionValue,
  ActionApprovalRow,
  ActionLedgerConnectionValue,
  ActionLedgerEntryRow,
} from './approval-rows';
import type { KeysetRow } from './connection';
import { selectNewestFirstPage } from './keyset-page';
import { selectOwnedPages, type OwnedListSpec } from './owned-pages';
import { SqlParameters, type ReadModel, type SqlCounter } from './sql';

type Sorted<T> = T & KeysetRow & { __total: string };

const ledgerOf = (targetType: string): OwnedListSpec => ({
  entity: 'ActionLedgerEntry',
  owner: 'targetId',
  sort: 'occurredAt',
  direction: 'desc',
  cursorField: 'actionLedger.after',
  scope: (bind) => `t.target_type = ${bind(targetType)}`,
});

/** Ledger pages, newest first, of targets of one type that ask for the same page: one windowed statement. */
export function selectLedgerPages(
  read: ReadModel,
  counter: SqlCounter,
  page: { targetType: string; first: number; after: string | null },
  targetIds: readonly string[],
): Promise<Map<string, ActionLedgerConnectionValue>> {
  return selectOwnedPages<Sorted<ActionLedgerEntryRow>>(
    read,
    counter,
    ledgerOf(page.targetType),
    targetIds,
    page.first,
    page.after,
  );
}

export interface ApprovalSearch {
  first: number;
  after?: string | null;
  filter?: { status?: ApprovalStatus | null; targetId?: string | null } | null;
  /** Status filters follow the effective status: a pending approval past its deadline is expired. */
  now: Date;
}

/** One statement per page, newest first: the filtered set, its total and the keyset page come back together. */
export async function searchApprovals(
  read: ReadModel,
  counter: SqlCounter,
  search: ApprovalSearch,
): Promise<ActionApprovalConnectionValue> {
  const parameters = new SqlParameters();
  const { bind } = parameters;
  const where: string[] = [];
  const status = search.filter?.status;
  if (status === 'pending') where.push(`a.status = 'pending' and a.expires_at > ${bind(search.now)}`);
  else if (status === 'expired')
    where.push(`(a.status = 'expired' or (a.status = 'pending' and a.expires_at <= ${bind(search.now)}))`);
  else if (status) where.push(`a.status = ${bind(status)}`);
  if (search.filter?.targetId) where.push(`a.target_id = ${bind(search.filter.targetId)}`);
  const filtered = `select a.* from action_approvals a ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  return selectNewestFirstPage<ActionApprovalRow>(read, counter, {
    entity: 'ActionApproval',
    alias: 'a',
    filtered,
    parameters,
    first: search.first,
    after: search.after,
  });
}
