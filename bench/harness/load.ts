import autocannon from 'autocannon';
import { summarise, summariseStatements, type LatencySummary, type StatementSummary } from './stats';

/** Per-connection state of one pass through a request sequence (autocannon's `context`). */
export type IterationContext = Record<string, unknown>;

export interface RequestStep {
  name: string;
  /** The JSON body of the next request of this step. */
  body(context: IterationContext): string;
  /** Checks a 200 response, storing what later steps need in `context`; false counts a failure. */
  accept(body: string, context: IterationContext): boolean;
}

export interface HttpLoad {
  url: string;
  headers: Record<string, string>;
  /** One step, or a sequence each connection runs in order (e.g. create then transition). */
  steps: RequestStep[];
  connections: number;
  seconds: number;
}

export interface StepMeasurement {
  name: string;
  latency: LatencySummary;
  /** Responses per second. */
  throughput: number;
  /** From the `x-sql-statements` response header. */
  statements: StatementSummary | null;
  /** Non-200 answers and answers `accept` refused. */
  failures: number;
}

export interface HttpMeasurement {
  seconds: number;
  steps: StepMeasurement[];
  /** Sequences only: per completed pass, the sum of its requests' latencies on one connection. */
  sequence: { latency: LatencySummary; throughput: number } | null;
  connectionErrors: number;
  timeouts: number;
}

interface StepSamples {
  latencies: number[];
  statements: number[];
  failures: number;
}

interface PendingResponse {
  step: number;
  statements: number;
  ok: boolean;
}

function headerNumber(value: string | string[] | undefined): number {
  return typeof value === 'string' ? Number(value) : Number.NaN;
}

/**
 * Drives the server with autocannon. autocannon's own latency histogram keeps whole
 * milliseconds only, too coarse for ~1 ms reads, so every response's fractional latency is
 * collected here from its `response` event; `onResponse` (which autocannon calls synchronously
 * just before that event, on the same connection) supplies the step, the SQL statement header
 * and whether the answer was correct.
 */
export function measureHttp(load: HttpLoad): Promise<HttpMeasurement> {
  const samples: StepSamples[] = load.steps.map(() => ({ latencies: [], statements: [], failures: 0 }));
  const sequences: number[] = [];
  const sequenceSoFar = new Map<unknown, number>();
  let pending: PendingResponse | null = null;
  const path = new URL(load.url).pathname;

  const requests: autocannon.Request[] = load.steps.map((step, index) => ({
    method: 'POST',
    path,
    setupRequest: (request: autocannon.Request, context: object): autocannon.Request => ({
      ...request,
      body: step.body(context as IterationContext),
    }),
    onResponse: (status: number, body: string, context: object, headers: autocannon.Request['headers']) => {
      pending = {
        step: index,
        statements: headerNumber(headers?.['x-sql-statements']),
        ok: status === 200 && step.accept(body, context as IterationContext),
      };
    },
  }));

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        connections: load.connections,
        duration: load.seconds,
        pipelining: 1,
        headers: load.headers,
        requests,
        timeout: 30,
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) {
          reject(error);
          return;
        }
        const seconds = result.duration;
        const completedSequences = sequences.length;
        resolve({
          seconds,
          steps: load.steps.map((step, index) => ({
            name: step.name,
            latency: summarise(samples[index].latencies),
            throughput: samples[index].latencies.length / seconds,
            statements: summariseStatements(samples[index].statements),
            failures: samples[index].failures,
          })),
          sequence:
            load.steps.length > 1 ? { latency: summarise(sequences), throughput: completedSequences / seconds } : null,
          connectionErrors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    // The typings declare (statusCode, resBytes, responseTime); autocannon 8 emits
    // (client, statusCode, resBytes, responseTime), with responseTime in fractional ms.
    instance.on('response', (...args: unknown[]) => {
      const [client, , , responseTime] = args;
      const response = pending;
      pending = null;
      if (!response || typeof responseTime !== 'number') return;
      const sample = samples[response.step];
      sample.latencies.push(responseTime);
      sample.statements.push(response.statements);
      if (!response.ok) sample.failures += 1;
      if (load.steps.length === 1) return;
      const soFar = (response.step === 0 ? 0 : (sequenceSoFar.get(client) ?? Number.NaN)) + responseTime;
      if (response.step < load.steps.length - 1) {
        sequenceSoFar.set(client, soFar);
        return;
      }
      sequenceSoFar.delete(client);
      if (Number.isFinite(soFar) && response.ok) sequences.push(soFar);
    });
  });
}

export interface LoopMeasurement {
  seconds: number;
  latency: LatencySummary;
  throughput: number;
  failures: number;
}

/**
 * `connections` concurrent loops calling `operation` back to back for `seconds`, timing each
 * call with the monotonic clock (used for the raw `pg` baseline).
 */
export async function measureLoop(
  connections: number,
  seconds: number,
  operation: (iteration: number) => Promise<void>,
): Promise<LoopMeasurement> {
  const latencies: number[] = [];
  let failures = 0;
  let iteration = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const worker = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const current = iteration;
      iteration += 1;
      const begin = process.hrtime.bigint();
      try {
        await operation(current);
        latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, () => worker()));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds: elapsed, latency: summarise(latencies), throughput: latencies.length / elapsed, failures };
}
