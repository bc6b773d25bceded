import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedEnvelope } from '../domain/sealed-envelope';
import type { EncryptionContext } from './kms/kms-provider';

export type { SealedEnvelope };

/** The envelope is malformed, tampered with, or sealed for another context, bucket or key. Message holds no PII. */
export class EnvelopeDecryptError extends Error {
  readonly code = 'PII_ENVELOPE_INVALID';
  override readonly name = 'EnvelopeDecryptError';

  constructor(message = 'The PII envelope could not be opened', options?: { cause?: unknown }) {
    super(message, options);
  }
}

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ENVELOPE_FIELDS = ['alg', 'ct', 'iv', 'kid', 'tag', 'v'];
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The one serialisation of an encryption context used as additional authenticated data:
 * JSON with keys sorted by code unit, so that equal contexts always give equal bytes.
 * @throws TypeError when the context is not a flat record of strings.
 */
export function canonicalContext(context: EncryptionContext): string {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw new TypeError('Encryption context must be an object of strings');
  }
  const keys = Object.keys(context).sort();
  // Built by hand because JSON.stringify of an object puts integer-like keys first, not sorted.
  const members = keys.map((key) => {
    const value: unknown = context[key];
    if (typeof value !== 'string') {
      throw new TypeError(`Encryption context value for "${key}" must be a string`);
    }
    return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  });
  return `{${members.join(',')}}`;
}

/**
 * Decodes base64, refusing anything `Buffer.from` would silently skip or truncate.
 * Returns undefined when the text is not canonical padded base64.
 */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !STRICT_BASE64.test(text)) return undefined;
  return Buffer.from(text, 'base64');
}

function bucketAad(context: EncryptionContext, bucket: string): Buffer {
  if (typeof bucket !== 'string' || bucket.length === 0) {
    throw new TypeError('Bucket name must be a non-empty string');
  }
  // No separator needed: the canonical context is a JSON object, so it ends unambiguously at its closing brace.
  return Buffer.from(canonicalContext(context) + bucket, 'utf8');
}

function assertDataKey(dataKey: Buffer): void {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== KEY_BYTES) {
    throw new RangeError(`Data key must be ${KEY_BYTES} bytes`);
  }
}

/**
 * Encrypts one JSON-serialisable value with a fresh random IV, bound to the context and bucket.
 * @throws TypeError when the value is not JSON-serialisable or the bucket name is empty.
 * @throws RangeError when the data key is not 32 bytes.
 */
export function sealBucket(
  dataKey: Buffer,
  keyId: string,
  context: EncryptionContext,
  bucket: string,
  plaintext: unknown,
): SealedEnvelope {
  assertDataKey(dataKey);
  const aad = bucketAad(context, bucket);
  const json: unknown = JSON.stringify(plaintext);
  if (typeof json !== 'string') {
    throw new TypeError('Bucket value must be JSON-serialisable');
  }
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return {
    v: 1,
    kid: keyId,
    alg: 'AES-256-GCM',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
}

interface DecodedEnvelope {
  iv: Buffer;
  tag: Buffer;
  ct: Buffer;
}

function decodeEnvelope(envelope: unknown): DecodedEnvelope | undefined {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return undefined;
  const fields = Object.keys(envelope).sort();
  if (fields.length !== ENVELOPE_FIELDS.length || fields.some((field, i) => field !== ENVELOPE_FIELDS[i])) {
    return undefined;
  }
  const record = envelope as Record<string, unknown>;
  if (record.v !== 1 || record.alg !== 'AES-256-GCM') return undefined;
  if (typeof record.kid !== 'string' || record.kid.length === 0) return undefined;
  if (typeof record.iv !== 'string' || typeof record.tag !== 'string' || typeof record.ct !== 'string') {
    return undefined;
  }
  const iv = decodeBase64Strict(record.iv);
  const tag = decodeBase64Strict(record.tag);
  const ct = decodeBase64Strict(record.ct);
  if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || ct === undefined || ct.length === 0) {
    return undefined;
  }
  return { iv, tag, ct };
}

/**
 * Decrypts an envelope sealed by {@link sealBucket} for exactly this context and bucket.
 * The result is only as typed as `T` claims: validate it when the shape matters.
 * @throws EnvelopeDecryptError on a malformed or tampered envelope, or a wrong context, bucket or key.
 * @throws RangeError when the data key is not 32 bytes.
 */
export function openBucket<T = unknown>(
  dataKey: Buffer,
  context: EncryptionContext,
  bucket: string,
  envelope: unknown,
): T {
  assertDataKey(dataKey);
  const aad = bucketAad(context, bucket);
  const decoded = decodeEnvelope(envelope);
  if (decoded === undefined) {
    throw new EnvelopeDecryptError('The PII envelope is malformed');
  }
  let json: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, decoded.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(decoded.tag);
    json = Buffer.concat([decipher.update(decoded.ct), decipher.final()]).toString('utf8');
  } catch (cause) {
    throw new EnvelopeDecryptError('The PII envelope failed authentication', { cause });
  }
  try {
    return JSON.parse(json) as T;
  } catch {
    // Deliberately no cause: a JSON parse error message quotes the decrypted text, which is PII.
    throw new EnvelopeDecryptError('The PII envelope does not hold JSON');
  }
}
