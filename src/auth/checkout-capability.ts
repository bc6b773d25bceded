import { createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importPKCS8,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import type { Clock } from '../clock';
import { isTypeId } from '../ids';
import {
  InvalidCapabilityError,
  isCheckoutAction,
  type CapabilityRequest,
  type CheckoutCapability,
  type CheckoutCapabilityPort,
  type CheckoutJwks,
  type IssuedCapability,
} from '../ports/checkout-capability-port';

/** Distinct from user tokens in `typ` and `aud`, so neither kind of token verifies as the other. */
export const CHECKOUT_TOKEN_TYPE = 'bookings-checkout+jwt';
export const CHECKOUT_AUDIENCE = 'bookings-checkout';

export type CapabilityKey = { algorithm: 'HS256'; secret: string } | { algorithm: 'ES256'; privateKeyPem?: string };

export interface CheckoutCapabilityOptions {
  key: CapabilityKey;
  ttlSeconds: number;
  clock: Clock;
}

interface SigningKeys {
  algorithm: 'HS256' | 'ES256';
  sign: Uint8Array | KeyObject;
  verify: Uint8Array | KeyObject;
  kid?: string;
  jwks: CheckoutJwks | null;
}

async function signingKeys(key: CapabilityKey): Promise<SigningKeys> {
  if (key.algorithm === 'HS256') {
    const secret = new TextEncoder().encode(key.secret);
    return { algorithm: 'HS256', sign: secret, verify: secret, jwks: null };
  }
  const privateKey = key.privateKeyPem
    ? await importPKCS8(key.privateKeyPem, 'ES256', { extractable: true })
    : (await generateKeyPair('ES256', { extractable: true })).privateKey;
  if (!(privateKey instanceof KeyObject)) throw new Error('CHECKOUT_CAPABILITY_PRIVATE_KEY: not a key object');
  const publicKey = createPublicKey(privateKey);
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return {
    algorithm: 'ES256',
    sign: privateKey,
    verify: publicKey,
    kid,
    jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
  };
}

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** The claims a capability must carry; anything else signed with the key is refused. */
function capabilityFrom(payload: JWTPayload): CheckoutCapability {
  const { sub, jti, exp, act, epoch } = payload;
  if (typeof sub !== 'string' || !isTypeId(sub, 'book'))
    throw new InvalidCapabilityError('The capability names no booking');
  if (typeof jti !== 'string' || jti === '') throw new InvalidCapabilityError('The capability has no id');
  if (typeof exp !== 'number') throw new InvalidCapabilityError('The capability has no expiry');
  if (!Array.isArray(act) || act.length === 0 || !act.every(isCheckoutAction))
    throw new InvalidCapabilityError('The capability grants no known action');
  if (typeof epoch !== 'number' || !Number.isInteger(epoch) || epoch < 0)
    throw new InvalidCapabilityError('The capability has no epoch');
  return { bookingId: sub, actions: act, jti, epoch, expiresAt: new Date(exp * 1000) };
}

/**
 * The default `CheckoutCapabilityPort`: jose HS256 with a secret of its own, or ES256 with the
 * public key published so that finance can verify `payment:*` without being able to mint tokens.
 */
export async function createCheckoutCapabilities(options: CheckoutCapabilityOptions): Promise<CheckoutCapabilityPort> {
  const keys = await signingKeys(options.key);
  return {
    async issue(request: CapabilityRequest): Promise<IssuedCapability> {
      const issuedAt = options.clock.now();
      const ttl = Math.min(request.ttlSeconds ?? options.ttlSeconds, options.ttlSeconds);
      const expiresAt = new Date((seconds(issuedAt) + ttl) * 1000);
      const jti = randomUUID();
      const actions = [...new Set(request.actions)];
      const token = await new SignJWT({ act: actions, epoch: request.epoch })
        .setProtectedHeader({ alg: keys.algorithm, typ: CHECKOUT_TOKEN_TYPE, ...(keys.kid ? { kid: keys.kid } : {}) })
        .setSubject(request.bookingId)
        .setAudience(CHECKOUT_AUDIENCE)
        .setJti(jti)
        .setIssuedAt(seconds(issuedAt))
        .setExpirationTime(seconds(expiresAt))
        .sign(keys.sign);
      return { token, bookingId: request.bookingId, actions, jti, epoch: request.epoch, expiresAt };
    },
    async verify(token: string): Promise<CheckoutCapability> {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys.verify, {
          algorithms: [keys.algorithm],
          audience: CHECKOUT_AUDIENCE,
          typ: CHECKOUT_TOKEN_TYPE,
          currentDate: options.clock.now(),
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
        }));
      } catch {
        throw new InvalidCapabilityError('The checkout capability is invalid or expired');
      }
      return capabilityFrom(payload);
    },
    jwks: async () => keys.jwks,
  };
}
