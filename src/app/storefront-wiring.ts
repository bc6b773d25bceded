import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { CheckoutCapabilityPort, CheckoutJwks } from '../ports/checkout-capability-port';
import type { PricingPort } from '../ports/pricing-port';
import type { RequirementsPort } from '../ports/requirements-port';
import { unconfiguredRequirements } from '../ports/requirements';
import { capabilityPortFromConfig } from './capability-from-config';
import { CHECKOUT_CAPABILITY_HEADER, checkoutPrincipal, readCheckoutCapability } from '../storefront/checkout-auth';
import type { StorefrontPorts } from '../storefront/ports';

/** What storefront sessions run with, and the public key finance verifies `payment:*` with (ES256 only). */
export async function storefrontPorts(
  config: Config,
  clock: Clock,
  overrides: {
    checkoutCapabilities?: CheckoutCapabilityPort;
    pricing?: PricingPort | null;
    requirements?: RequirementsPort;
  },
): Promise<{ ports: StorefrontPorts; jwks: CheckoutJwks | null }> {
  const ports: StorefrontPorts = {
    capabilities: overrides.checkoutCapabilities ?? (await capabilityPortFromConfig(config, clock)),
    pricing: overrides.pricing ?? null,
    requirements: overrides.requirements ?? unconfiguredRequirements,
  };
  return { ports, jwks: await ports.capabilities.jwks() };
}

/** The request's checkout capability, read independently of its bearer token. */
export async function withCheckout(
  ports: StorefrontPorts,
  headers: Readonly<Record<string, string | undefined>>,
  identity: { principal: Principal | null; authFailure: string | null },
) {
  const { checkout, failure: checkoutFailure } = await readCheckoutCapability(
    ports.capabilities,
    headers[CHECKOUT_CAPABILITY_HEADER],
  );
  // A capability alone acts as its own scopeless principal; with a bearer token, the token's principal acts.
  const principal =
    !identity.principal && !identity.authFailure && checkout ? checkoutPrincipal(checkout) : identity.principal;
  return { principal, checkout, checkoutFailure };
}
