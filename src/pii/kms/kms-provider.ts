/**
 * Encryption context bound to every data key. KMS logs it in clear, so it carries
 * ids only, never PII: `{ purpose: 'booking-traveler-pii', bookingId, travelerId }`.
 */
export type EncryptionContext = Readonly<Record<string, string>>;

/** A fresh data key: `plaintext` is for immediate use only, `wrapped` is what gets stored. */
export interface GeneratedDataKey {
  /** 32 raw bytes; zero-fill once no longer needed. */
  plaintext: Buffer;
  /** The data key encrypted under the KMS key, base64. */
  wrapped: string;
  /** The KMS key that wrapped it (an ARN for AWS, `local:<hash>` for the local provider). */
  keyId: string;
}

/**
 * Wraps and unwraps per-record data keys. Implementations never see PII: only data keys
 * and an id-only encryption context.
 */
export interface KmsProvider {
  readonly name: 'aws' | 'local';
  /**
   * @throws KmsUnavailableError when the KMS cannot be reached or refuses to serve.
   */
  generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey>;
  /**
   * Unwraps a data key; the context must equal the one given at generation.
   * @throws KmsDecryptError when the wrapped key, the context or the key does not match.
   * @throws KmsUnavailableError when the KMS cannot be reached.
   */
  decryptDataKey(wrapped: string, context: EncryptionContext): Promise<Buffer>;
}

/** The KMS could not be reached or failed; retrying later may succeed. Message holds no key material or PII. */
export class KmsUnavailableError extends Error {
  readonly code = 'KMS_UNAVAILABLE';
  override readonly name = 'KmsUnavailableError';

  constructor(message = 'The key management service is unavailable', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A wrapped data key could not be unwrapped for this context; retrying will not help. */
export class KmsDecryptError extends Error {
  readonly code = 'KMS_DECRYPT_FAILED';
  override readonly name = 'KmsDecryptError';

  constructor(message = 'The data key could not be decrypted', options?: { cause?: unknown }) {
    super(message, options);
  }
}
