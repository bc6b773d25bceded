import { LockWaitReservoir } from '../../src/inventory/lock-waits';
import { mergeDemands } from '../../src/services/capacity-service';
import { addMinutes, holdDeadline, isHoldLive } from '../../src/services/holds';

const NOW = new Date('2030-05-01T10:00:00.000Z');

describe('mergeDemands', () => {
  it('sums what one change asks of the same target', () => {
    expect(
      mergeDemands([
        { kind: 'slot', targetId: 'a', quantity: 1 },
        { kind: 'slot', targetId: 'a', quantity: 2 },
      ]),
    ).toEqual([{ kind: 'slot', targetId: 'a', quantity: 3 }]);
  });

  it('orders targets by kind, then id, whatever order they were asked in', () => {
    const merged = mergeDemands([
      { kind: 'slot', targetId: 'b', quantity: 1 },
      { kind: 'pickup', targetId: 'z', quantity: 1 },
      { kind: 'slot', targetId: 'a', quantity: 1 },
    ]);
    expect(merged.map((demand) => `${demand.kind}:${demand.targetId}`)).toEqual(['pickup:z', 'slot:a', 'slot:b']);
  });

  it('does not change the demands it was given', () => {
    const demands = [
      { kind: 'slot' as const, targetId: 'a', quantity: 1 },
      { kind: 'slot' as const, targetId: 'a', quantity: 1 },
    ];
    mergeDemands(demands);
    expect(demands[0]?.quantity).toBe(1);
  });
});

describe('holdDeadline', () => {
  it('uses the configured default when nothing is asked', () => {
    expect(holdDeadline({}, NOW, 30)).toEqual(addMinutes(NOW, 30));
  });

  it('counts holdMinutes from now', () => {
    expect(holdDeadline({ holdMinutes: 5 }, NOW, 30)).toEqual(addMinutes(NOW, 5));
  });

  it('takes an explicit deadline as given', () => {
    expect(holdDeadline({ holdExpiresAt: addMinutes(NOW, 90) }, NOW, 30)).toEqual(addMinutes(NOW, 90));
  });

  it.each([
    { name: 'now', at: NOW },
    { name: 'in the past', at: addMinutes(NOW, -1) },
    { name: 'beyond 24 hours', at: addMinutes(NOW, 24 * 60 + 1) },
  ])('refuses an explicit deadline $name', ({ at }) => {
    expect(() => holdDeadline({ holdExpiresAt: at }, NOW, 30)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('isHoldLive', () => {
  it.each([
    { deadline: addMinutes(NOW, 1), live: true },
    { deadline: NOW, live: false },
    { deadline: null, live: false },
  ])('a hold ending $deadline is live: $live', ({ deadline, live }) => {
    expect(isHoldLive(deadline, NOW)).toBe(live);
  });
});

describe('LockWaitReservoir', () => {
  it('answers percentiles of what it recorded', () => {
    const reservoir = new LockWaitReservoir();
    for (let ms = 1; ms <= 100; ms += 1) reservoir.record(ms);
    expect([reservoir.percentile(50), reservoir.percentile(99), reservoir.percentile(100)]).toEqual([50, 99, 100]);
  });

  it('keeps only the most recent samples', () => {
    const reservoir = new LockWaitReservoir(3);
    for (const ms of [100, 100, 100, 1, 2, 3]) reservoir.record(ms);
    expect([reservoir.count, reservoir.percentile(100)]).toEqual([3, 3]);
  });

  it('answers null before any sample', () => {
    expect(new LockWaitReservoir().percentile(99)).toBeNull();
  });
});
