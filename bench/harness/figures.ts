import type { HttpMeasurement } from './load';
import type { PhaseStats } from './protocol';
import type { Figure } from './report';

export const MIB = 1024 * 1024;

/**
 * The rows of one measured window: one per request step, plus the whole sequence when there are
 * several steps (server CPU is then given per sequence, since it cannot be split between steps).
 */
export function httpFigures(
  scenario: string,
  operation: string,
  connections: number,
  measured: HttpMeasurement,
  stats: PhaseStats,
): Figure[] {
  const peak = stats.peakRssBytes / MIB;
  const base = (count: number, name: string) => ({
    scenario,
    operation: name,
    connections,
    seconds: measured.seconds,
    count,
    serverEventLoopUtilization: stats.eventLoopUtilization,
    serverPeakRssMiB: peak,
    ratioToBaseline: null,
    target: null,
  });
  const stepFigures = measured.steps.map((step): Figure => ({
    ...base(step.latency.count, measured.steps.length === 1 ? operation : `${operation.slice(0, 3)} · ${step.name}`),
    p50Ms: step.latency.p50Ms,
    p90Ms: step.latency.p90Ms,
    p99Ms: step.latency.p99Ms,
    throughput: step.throughput,
    throughputUnit: 'req/s',
    sqlStatements: step.statements,
    serverCpuMsPerOp: measured.steps.length === 1 ? stats.cpuMicros / 1000 / Math.max(1, step.latency.count) : null,
    failures: step.failures + (measured.steps.length === 1 ? measured.connectionErrors : 0),
  }));
  if (!measured.sequence) return stepFigures;
  const { sequence } = measured;
  const summed = measured.steps.map((step) => step.statements);
  const sumOf = (pick: (summary: NonNullable<(typeof summed)[number]>) => number): number =>
    summed.reduce((total, summary) => total + (summary ? pick(summary) : Number.NaN), 0);
  return [
    ...stepFigures,
    {
      ...base(sequence.latency.count, `${operation} (both)`),
      p50Ms: sequence.latency.p50Ms,
      p90Ms: sequence.latency.p90Ms,
      p99Ms: sequence.latency.p99Ms,
      throughput: sequence.throughput,
      throughputUnit: 'seq/s',
      sqlStatements: {
        min: sumOf((s) => s.min),
        median: sumOf((s) => s.median),
        max: sumOf((s) => s.max),
        distribution: {},
      },
      serverCpuMsPerOp: stats.cpuMicros / 1000 / Math.max(1, sequence.latency.count),
      failures: measured.connectionErrors + measured.timeouts,
    },
  ];
}
