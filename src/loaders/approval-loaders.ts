import DataLoader from 'dataloader';
import type { ApprovalStatus } from '../domain/action-vocabulary';
import type { ReadModel, SqlCounter } from '../db/read-model';
import type { ActionApprovalConnectionValue, ActionApprovalRow, ActionLedgerConnectionValue, ActionLedgerEntryRow } from './approval-rows';
import { decodeCursor } from './cursor';
import { keysetConnection } from './connection';

export interface LedgerPageKey {
  targetType: string;
  targetId: string;
  first: number;
  after: string | null;
}

type Sorted<T> = T & { __sort: string; __total: string };

const pageKey = (key: LedgerPageKey): string => `${key.targetType}|${key.targetId}|${key.first}|${key.after ?? ''}`;

function byId<T extends { id: string }>(read: ReadModel, counter: SqlCounter, entity: string, table: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await read.rows<T>(counter, entity, 't', `select ${read.columns(entity, 't')} from "${table}" t where t.id = any($1)`, [ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One fresh set per request, beside the booking loaders. */
export function createApprovalLoaders(read: ReadModel, counter: SqlCounter) {
  return {
    approvalById: byId<ActionApprovalRow>(read, counter, 'ActionApproval', 'action_approvals'),
    ledgerEntryById: byId<ActionLedgerEntryRow>(read, counter, 'ActionLedgerEntry', 'action_ledger_entries'),
    ledgerPage: new DataLoader<LedgerPageKey, ActionLedgerConnectionValue, string>((keys) => loadLedgerPages(read, counter, keys), { cacheKeyFn: pageKey }),
  };
}

export type ApprovalLoaders = ReturnType<typeof createApprovalLoaders>;

/**
 * Pages of many targets that share `first`, `after` and target type load in one windowed
 * statement; the keyset filter applies after the window so `totalCount` counts the whole ledger.
 */
async function loadLedgerPages(read: ReadModel, counter: SqlCounter, keys: readonly LedgerPageKey[]): Promise<ActionLedgerConnectionValue[]> {
  const batches = new Map<string, LedgerPageKey[]>();
  for (const key of keys) {
    const batchKey = `${key.targetType}|${key.after ?? ''}`;
    batches.set(batchKey, [...(batches.get(batchKey) ?? []), key]);
  }
  const pages = new Map<string, ActionLedgerConnectionValue>();
  for (const batch of batches.values()) {
    const { targetType, after } = batch[0];
    const first = Math.max(...batch.map((key) => key.first));
    const cursor = after ? decodeCursor(after, 'actionLedger.after') : null;
    const params: unknown[] = [targetType, batch.map((key) => key.targetId), first + 1];
    let cursorFilter = '';
    if (cursor) {
      params.push(cursor.sortValue, cursor.id);
      cursorFilter = `where (y."occurredAt", y."id") < ($4::timestamptz, $5)`;
    }
    const sql = `select * from (
        select y.*, row_number() over (partition by y."targetId" order by y."occurredAt" desc, y."id" desc) as "__rank" from (
          select ${read.columns('ActionLedgerEntry', 'e')}, e.occurred_at::text as "__sort",
            count(*) over (partition by e.target_id) as "__total"
          from action_ledger_entries e where e.target_type = $1 and e.target_id = any($2)
        ) y ${cursorFilter}
      ) x where x."__rank" <= $3 order by x."targetId", x."occurredAt" desc, x."id" desc`;
    const rows = await read.rows<Sorted<ActionLedgerEntryRow>>(counter, 'ActionLedgerEntry', 'x', sql, params);
    for (const key of batch) {
      const own = rows.filter((row) => row.targetId === key.targetId);
      const total = own[0] ? Number(own[0].__total) : await countLedger(read, counter, key, cursor !== null);
      pages.set(pageKey(key), keysetConnection(own, key.first, { hasPrevious: cursor !== null, total }));
    }
  }
  return keys.map((key) => pages.get(pageKey(key)) ?? keysetConnection<Sorted<ActionLedgerEntryRow>>([], key.first, { hasPrevious: false, total: 0 }));
}

/** Only a page past the end comes back empty yet may have a non-zero total. */
async function countLedger(read: ReadModel, counter: SqlCounter, key: LedgerPageKey, pastFirstPage: boolean): Promise<number> {
  if (!pastFirstPage) return 0;
  const [row] = await read.query<{ total: string }>(counter, 'select count(*) as total from action_ledger_entries where target_type = $1 and target_id = $2', [key.targetType, key.targetId]);
  return Number(row?.total ?? 0);
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
