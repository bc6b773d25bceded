import type { Logger } from 'pino';
import { startPeriodicJob, type PeriodicJob } from './periodic-job';
import type { AppMetrics } from '../observability/metrics';
import type { OutboxRelay } from '../events/outbox';

/**
 * Retries events whose delivery failed once their backoff has passed (mutations deliver their own
 * events right after commit), and prunes delivered rows past OUTBOX_RETENTION_HOURS. Every
 * replica runs one; SKIP LOCKED keeps them from delivering the same row twice.
 */
export function startOutboxJob(options: {
  outbox: OutboxRelay;
  intervalSeconds: number;
  logger: Logger;
  metrics: AppMetrics | null;
}): PeriodicJob {
  const { outbox, logger, metrics } = options;
  return startPeriodicJob(
    async () => {
      await outbox.deliverPending();
      const pruned = await outbox.pruneDelivered();
      if (pruned > 0) logger.info({ pruned }, 'pruned delivered outbox events');
      metrics?.sweeperRun('outbox_relay', 'ok');
    },
    options.intervalSeconds * 1000,
    (error) => {
      metrics?.sweeperRun('outbox_relay', 'error');
      logger.error({ err: error }, 'outbox relay run failed');
    },
  );
}
