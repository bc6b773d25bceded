/** A checkout capability as the client keeps it: enough to send it and to know when it stopped working. */
export interface HeldCapability {
  token: string;
  sessionId: string;
  actions: readonly string[];
  expiresAt: string;
}

/**
 * Where a client keeps the checkout capability of each storefront session it started. The client reads it
 * for every request that names a session, and sends it as the `Checkout-Capability` header.
 */
export interface CheckoutCapabilityStore {
  /** The session's capability, or null when none is held or it has expired. */
  get(sessionId: string): HeldCapability | null;
  set(capability: HeldCapability): void;
  forget(sessionId: string): void;
}

/** The part of the Web Storage API the store uses (sessionStorage in a browser). */
export type CapabilityStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_PREFIX = 'bookings.checkout-capability.';

function isHeldCapability(value: unknown): value is HeldCapability {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return (
    typeof fields.token === 'string' &&
    typeof fields.sessionId === 'string' &&
    typeof fields.expiresAt === 'string' &&
    Array.isArray(fields.actions)
  );
}

/**
 * A store in memory, or in `storage` when given (a capability in sessionStorage survives a reload of the
 * tab, and dies with it). An expired capability is dropped rather than sent: the server would refuse it.
 */
export function createCheckoutCapabilityStore(
  options: { storage?: CapabilityStorage; now?: () => Date } = {},
): CheckoutCapabilityStore {
  const memory = new Map<string, string>();
  const storage: CapabilityStorage = options.storage ?? {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
  const now = options.now ?? (() => new Date());
  return {
    get(sessionId) {
      const text = storage.getItem(STORAGE_PREFIX + sessionId);
      if (text === null) return null;
      let held: unknown;
      try {
        held = JSON.parse(text);
      } catch {
        held = null;
      }
      if (!isHeldCapability(held) || Date.parse(held.expiresAt) <= now().getTime()) {
        storage.removeItem(STORAGE_PREFIX + sessionId);
        return null;
      }
      return held;
    },
    set(capability) {
      const { token, sessionId, actions, expiresAt } = capability;
      storage.setItem(STORAGE_PREFIX + sessionId, JSON.stringify({ token, sessionId, actions, expiresAt }));
    },
    forget(sessionId) {
      storage.removeItem(STORAGE_PREFIX + sessionId);
    },
  };
}
