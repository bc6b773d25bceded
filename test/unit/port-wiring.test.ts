import { decodeJwt, jwtVerify } from 'jose';
import { pricingPortFromConfig, unconfiguredPricing } from '../../src/ports/pricing';
import { PricingUnavailable } from '../../src/ports/pricing-port';
import { requirementsPortFromConfig, unconfiguredRequirements } from '../../src/ports/requirements';
import { RequirementsUnavailable } from '../../src/ports/requirements-port';
import { signedSystemToken } from '../../src/ports/system-token';

const SECRET = 'a-system-token-secret-of-32-characters-or-more';

describe('the system token bookings sends to other subgraphs', () => {
  it('is a system principal signed with the given secret, issuer and audience', async () => {
    const token = await signedSystemToken({ secret: SECRET, issuer: 'bookings-tests', audience: 'catalog' })();
    const { payload } = await jwtVerify(token ?? '', new TextEncoder().encode(SECRET), {
      issuer: 'bookings-tests',
      audience: 'catalog',
    });
    expect(payload).toMatchObject({ principal_type: 'system', sub: 'svc_bookings' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
  });

  it('is reused until a minute before it expires, then signed again', async () => {
    let now = 1_000_000;
    const source = signedSystemToken({ secret: SECRET, lifetimeSeconds: 120, now: () => now });
    const first = source();
    now += 59_000;
    expect(source()).toBe(first);
    now += 1_000;
    expect(source()).not.toBe(first);
    expect(decodeJwt((await first) ?? '').principal_type).toBe('system');
  });
});

describe('ports built from the configuration', () => {
  it('fail closed without a URL: pricing is unavailable, requirements are unavailable', async () => {
    const pricing = pricingPortFromConfig({ pricingUrl: undefined, portTimeoutMs: 2000 });
    const requirements = requirementsPortFromConfig({ catalogUrl: undefined, portTimeoutMs: 2000 });
    expect(pricing).toBe(unconfiguredPricing);
    expect(requirements).toBe(unconfiguredRequirements);
    await expect(pricing.rateCards([{ productId: 'prod_1' }])).rejects.toEqual(
      new PricingUnavailable('not_configured'),
    );
    await expect(requirements.questionnaires(['popt_1'])).rejects.toEqual(
      new RequirementsUnavailable('not_configured'),
    );
  });

  it('answer an empty request without a URL, as there is nothing to ask', async () => {
    expect(await unconfiguredPricing.rateCards([])).toEqual([]);
    expect(await unconfiguredRequirements.questionnaires([])).toEqual([]);
  });

  it('are federated when a URL is configured', () => {
    expect(pricingPortFromConfig({ pricingUrl: 'http://catalog:4004/', portTimeoutMs: 2000 })).not.toBe(
      unconfiguredPricing,
    );
    expect(requirementsPortFromConfig({ catalogUrl: 'http://catalog:4004/', portTimeoutMs: 2000 })).not.toBe(
      unconfiguredRequirements,
    );
  });
});
