import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCheckoutCapabilities, type CapabilityKey } from '../auth/checkout-capability';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { CheckoutCapabilityPort } from '../ports/checkout-capability-port';

/** Outside production an unset secret is generated once beside the embedded database, like the token secret. */
function devCapabilitySecret(dataDir: string): string {
  const file = join(dataDir, 'dev-checkout-capability-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function capabilityKey(config: Pick<Config, 'storefront' | 'dataDir' | 'production'>): CapabilityKey {
  const { capability } = config.storefront;
  if (capability.algorithm === 'ES256') return { algorithm: 'ES256', privateKeyPem: capability.privateKeyPem };
  if (capability.secret) return { algorithm: 'HS256', secret: capability.secret };
  // loadConfig already refuses this in production; kept so no caller can reach a dev secret there.
  if (config.production) throw new Error('CHECKOUT_CAPABILITY_SECRET is required in production');
  return { algorithm: 'HS256', secret: devCapabilitySecret(config.dataDir) };
}

/** The `CheckoutCapabilityPort` CHECKOUT_CAPABILITY_* selects. */
export function capabilityPortFromConfig(
  config: Pick<Config, 'storefront' | 'dataDir' | 'production'>,
  clock: Clock,
): Promise<CheckoutCapabilityPort> {
  return createCheckoutCapabilities({
    key: capabilityKey(config),
    ttlSeconds: config.storefront.capability.ttlSeconds,
    clock,
  });
}
