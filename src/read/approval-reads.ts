import type { ApprovalStatus } from '../domain/action-vocabulary';
import type {
  ActionApprovalConnectionValue,
  ActionApprovalRow,
  ActionLedgerConnectionValue,
  ActionLedgerEntryRow,
} from './approval-rows';
import { keysetConnection, type KeysetRow } from './connection';
import { decodeCursor } from './cursor';
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

/** One statement per page: the filtered set, its total and the keyset page come back together. */
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
  const filterParams = parameters.snapshot();
  const cursor = search.after ? decodeCursor(search.after, 'after') : null;
  const keyset = cursor
    ? `where (a.created_at, a.id) < (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})`
    : '';
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns('ActionApproval', 'a')}, a.created_at::text as "__sort",
      (select count(*) from filtered) as "__total"
    from filtered a ${keyset}
    order by a.created_at desc, a.id desc
    limit ${bind(search.first + 1)}`;
  const rows = await read.rows<Sorted<ActionApprovalRow>>(counter, 'ActionApproval', 'a', sql, parameters.values);
  let total = rows[0] ? Number(rows[0].__total) : 0;
  if (!rows[0] && cursor) {
    const [row] = await read.query<{ total: string }>(
      counter,
      `select count(*) as total from (${filtered}) f`,
      filterParams,
    );
    total = Number(row?.total ?? 0);
  }
  return keysetConnection(rows, search.first, { hasPrevious: cursor !== null, total });
}
