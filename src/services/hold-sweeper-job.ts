import type { Logger } from 'pino';
import { expirePassedHolds, type SweepDependencies } from './hold-sweeper';

export interface Timers {
  setInterval(callback: () => void, milliseconds: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (callback, milliseconds) => setInterval(callback, milliseconds),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface HoldSweeperJob {
  /** Runs one sweep now (unless one is running) and resolves when it is done. */
  runOnce(): Promise<void>;
  /** Stops scheduling and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/**
 * The in-process hold sweeper: every `intervalSeconds`, expires passed holds and retries
 * undelivered outbox events. Runs never overlap in one process; replicas share work through
 * SKIP LOCKED. Returns null when the interval is 0 (disabled).
 */
export function startHoldSweeper(
  deps: SweepDependencies & {
    intervalSeconds: number;
    logger: Logger;
    timers?: Timers;
    onRun?: (outcome: 'ok' | 'error') => void;
  },
): HoldSweeperJob | null {
  if (deps.intervalSeconds <= 0) return null;
  const timers = deps.timers ?? realTimers;
  const { logger } = deps;
  let running: Promise<void> | null = null;
  const sweep = async (): Promise<void> => {
    try {
      const expired = await expirePassedHolds(
        {
          ...deps,
          onBookingError: (error, bookingId) =>
            logger.error({ err: error, bookingId }, 'hold sweeper could not expire a booking'),
        },
        deps.clock.now(),
      );
      if (expired.length > 0) logger.info({ expired: expired.length }, 'hold sweeper expired passed holds');
      await deps.outbox?.deliverPending();
      deps.onRun?.('ok');
    } catch (error) {
      deps.onRun?.('error');
      logger.error({ err: error }, 'hold sweep failed; it runs again at the next interval');
    }
  };
  const runOnce = (): Promise<void> => {
    if (!running) {
      running = sweep().finally(() => {
        running = null;
      });
    }
    return running;
  };
  const handle = timers.setInterval(() => void runOnce(), deps.intervalSeconds * 1000);
  return {
    runOnce,
    stop: async () => {
      timers.clearInterval(handle);
      if (running) await running;
    },
  };
}
