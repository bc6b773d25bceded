import type { CheckoutCapabilityPort } from '../ports/checkout-capability-port';
import type { PricingPort } from '../ports/pricing-port';
import type { RequirementsPort } from '../ports/requirements-port';

/** What storefront sessions reach outside the database; injected at startup (tests use fakes). */
export interface StorefrontPorts {
  capabilities: CheckoutCapabilityPort;
  /** null: no catalog is configured, so sessions cannot be priced (PricingUnavailableError). */
  pricing: PricingPort | null;
  /** The catalog's questionnaires: confirm needs every required answer, and fails closed without them. */
  requirements: RequirementsPort;
}
