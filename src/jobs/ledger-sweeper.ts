import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { AppMetrics } from '../observability/metrics';
import { appendLedgerEntry } from '../approvals/ledger';
import { startPeriodicJob, type PeriodicJob } from './periodic-job';

export interface LedgerSweep {
  expiredApprovals: number;
  prunedKeys: number;
}

/** The sweeper appears on the ledger as the system principal that expired the approval. */
const SWEEPER = { type: 'system', id: 'ledger-sweeper' } as const;

/** Rows per run, so one run stays a short transaction however far behind it is. */
const BATCH = 500;

interface LapsedApproval {
  id: string;
  requested_action_id: string;
  action_name: string;
  target_type: string;
  target_id: string;
}

/**
 * Marks pending approvals past their deadline expired (each with an expiry entry on the ledger)
 * and deletes idempotency records past their replay window. `skip locked` lets several replicas
 * sweep side by side and never waits on a decision or a key claim in progress.
 */
export async function sweepLedger(em: SqlEntityManager, clock: Clock): Promise<LedgerSweep> {
  const at = clock.now();
  return em.transactional(async (transaction) => {
    const tx = transaction;
    const lapsed = await tx.execute<LapsedApproval[]>(
      `update action_approvals set status = 'expired', updated_at = ?
       where id in (select id from action_approvals where status = 'pending' and expires_at <= ? order by
       expires_at limit ? for update skip locked)
       returning id, requested_action_id, action_name, target_type, target_id`,
      [at, at, BATCH],
    );
    for (const approval of lapsed) {
      appendLedgerEntry(tx, {
        actionName: approval.action_name,
        actionKind: 'expiry',
        status: 'expired',
        principal: SWEEPER,
        target: { type: approval.target_type, id: approval.target_id },
        at,
        approvalId: approval.id,
        causationActionId: approval.requested_action_id,
      });
    }
    const pruned = await tx.execute<{ scope: string }[]>(
      `delete from idempotency_records
       where (scope, key) in (select scope, key from idempotency_records where expires_at <= ? limit ? for
       update skip locked)
       returning scope`,
      [at, BATCH],
    );
    return { expiredApprovals: lapsed.length, prunedKeys: pruned.length };
  });
}

/** Started by main.ts every LEDGER_SWEEP_INTERVAL_SECONDS; each run uses its own EntityManager fork. */
export function startLedgerSweeper(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
  intervalSeconds: number;
  metrics?: AppMetrics | null;
}): PeriodicJob {
  const { database, clock, logger, metrics } = options;
  return startPeriodicJob(
    async () => {
      const sweep = await sweepLedger(database.orm.em.fork(), clock);
      if (sweep.expiredApprovals > 0 || sweep.prunedKeys > 0) logger.info(sweep, 'ledger sweep');
      metrics?.sweeperRun('ledger_sweeper', 'ok');
    },
    options.intervalSeconds * 1000,
    (error) => {
      metrics?.sweeperRun('ledger_sweeper', 'error');
      logger.error({ err: error }, 'ledger sweep failed');
    },
  );
}
