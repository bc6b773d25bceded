import { startPeriodicJob } from '../../src/jobs/periodic-job';

/** A run the test finishes by hand. */
function controllableRun() {
  const finishers: (() => void)[] = [];
  const run = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { run, finishNext: () => finishers.shift()?.() };
}

const flushPromises = () =>
  new Promise<void>((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('startPeriodicJob', () => {
  it('runs once per interval', async () => {
    const { run, finishNext } = controllableRun();
    const job = startPeriodicJob(run, 1000, jest.fn());
    jest.advanceTimersByTime(1000);
    finishNext();
    await flushPromises();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    finishNext();
    await job.stop();
  });

  it('skips a tick while the previous run is still going', async () => {
    const { run, finishNext } = controllableRun();
    const job = startPeriodicJob(run, 1000, jest.fn());
    jest.advanceTimersByTime(3000);
    expect(run).toHaveBeenCalledTimes(1);
    finishNext();
    await job.stop();
  });

  it('waits on stop for the run in progress', async () => {
    const { run, finishNext } = controllableRun();
    const job = startPeriodicJob(run, 1000, jest.fn());
    jest.advanceTimersByTime(1000);
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await flushPromises();
    expect(stopped).toBe(false);
    finishNext();
    await stopping;
    expect(stopped).toBe(true);
  });

  it('schedules nothing after stop', async () => {
    const { run } = controllableRun();
    const job = startPeriodicJob(run, 1000, jest.fn());
    await job.stop();
    jest.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });

  it('reports a failed run and keeps the schedule', async () => {
    const failure = new Error('database away');
    const run = jest.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    const onError = jest.fn();
    const job = startPeriodicJob(run, 1000, onError);
    jest.advanceTimersByTime(1000);
    await flushPromises();
    jest.advanceTimersByTime(1000);
    await flushPromises();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(run).toHaveBeenCalledTimes(2);
    await job.stop();
  });
});
