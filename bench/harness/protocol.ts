/**
 * Messages between the bench runner and the server it forks (over the child-process IPC channel).
 * The server runs in its own process so the load generator never shares its event loop and the
 * RSS figures are the server's alone.
 */

/** What the server measured between `phase-start` and `phase-end`. */
export interface PhaseStats {
  /** Highest `process.memoryUsage.rss()` sampled during the phase (bytes). */
  peakRssBytes: number;
  /** Server CPU time spent during the phase (user + system, microseconds). */
  cpuMicros: number;
  /** Share of the phase the event loop was busy (0–1). */
  eventLoopUtilization: number;
  /** `process.resourceUsage().maxRSS` for the whole life of the process (bytes). */
  lifetimeMaxRssBytes: number;
  /**
   * Capacity row-lock waits recorded by reservations during the phase (`src/inventory/lock-waits`:
   * from sending the locking statement until its rows arrive); null when none were recorded.
   */
  capacityLockWait: { count: number; p50Ms: number; p99Ms: number } | null;
}

/** `label` names the CPU profile written for the phase when profiling is on. */
export type ParentMessage = { type: 'phase-start'; label: string } | { type: 'phase-end' } | { type: 'stop' };

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'phase-started' }
  | { type: 'phase'; stats: PhaseStats }
  | { type: 'stopped' }
  | { type: 'fatal'; message: string };

export function isChildMessage(value: unknown): value is ChildMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const { type } = value;
  return type === 'ready' || type === 'phase-started' || type === 'phase' || type === 'stopped' || type === 'fatal';
}

export function isParentMessage(value: unknown): value is ParentMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const { type } = value;
  if (type === 'phase-start') return 'label' in value && typeof value.label === 'string';
  return type === 'phase-end' || type === 'stop';
}

/** Environment variables the runner hands to the server process (besides the app's own config). */
export const SERVER_ENV = {
  /** `on` / `off` force inline tracing; unset keeps createApp's default. */
  inlineTracing: 'BENCH_SERVER_INLINE_TRACING',
  /** When set, each phase is CPU-profiled (V8 inspector) into `<dir>/<label>.cpuprofile`. */
  profileDir: 'BENCH_SERVER_PROFILE_DIR',
} as const;
