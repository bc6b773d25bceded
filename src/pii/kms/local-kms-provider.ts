import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalContext, decodeBase64Strict } from '../envelope';
import { KmsDecryptError, type EncryptionContext, type GeneratedDataKey, type KmsProvider } from './kms-provider';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A leading format byte lets a later wrapping scheme coexist with keys already stored.
const WRAP_FORMAT = 1;
const WRAPPED_BYTES = 1 + IV_BYTES + TAG_BYTES + KEY_BYTES;

export const LOCAL_MASTER_KEY_FILE = 'pii-master.key';

/**
 * A KMS stand-in for development and tests: data keys are wrapped with a 32-byte master key
 * (AES-256-GCM, canonical encryption context as additional data). Not a substitute for a real
 * KMS in production: whoever reads the master key reads every traveler's PII.
 */
export class LocalKmsProvider implements KmsProvider {
  readonly name = 'local';
  readonly keyId: string;
  readonly #masterKey: Buffer;

  /** @throws RangeError when the master key is not 32 bytes. */
  constructor(masterKey: Buffer) {
    if (!Buffer.isBuffer(masterKey) || masterKey.length !== KEY_BYTES) {
      throw new RangeError(`Local KMS master key must be ${KEY_BYTES} bytes`);
    }
    // Copied so that a caller zero-filling its buffer cannot silently break this provider.
    this.#masterKey = Buffer.from(masterKey);
    this.keyId = `local:${createHash('sha256').update(this.#masterKey).digest('hex').slice(0, 8)}`;
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    const aad = Buffer.from(canonicalContext(context), 'utf8');
    const plaintext = randomBytes(KEY_BYTES);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#masterKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const wrapped = Buffer.concat([Buffer.from([WRAP_FORMAT]), iv, cipher.getAuthTag(), ct]);
    return { plaintext, wrapped: wrapped.toString('base64'), keyId: this.keyId };
  }

  async decryptDataKey(wrapped: string, context: EncryptionContext): Promise<Buffer> {
    const aad = Buffer.from(canonicalContext(context), 'utf8');
    const blob = typeof wrapped === 'string' ? decodeBase64Strict(wrapped) : undefined;
    if (blob === undefined || blob.length !== WRAPPED_BYTES || blob[0] !== WRAP_FORMAT) {
      throw new KmsDecryptError('The wrapped data key is malformed');
    }
    const iv = blob.subarray(1, 1 + IV_BYTES);
    const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const ct = blob.subarray(1 + IV_BYTES + TAG_BYTES);
    try {
      const decipher = createDecipheriv(ALGORITHM, this.#masterKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ct), decipher.final()]);
    } catch (cause) {
      throw new KmsDecryptError('The data key does not match this master key and encryption context', {
        cause,
      });
    }
  }
}

/** Where the local master key comes from; mirrors `PII_LOCAL_MASTER_KEY`, `BOOKINGS_DATA_DIR` and `NODE_ENV`. */
export interface LocalMasterKeySource {
  /** `PII_LOCAL_MASTER_KEY`: base64 of exactly 32 bytes. Takes precedence over the key file. */
  base64Key?: string;
  /** Directory holding `pii-master.key` outside production. */
  dataDir: string;
  /** In production the key must come from `base64Key`; no file is read or written. */
  production: boolean;
}

function parseMasterKey(text: string): Buffer | undefined {
  const key = decodeBase64Strict(text.trim());
  return key?.length === KEY_BYTES ? key : undefined;
}

function readKeyFile(path: string): Buffer {
  const key = parseMasterKey(readFileSync(path, 'utf8'));
  if (key === undefined) {
    throw new Error(`Local PII master key file ${path} is not base64 of ${KEY_BYTES} bytes`);
  }
  return key;
}

/**
 * Returns the 32-byte local master key: from `base64Key` when given; otherwise, outside
 * production, from `<dataDir>/pii-master.key`, creating it (mode 0600) on first use.
 * Error messages name the variable or file, never the key.
 * @throws Error when `base64Key` is not base64 of 32 bytes, when it is missing in production,
 * or when the key file is unreadable or malformed.
 */
export function loadOrCreateLocalMasterKey(source: LocalMasterKeySource): Buffer {
  if (source.base64Key !== undefined) {
    const key = parseMasterKey(source.base64Key);
    if (key === undefined) {
      throw new Error(`PII_LOCAL_MASTER_KEY must be base64 of exactly ${KEY_BYTES} bytes`);
    }
    return key;
  }
  if (source.production) {
    throw new Error('PII_LOCAL_MASTER_KEY is required in production when the local KMS provider is used');
  }
  const path = join(source.dataDir, LOCAL_MASTER_KEY_FILE);
  try {
    return readKeyFile(path);
  } catch (error) {
    if (!isNodeError(error, 'ENOENT')) throw error;
  }
  // The folder keeps the default mode: it also holds the embedded cluster, which a root-started
  // server runs as `postgres`; the key file itself is 0600.
  mkdirSync(source.dataDir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // Written aside then hard-linked into place: link fails if the file exists, so two processes
  // starting together agree on one key and neither ever reads a half-written file.
  const pending = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(pending, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(pending, path);
    return key;
  } catch (error) {
    if (!isNodeError(error, 'EEXIST')) throw error;
    key.fill(0);
    return readKeyFile(path);
  } finally {
    unlinkSync(pending);
  }
}

// Structural rather than instanceof Error: errors from Node built-ins come from another realm under jest.
function isNodeError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
