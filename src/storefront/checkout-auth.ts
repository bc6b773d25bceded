import type { Principal } from '../auth/principal';
import {
  InvalidCapabilityError,
  type CheckoutCapability,
  type CheckoutCapabilityPort,
} from '../ports/checkout-capability-port';

/** The header a checkout capability travels in, next to (never inside) `Authorization`. */
export const CHECKOUT_CAPABILITY_HEADER = 'checkout-capability';

export interface CheckoutCredential {
  checkout: CheckoutCapability | null;
  /** Set when a capability was sent but did not verify: UNAUTHENTICATED wherever one is needed. */
  failure: string | null;
}

const NO_CAPABILITY: CheckoutCredential = { checkout: null, failure: null };

/** Read independently of the bearer token: a request may carry both. */
export async function readCheckoutCapability(
  port: CheckoutCapabilityPort,
  header: string | undefined,
): Promise<CheckoutCredential> {
  if (header === undefined || header.trim() === '') return NO_CAPABILITY;
  try {
    return { checkout: await port.verify(header.trim()), failure: null };
  } catch (error) {
    if (error instanceof InvalidCapabilityError) return { checkout: null, failure: error.message };
    throw error;
  }
}

/** Who acts when only a capability was sent: scopeless, so no scope rule ever opens for it. */
export const checkoutPrincipal = (capability: CheckoutCapability): Principal => ({
  id: `chk:${capability.jti}`,
  type: 'checkout',
  scopes: new Set(),
});
