/** Latency samples in milliseconds, summarised the same way for every measurement. */
export interface LatencySummary {
  count: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

export function percentile(sorted: Float64Array, quantile: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    p99Ms: percentile(sorted, 0.99),
    meanMs: sorted.length > 0 ? total / sorted.length : Number.NaN,
    maxMs: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** Distinct values with how often each occurred, e.g. SQL statements per response. */
export function tally(values: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

export interface StatementSummary {
  min: number;
  median: number;
  max: number;
  /** statement count → responses */
  distribution: Record<string, number>;
}

export function summariseStatements(values: readonly number[]): StatementSummary | null {
  const known = values.filter((value) => Number.isFinite(value));
  if (known.length === 0) return null;
  const sorted = Float64Array.from(known).sort();
  return {
    min: sorted[0],
    median: percentile(sorted, 0.5),
    max: sorted[sorted.length - 1],
    distribution: tally(known),
  };
}
