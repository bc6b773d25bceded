import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { OutboxRelay } from '../events/outbox';
import { startPeriodicJob, type PeriodicJob } from '../jobs/periodic-job';
import { recoverSagas } from './recovery';
import { RECOVERY_PRINCIPAL } from './saga-env';
import type { SagaRuntime } from './runtime';

/**
 * Every SAGA_RECOVERY_INTERVAL_SECONDS, claims sagas whose lease ran out and resumes them. Every
 * replica runs one; SKIP LOCKED shares the work. Null when the interval is 0 (disabled).
 */
export function startSagaRecovery(deps: {
  em: SqlEntityManager;
  clock: Clock;
  config: Config;
  runtime: SagaRuntime;
  outbox?: OutboxRelay;
  logger: Logger;
}): PeriodicJob | null {
  const intervalSeconds = deps.config.sagas.recoveryIntervalSeconds;
  if (intervalSeconds <= 0) return null;
  const env = {
    em: deps.em,
    clock: deps.clock,
    runtime: deps.runtime,
    config: deps.config,
    outbox: deps.outbox,
    actor: RECOVERY_PRINCIPAL,
  };
  return startPeriodicJob(
    async () => {
      const report = await recoverSagas(env);
      if (report.claimed.length > 0)
        deps.logger.info(
          { claimed: report.claimed.length, failed: report.failed.length },
          'saga recovery resumed interrupted runs',
        );
    },
    intervalSeconds * 1000,
    (error) => deps.logger.error({ err: error }, 'saga recovery failed; it runs again at the next interval'),
  );
}
