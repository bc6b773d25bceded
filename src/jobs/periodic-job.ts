export interface PeriodicJob {
  /** Stops scheduling and waits for a run in progress, so shutdown never cuts one in half. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs`, never two at once: a tick that finds the previous run still going
 * is skipped rather than queued. Failures go to `onError` and the schedule continues.
 */
export function startPeriodicJob(
  run: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): PeriodicJob {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  // The HTTP server keeps the process alive; this timer alone should not.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      if (running) await running;
    },
  };
}
