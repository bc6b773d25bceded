/**
 * The checkout capability (design §8): a short-lived token, separate from the caller's bearer
 * token, that lets whoever holds it act on one storefront session and nothing else. Issued by
 * bookings when a session starts; finance may verify `payment:*` with the published JWKS.
 */
export const CHECKOUT_ACTIONS = [
  'session:read',
  'session:update',
  'session:reprice',
  'session:finalize',
  'payment:read',
  'payment:start',
] as const;

export type CheckoutAction = (typeof CHECKOUT_ACTIONS)[number];

export const isCheckoutAction = (value: unknown): value is CheckoutAction =>
  typeof value === 'string' && (CHECKOUT_ACTIONS as readonly string[]).includes(value);

/** What a verified capability grants; `epoch` is compared with the session's current epoch on use. */
export interface CheckoutCapability {
  bookingId: string;
  actions: readonly CheckoutAction[];
  jti: string;
  epoch: number;
  expiresAt: Date;
}

export interface CapabilityRequest {
  bookingId: string;
  actions: readonly CheckoutAction[];
  /** The session's `capability_epoch` now: bumping it later revokes this token. */
  epoch: number;
  /** Defaults to CHECKOUT_CAPABILITY_TTL_SECONDS. */
  ttlSeconds?: number;
}

export interface IssuedCapability extends CheckoutCapability {
  token: string;
}

/** A public key set as served at `/.well-known/checkout-jwks.json`. */
export interface CheckoutJwks {
  keys: Record<string, unknown>[];
}

export interface CheckoutCapabilityPort {
  issue(request: CapabilityRequest): Promise<IssuedCapability>;
  /** Throws `InvalidCapabilityError` for a bad signature, type, audience, shape or an expired token. */
  verify(token: string): Promise<CheckoutCapability>;
  /** The verification keys others may use; null for a symmetric (HS256) implementation. */
  jwks(): Promise<CheckoutJwks | null>;
}

export class InvalidCapabilityError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidCapabilityError';
  }
}
