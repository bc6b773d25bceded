import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createMetrics, knexPoolUsage, outboxBacklog, pgPoolUsage, type AppMetrics } from './metrics';
import { createRequestObserver, type RequestObserver } from './request-observer';

export interface AppObservability {
  /** null when METRICS_ENABLED is false: nothing is recorded and /metrics answers 404. */
  metrics: AppMetrics | null;
  requests: RequestObserver;
  /** Answers GET /metrics in the Prometheus text format. */
  serveMetrics: (response: ServerResponse) => void;
}

export function createAppObservability(options: {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
}): AppObservability {
  const { database, clock, logger } = options;
  const metrics = options.config.metricsEnabled
    ? createMetrics({
        outboxBacklog: () => outboxBacklog(database.pool, () => clock.now()),
        pools: {
          read: pgPoolUsage(database.pool),
          orm: knexPoolUsage(database.orm.em.getConnection().getKnex().client),
        },
      })
    : null;
  return {
    metrics,
    requests: createRequestObserver({ logger, metrics }),
    serveMetrics: (response) => {
      if (!metrics) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
        return;
      }
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        (error: unknown) => {
          logger.error({ err: error }, 'collecting metrics failed');
          response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
        },
      );
    },
  };
}
