import DataLoader from 'dataloader';
import type { ApprovalStatus } from '../domain/action-vocabulary';
import type { ReadModel, SqlCounter } from '../db/read-model';
import type { ActionApprovalConnectionValue, ActionApprovalRow, ActionLedgerConnectionValue, ActionLedgerEntryRow } from './approval-rows';
import { decodeCursor } from './cursor';
import { keysetConnection } from './connection';
import type { LoaderDeps, LoaderSet } from './lazy-loaders';
import { loadOwnedPages, type OwnedListSpec } from './owner-pages';

export interface LedgerPageKey {
  targetType: string;
  targetId: string;
  first: number;
  after: string | null;
}

type Sorted<T> = T & { __sort: string; __total: string };

const pageKey = (key: LedgerPageKey): string => `${key.targetType}|${key.targetId}|${key.first}|${key.after ?? ''}`;

function byId<T extends { id: string }>(entity: string, table: string) {
  return ({ read, counter }: LoaderDeps) => new DataLoader<string, T | null>(async (ids) => {
    const rows = await read.rows<T>(counter, entity, 't', `select ${read.columns(entity, 't')} from "${table}" t where t.id = any($1)`, [ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Beside the booking loaders in each request's set. */
export const approvalLoaderFactories = {
  approvalById: byId<ActionApprovalRow>('ActionApproval', 'action_approvals'),
  ledgerEntryById: byId<ActionLedgerEntryRow>('ActionLedgerEntry', 'action_ledger_entries'),
  ledgerPage: ({ read, counter }: LoaderDeps) =>
    new DataLoader<LedgerPageKey, ActionLedgerConnectionValue, string>((keys) => loadLedgerPages(read, counter, keys), { cacheKeyFn: pageKey }),
};

export type ApprovalLoaders = LoaderSet<typeof approvalLoaderFactories>;

const ledgerOf = (targetType: string): OwnedListSpec => ({
  entity: 'ActionLedgerEntry', table: 'action_ledger_entries', ownerColumn: 'target_id', ownerProperty: 'targetId',
  sortColumn: 'occurred_at', sortProperty: 'occurredAt', direction: 'desc', cursorField: 'actionLedger.after',
  scope: (bind) => `t.target_type = ${bind(targetType)}`,
});

/** Newest first; pages that share target type, `first` and `after` load in one windowed statement. */
async function loadLedgerPages(read: ReadModel, counter: SqlCounter, keys: readonly LedgerPageKey[]): Promise<ActionLedgerConnectionValue[]> {
  const batches = new Map<string, LedgerPageKey[]>();
  for (const key of keys) {
    const batchKey = `${key.targetType}|${key.first}|${key.after ?? ''}`;
    batches.set(batchKey, [...(batches.get(batchKey) ?? []), key]);
  }
  const pages = new Map<string, ActionLedgerConnectionValue>();
  for (const batch of batches.values()) {
    const { targetType, first, after } = batch[0];
    const loaded = await loadOwnedPages<Sorted<ActionLedgerEntryRow>>(read, counter, ledgerOf(targetType), batch.map((key) => key.targetId), first, after);
    for (const key of batch) {
      const page = loaded.get(key.targetId);
      if (page) pages.set(pageKey(key), page);
    }
  }
  return keys.map((key) => pages.get(pageKey(key)) ?? keysetConnection<Sorted<ActionLedgerEntryRow>>([], key.first, { hasPrevious: false, total: 0 }));
}

export interface ApprovalSearch {
  first: number;
  after?: string | null;
  filter?: { status?: ApprovalStatus | null; targetId?: string | null } | null;
  /** Status filters follow the effective status: a pending approval past its deadline is expired. */
  now: Date;
}

/** One statement per page: the filtered set, its total and the keyset page come back together. */
export async function searchApprovals(read: ReadModel, counter: SqlCounter, search: ApprovalSearch): Promise<ActionApprovalConnectionValue> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const status = search.filter?.status;
  if (status === 'pending') where.push(`a.status = 'pending' and a.expires_at > ${bind(search.now)}`);
  else if (status === 'expired') where.push(`(a.status = 'expired' or (a.status = 'pending' and a.expires_at <= ${bind(search.now)}))`);
  else if (status) where.push(`a.status = ${bind(status)}`);
  if (search.filter?.targetId) where.push(`a.target_id = ${bind(search.filter.targetId)}`);
  const filtered = `select a.* from action_approvals a ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`;
  const filterParams = [...params];
  const cursor = search.after ? decodeCursor(search.after, 'after') : null;
  const keyset = cursor ? `where (a.created_at, a.id) < (${bind(cursor.sortValue)}::timestamptz, ${bind(cursor.id)})` : '';
  const sql = `with filtered as not materialized (${filtered})
    select ${read.columns('ActionApproval', 'a')}, a.created_at::text as "__sort", (select count(*) from filtered) as "__total"
    from filtered a ${keyset}
    order by a.created_at desc, a.id desc
    limit ${bind(search.first + 1)}`;
  const rows = await read.rows<Sorted<ActionApprovalRow>>(counter, 'ActionApproval', 'a', sql, params);
  let total = rows[0] ? Number(rows[0].__total) : 0;
  if (!rows[0] && cursor) {
    const [row] = await read.query<{ total: string }>(counter, `select count(*) as total from (${filtered}) f`, filterParams);
    total = Number(row?.total ?? 0);
  }
  return keysetConnection(rows, search.first, { hasPrevious: cursor !== null, total });
}
