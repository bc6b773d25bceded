import { requestedHoldDeadlineProblem } from '../../src/statemachine/hold-deadline';

const now = new Date('2026-06-01T10:00:00.000Z');
const inMinutes = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('requestedHoldDeadlineProblem', () => {
  it('accepts a deadline ahead within the longest hold', () => {
    expect([inMinutes(1), inMinutes(24 * 60)].map((at) => requestedHoldDeadlineProblem(at, now))).toEqual([null, null]);
  });

  it('refuses a deadline at or before now', () => {
    expect([now, inMinutes(-5)].map((at) => requestedHoldDeadlineProblem(at, now))).toEqual([
      'must be in the future',
      'must be in the future',
    ]);
  });

  it('refuses a deadline beyond the longest hold', () => {
    expect(requestedHoldDeadlineProblem(inMinutes(24 * 60 + 1), now)).toBe('must be at most 1440 minutes from now');
  });
});
