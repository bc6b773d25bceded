import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { canonicalContext, decodeBase64Strict } from '../envelope';
import { loadOrCreateSecretKey, type SecretKeySource, type SecretKeySpec } from '../key-file';
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
export type LocalMasterKeySource = SecretKeySource;

const LOCAL_MASTER_KEY: SecretKeySpec = {
  variable: 'PII_LOCAL_MASTER_KEY',
  file: LOCAL_MASTER_KEY_FILE,
  requiredWhen: 'the local KMS provider is used',
  label: 'Local PII master key',
};

/**
 * Returns the 32-byte local master key: from `base64Key` when given; otherwise, outside
 * production, from `<dataDir>/pii-master.key`, creating it (mode 0600) on first use.
 * @throws Error when `base64Key` is not base64 of 32 bytes, when it is missing in production,
 * or when the key file is unreadable or malformed.
 */
export function loadOrCreateLocalMasterKey(source: LocalMasterKeySource): Buffer {
  return loadOrCreateSecretKey(LOCAL_MASTER_KEY, source);
}
