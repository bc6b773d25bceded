import type { Config } from '../../config';
import { PricingUnavailable, type PricingPort } from '../pricing-port';
import type { SystemTokenSource } from '../system-token';
import { federatedPricing } from './federated-pricing';

export { federatedPricing, type FederatedPricingOptions } from './federated-pricing';
export { InProcessPricing, type HeldCall, type PricingFault, type SeededRateCard } from './in-process-pricing';

/** Answers every call with `PricingUnavailable('not_configured')`: storefront pricing fails closed. */
export const unconfiguredPricing: PricingPort = {
  rateCards: (requests) =>
    requests.length === 0 ? Promise.resolve([]) : Promise.reject(new PricingUnavailable('not_configured')),
};

/** The federated port at PRICING_URL (else CATALOG_URL), or one that is always unavailable without either. */
export function pricingPortFromConfig(
  config: Pick<Config, 'pricingUrl' | 'portTimeoutMs'>,
  systemToken?: SystemTokenSource,
): PricingPort {
  if (!config.pricingUrl) return unconfiguredPricing;
  return federatedPricing({ url: config.pricingUrl, timeoutMs: config.portTimeoutMs, systemToken });
}
