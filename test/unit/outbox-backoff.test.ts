import { backoffDelayMs, MAX_BACKOFF_MS } from '../../src/events/outbox';

describe('outbox retry backoff', () => {
  it('waits the base delay after the first failure and doubles it after each further one', () => {
    expect([1, 2, 3, 4, 5].map((failures) => backoffDelayMs(failures, 1000))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than an hour', () => {
    expect(backoffDelayMs(40, 1000)).toBe(MAX_BACKOFF_MS);
  });

  it('retries at once with a base delay of zero', () => {
    expect(backoffDelayMs(3, 0)).toBe(0);
  });
});
