import type { StatementSummary } from './stats';

/** One measured row: an operation at one concurrency. */
export interface Figure {
  /** Short key (`raw`, `a`, `b`, `c`…) used by BENCH_ONLY and the targets. */
  scenario: string;
  operation: string;
  connections: number;
  seconds: number;
  /** Completed operations in the measured window. */
  count: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  throughput: number;
  throughputUnit: string;
  sqlStatements: StatementSummary | null;
  /** Server CPU (user + system) per operation in the window. */
  serverCpuMsPerOp: number | null;
  serverEventLoopUtilization: number | null;
  /** Peak server RSS sampled during the window. */
  serverPeakRssMiB: number | null;
  failures: number;
  /** p50 divided by the raw keyed select's p50 at the same concurrency. */
  ratioToBaseline: number | null;
  /** e.g. `≤ 5×: met`; only on the rows a target applies to. */
  target: string | null;
}

export interface TargetCheck {
  description: string;
  met: boolean;
  detail: string;
  /** A correctness check (e.g. no overbooking), not a performance goal: `npm run bench` exits 1 when it fails. */
  required?: boolean;
}

/** A suite's own figures that do not fit the common columns (e.g. lock waits), rendered after its table. */
export interface DetailTable {
  columns: string[];
  rows: string[][];
}

export interface SuiteReport {
  suite: string;
  description: string;
  figures: Figure[];
  details?: DetailTable[];
  targets: TargetCheck[];
  notes: string[];
}

export interface BenchRunReport {
  startedAt: string;
  finishedAt: string;
  machine: {
    node: string;
    cpus: number;
    cpuModel: string;
    postgres: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  settings: Record<string, string | number | boolean | null>;
  suites: SuiteReport[];
}

const fixed = (value: number | null, digits: number): string =>
  value === null || !Number.isFinite(value) ? '—' : value.toFixed(digits);

function statements(summary: StatementSummary | null): string {
  if (!summary) return '—';
  return summary.min === summary.max ? String(summary.min) : `${summary.median} (${summary.min}–${summary.max})`;
}

/** A latency for a table: three decimals below 1 ms, one from 10 ms. */
export const milliseconds = (value: number): string =>
  value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);

export function figureTable(figures: readonly Figure[]): string {
  const header = [
    '| operation | c | p50 ms | p99 ms | throughput | SQL stmts/op | server CPU ms/op | server peak RSS MiB | ' +
      'p50 ÷ raw p50 | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const rows = figures.map((figure) => {
    const failures = figure.failures > 0 ? ` ⚠ ${figure.failures} failed` : '';
    return (
      `| ${figure.operation}${failures} | ${figure.connections} | ${milliseconds(figure.p50Ms)} | ` +
      `${milliseconds(figure.p99Ms)} | ${Math.round(figure.throughput).toLocaleString('en-US')} ` +
      `${figure.throughputUnit} | ${statements(figure.sqlStatements)} | ${fixed(figure.serverCpuMsPerOp, 2)} ` +
      `| ${fixed(figure.serverPeakRssMiB, 0)} | ` +
      `${figure.ratioToBaseline === null ? '—' : `${figure.ratioToBaseline.toFixed(1)}×`} | ${figure.target ?? ''} |`
    );
  });
  return [...header, ...rows].join('\n');
}

function detailTable({ columns, rows }: DetailTable): string {
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export function renderMarkdown(report: BenchRunReport): string {
  const lines: string[] = [];
  const { machine } = report;
  lines.push(
    `Measured ${report.startedAt} — Node ${machine.node}, ${machine.postgres}, ${machine.cpus} × ` +
      `${machine.cpuModel}; load average before ` +
      `${machine.loadAverageBefore.map((value) => value.toFixed(2)).join(' / ')}, after ` +
      `${machine.loadAverageAfter.map((value) => value.toFixed(2)).join(' / ')}.`,
  );
  lines.push('');
  lines.push(
    `Settings: ${Object.entries(report.settings)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ')}.`,
  );
  for (const suite of report.suites) {
    lines.push('', `### ${suite.suite}: ${suite.description}`, '');
    if (suite.figures.length > 0) lines.push(figureTable(suite.figures), '');
    for (const details of suite.details ?? []) lines.push(detailTable(details), '');
    if (suite.targets.length > 0) {
      lines.push('Targets:', '');
      for (const target of suite.targets)
        lines.push(`- ${target.met ? '✅ met' : '❌ not met'} — ${target.description}: ${target.detail}`);
      lines.push('');
    }
    for (const note of suite.notes) lines.push(`- ${note}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
