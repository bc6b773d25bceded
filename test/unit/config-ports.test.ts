import { ConfigError, loadConfig } from '../../src/config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('port configuration (catalog and pricing)', () => {
  it('leaves pricing unconfigured and times port calls out after 2000 ms by default', () => {
    expect(loadConfig({})).toMatchObject({ pricingUrl: undefined, catalogUrl: undefined, portTimeoutMs: 2000 });
  });

  it('prices from CATALOG_URL when PRICING_URL is not set', () => {
    expect(loadConfig({ CATALOG_URL: 'http://catalog:4004/' })).toMatchObject({
      pricingUrl: 'http://catalog:4004/',
      catalogUrl: 'http://catalog:4004/',
    });
  });

  it('prices from PRICING_URL when both are set', () => {
    const config = loadConfig({ CATALOG_URL: 'http://catalog:4004/', PRICING_URL: 'http://pricing:4010/graphql' });
    expect(config).toMatchObject({ pricingUrl: 'http://pricing:4010/graphql', catalogUrl: 'http://catalog:4004/' });
  });

  it('reads PORT_TIMEOUT_MS', () => {
    expect(loadConfig({ PORT_TIMEOUT_MS: '350' }).portTimeoutMs).toBe(350);
  });

  it.each(['0', '60001', '2s', '-5'])('refuses PORT_TIMEOUT_MS=%s, naming the variable', (value) => {
    expect(problemsOf({ PORT_TIMEOUT_MS: value })).toEqual([expect.stringMatching(/^PORT_TIMEOUT_MS:/)]);
  });

  it.each(['PRICING_URL', 'CATALOG_URL'])('refuses a %s that is not an http(s) URL', (variable) => {
    expect(problemsOf({ [variable]: 'catalog:4004' })).toEqual([expect.stringMatching(new RegExp(`^${variable}:`))]);
    expect(problemsOf({ [variable]: 'ftp://catalog/' })).toEqual([expect.stringMatching(new RegExp(`^${variable}:`))]);
  });
});

describe('REQUIREMENTS_ENFORCE_ON_CONFIRM', () => {
  it('enforces on storefront confirm only by default', () => {
    expect(loadConfig({}).requirementsEnforceOnConfirm).toBe('storefront');
  });

  it.each(['off', 'storefront', 'all'])('reads %s', (value) => {
    expect(loadConfig({ REQUIREMENTS_ENFORCE_ON_CONFIRM: value }).requirementsEnforceOnConfirm).toBe(value);
  });

  it.each(['none', 'ALL', 'true'])('refuses %s, naming the variable', (value) => {
    expect(problemsOf({ REQUIREMENTS_ENFORCE_ON_CONFIRM: value })).toEqual([
      'REQUIREMENTS_ENFORCE_ON_CONFIRM: must be off, storefront or all',
    ]);
  });
});
