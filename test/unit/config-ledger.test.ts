import { ConfigError, loadConfig } from '../../src/config';

describe('approval and idempotency settings', () => {
  it('default to a 10 s retry wait and a one-minute sweep', () => {
    const config = loadConfig({});
    expect({
      wait: config.idempotencyWaitMs,
      sweep: config.ledgerSweepIntervalSeconds,
      keys: config.idempotencyTtlHours,
      approvals: config.approvalTtlHours,
    }).toEqual({ wait: 10_000, sweep: 60, keys: 24, approvals: 24 });
  });

  it('accept 0 to switch the sweeper off', () => {
    expect(loadConfig({ LEDGER_SWEEP_INTERVAL_SECONDS: '0' }).ledgerSweepIntervalSeconds).toBe(0);
  });

  it.each(['IDEMPOTENCY_WAIT_MS', 'LEDGER_SWEEP_INTERVAL_SECONDS'])(
    'name %s when it is not a whole number',
    (variable) => {
      expect(() => loadConfig({ [variable]: 'soon' })).toThrow(ConfigError);
      expect(() => loadConfig({ [variable]: 'soon' })).toThrow(variable);
    },
  );
});
