import type { Clock } from '../../src/clock';

/** A clock the test moves by hand: behaviour over time without sleeping. */
export interface TestClock extends Clock {
  set(at: Date | string): void;
  advance(milliseconds: number): void;
  advanceMinutes(minutes: number): void;
}

export function createTestClock(start: Date | string = '2026-11-26T10:00:00.000Z'): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (milliseconds) => {
      current = new Date(current.getTime() + milliseconds);
    },
    advanceMinutes(minutes) {
      this.advance(minutes * 60_000);
    },
  };
}
