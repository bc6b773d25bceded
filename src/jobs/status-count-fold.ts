import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import type { AppMetrics } from '../observability/metrics';
import { startPeriodicJob, type PeriodicJob } from './periodic-job';

/** Changes per run, so one run stays a short statement however far behind it is. */
const BATCH = 10_000;

/**
 * Moves appended count changes into the per-status totals in one statement, so a reader (whose
 * statement sees one snapshot) finds every change in exactly one of the two tables. `skip locked`
 * lets replicas fold side by side; the totals' upsert serialises them on the status rows only.
 */
export async function foldStatusCounts(em: SqlEntityManager): Promise<number> {
  const [folded] = await em.getConnection().execute<{ changes: string }[]>(
    `with taken as (
       delete from booking_status_count_changes
       where id in (select id from booking_status_count_changes order by id limit ? for update skip locked)
       returning status, change),
     summed as (
       insert into booking_status_counts (status, bookings)
       select status, sum(change) from taken group by status
       on conflict (status) do update set bookings = booking_status_counts.bookings + excluded.bookings)
     select count(*) as changes from taken`,
    [BATCH],
  );
  return Number(folded?.changes ?? 0);
}

/** Started by start.ts every BOOKING_COUNT_FOLD_INTERVAL_SECONDS; 0 disables it. */
export function startStatusCountFolder(options: {
  database: Database;
  logger: Logger;
  intervalSeconds: number;
  metrics?: AppMetrics | null;
}): PeriodicJob {
  const { database, logger, metrics } = options;
  return startPeriodicJob(
    async () => {
      await foldStatusCounts(database.orm.em.fork());
      metrics?.sweeperRun('status_count_fold', 'ok');
    },
    options.intervalSeconds * 1000,
    (error) => {
      metrics?.sweeperRun('status_count_fold', 'error');
      logger.error({ err: error }, 'status count fold failed');
    },
  );
}
