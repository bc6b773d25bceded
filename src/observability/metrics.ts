import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Pool } from 'pg';
import type { OutboxObserver } from '../events/outbox';
import { OperationNames } from './operation-names';

export type SweeperName = 'hold_sweeper' | 'ledger_sweeper' | 'outbox_relay' | 'status_count_fold';
export type KmsOperation = 'generate_data_key' | 'decrypt_data_key';

export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

/** Everything the app reports on /metrics; one registry per app so several apps share a process (tests). */
export interface AppMetrics {
  registry: Registry;
  operationNames: OperationNames;
  observeHttp(labels: { method: string; route: string; status: number }, seconds: number): void;
  observeOperation(
    labels: { operation: string; type: string; outcome: string },
    seconds: number,
    sqlStatements: number,
  ): void;
  sweeperRun(sweeper: SweeperName, outcome: 'ok' | 'error'): void;
  kmsCall(operation: KmsOperation, outcome: 'ok' | 'error'): void;
  outbox: OutboxObserver;
}

export interface MetricsSources {
  /** Age in seconds of the oldest event not yet delivered (0 when none), and dead-lettered rows. */
  outboxBacklog(): Promise<{ lagSeconds: number; deadLetters: number }>;
  pools: Record<string, () => PoolUsage | null>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 32, 64];

export function createMetrics(sources: MetricsSources): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'bookings_http_request_duration_seconds',
    help: 'HTTP request latency by route (/graphql, /health, /ready, /metrics, other), method and status code',
    labelNames: ['route', 'method', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const operationDuration = new Histogram({
    name: 'bookings_graphql_operation_duration_seconds',
    help:
      'GraphQL operation latency by operation name (bounded: __anonymous, __unknown, __other), type and ' +
      'outcome code',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const statementsPerOperation = new Histogram({
    name: 'bookings_graphql_operation_sql_statements',
    help: 'SQL statements one GraphQL operation sent, by operation name',
    labelNames: ['operation'] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });
  const statements = new Counter({
    name: 'bookings_sql_statements_total',
    help: 'SQL statements sent by GraphQL requests',
    registers: [registry],
  });
  const sweeperRuns = new Counter({
    name: 'bookings_sweeper_runs_total',
    help: 'Background job runs by job and outcome',
    labelNames: ['sweeper', 'outcome'] as const,
    registers: [registry],
  });
  const kmsCalls = new Counter({
    name: 'bookings_kms_calls_total',
    help: 'KMS calls by operation and outcome (data-key cache hits make none)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'bookings_outbox_deliveries_total',
    help: 'Outbox delivery attempts by outcome (delivered, failed, dead_letter)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  let backlog: Promise<{ lagSeconds: number; deadLetters: number }> | null = null;
  // Both gauges read one query per scrape.
  const readBacklog = () => (backlog ??= sources.outboxBacklog().finally(() => setImmediate(() => (backlog = null))));
  new Gauge({
    name: 'bookings_outbox_lag_seconds',
    help: 'Age of the oldest outbox event not yet delivered (0 when none is pending)',
    registers: [registry],
    async collect() {
      this.set((await readBacklog()).lagSeconds);
    },
  });
  new Gauge({
    name: 'bookings_outbox_dead_letters',
    help: 'Outbox events that ran out of attempts and wait for an operator',
    registers: [registry],
    async collect() {
      this.set((await readBacklog()).deadLetters);
    },
  });
  new Gauge({
    name: 'bookings_db_pool_connections',
    help:
      'Database pool connections by pool (read: the read model, orm: writes) and state (total, idle, ' +
      'waiting requests)',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [pool, usage] of Object.entries(sources.pools)) {
        const figures = usage();
        if (!figures) continue;
        this.set({ pool, state: 'total' }, figures.total);
        this.set({ pool, state: 'idle' }, figures.idle);
        this.set({ pool, state: 'waiting' }, figures.waiting);
      }
    },
  });
  return {
    registry,
    operationNames: new OperationNames(),
    observeHttp: (labels, seconds) =>
      httpDuration.observe({ route: labels.route, method: labels.method, status_code: String(labels.status) }, seconds),
    observeOperation: (labels, seconds, sqlStatements) => {
      operationDuration.observe(labels, seconds);
      statementsPerOperation.observe({ operation: labels.operation }, sqlStatements);
      statements.inc(sqlStatements);
    },
    sweeperRun: (sweeper, outcome) => sweeperRuns.inc({ sweeper, outcome }),
    kmsCall: (operation, outcome) => kmsCalls.inc({ operation, outcome }),
    outbox: {
      delivered: (count) => deliveries.inc({ outcome: 'delivered' }, count),
      failed: () => deliveries.inc({ outcome: 'failed' }),
      deadLettered: () => deliveries.inc({ outcome: 'dead_letter' }),
    },
  };
}

export function pgPoolUsage(pool: Pool): () => PoolUsage {
  return () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
}

/** The ORM's pool is knex's (tarn); its client is untyped, so its shape is checked rather than assumed. */
export function knexPoolUsage(client: unknown): () => PoolUsage | null {
  return () => {
    if (typeof client !== 'object' || client === null || !('pool' in client)) return null;
    const pool: unknown = client.pool;
    if (typeof pool !== 'object' || pool === null) return null;
    if (!('numUsed' in pool) || !('numFree' in pool) || !('numPendingAcquires' in pool)) return null;
    const { numUsed, numFree, numPendingAcquires } = pool;
    if (typeof numUsed !== 'function' || typeof numFree !== 'function' || typeof numPendingAcquires !== 'function')
      return null;
    const used = Number(numUsed.call(pool));
    const free = Number(numFree.call(pool));
    return { total: used + free, idle: free, waiting: Number(numPendingAcquires.call(pool)) };
  };
}

export async function outboxBacklog(pool: Pool, now: () => Date): Promise<{ lagSeconds: number; deadLetters: number }> {
  const { rows } = await pool.query<{ oldest: Date | null; dead: number }>(
    `select (select occurred_at from booking_outbox where status = 'pending' order by occurred_at, id
              limit 1) as oldest,
            (select count(*)::int from booking_outbox where status = 'dead_letter') as dead`,
  );
  const oldest = rows[0]?.oldest;
  return {
    lagSeconds: oldest ? Math.max(0, (now().getTime() - new Date(oldest).getTime()) / 1000) : 0,
    deadLetters: rows[0]?.dead ?? 0,
  };
}
