import { DecryptCommand, GenerateDataKeyCommand, KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import { decodeBase64Strict } from '../envelope';
import {
  KmsDecryptError,
  KmsUnavailableError,
  type EncryptionContext,
  type GeneratedDataKey,
  type KmsProvider,
} from './kms-provider';

const DATA_KEY_BYTES = 32;
const DEFAULT_TIMEOUT_MS = 5_000;

// Errors that mean "this ciphertext will never decrypt with this key and context"; retrying cannot help.
const DECRYPT_REFUSALS = new Set([
  'InvalidCiphertextException',
  'IncorrectKeyException',
  'AccessDeniedException',
  'AccessDenied',
]);

/** Settings for {@link AwsKmsProvider}; mirrors `AWS_KMS_KEY_ID`, `AWS_REGION` and `AWS_KMS_ENDPOINT`. */
export interface AwsKmsProviderOptions {
  /** Key id, ARN or alias of the symmetric KMS key that wraps data keys. */
  keyId: string;
  region: string;
  /** Overrides the regional endpoint (VPC endpoints, local test servers). */
  endpoint?: string;
  /** Omitted → the SDK's default credential chain. */
  credentials?: KMSClientConfig['credentials'];
  /** SDK attempts per call, first try included. */
  maxAttempts?: number;
  /**
   * Per-request connection and response timeout, so a hung KMS fails fast instead of holding requests. Default 5000.
   */
  timeoutMs?: number;
}

// Structural rather than instanceof Error: socket errors from Node built-ins may come from another realm.
function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return 'UnknownError';
}

/** Copies SDK-owned plaintext into a Buffer the caller owns and wipes the SDK's copy. */
function takePlaintext(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(bytes);
  bytes.fill(0);
  return copy;
}

/** Wraps data keys with AWS KMS (`GenerateDataKey` / `Decrypt`), binding the encryption context. */
export class AwsKmsProvider implements KmsProvider {
  readonly name = 'aws';
  readonly #keyId: string;
  readonly #client: KMSClient;

  constructor(options: AwsKmsProviderOptions) {
    this.#keyId = options.keyId;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#client = new KMSClient({
      region: options.region,
      endpoint: options.endpoint,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts,
      requestHandler: { connectionTimeout: timeoutMs, requestTimeout: timeoutMs },
    });
  }

  async generateDataKey(context: EncryptionContext): Promise<GeneratedDataKey> {
    let response;
    try {
      response = await this.#client.send(
        new GenerateDataKeyCommand({
          KeyId: this.#keyId,
          KeySpec: 'AES_256',
          EncryptionContext: { ...context },
        }),
      );
    } catch (cause) {
      throw new KmsUnavailableError(`KMS GenerateDataKey failed (${errorName(cause)})`, { cause });
    }
    const { Plaintext, CiphertextBlob, KeyId } = response;
    if (Plaintext === undefined || CiphertextBlob === undefined || Plaintext.length !== DATA_KEY_BYTES) {
      Plaintext?.fill(0);
      throw new KmsUnavailableError('KMS GenerateDataKey returned an incomplete response');
    }
    return {
      plaintext: takePlaintext(Plaintext),
      wrapped: Buffer.from(CiphertextBlob).toString('base64'),
      keyId: KeyId ?? this.#keyId,
    };
  }

  async decryptDataKey(wrapped: string, context: EncryptionContext): Promise<Buffer> {
    const blob = typeof wrapped === 'string' ? decodeBase64Strict(wrapped) : undefined;
    if (blob === undefined || blob.length === 0) {
      throw new KmsDecryptError('The wrapped data key is malformed');
    }
    let response;
    try {
      response = await this.#client.send(
        new DecryptCommand({
          CiphertextBlob: blob,
          EncryptionContext: { ...context },
          // Pinning the key stops a forged blob from being decrypted under some other key we may use.
          KeyId: this.#keyId,
        }),
      );
    } catch (cause) {
      const name = errorName(cause);
      if (DECRYPT_REFUSALS.has(name)) {
        throw new KmsDecryptError(`KMS refused to decrypt the data key (${name})`, { cause });
      }
      throw new KmsUnavailableError(`KMS Decrypt failed (${name})`, { cause });
    }
    const { Plaintext } = response;
    if (Plaintext === undefined || Plaintext.length !== DATA_KEY_BYTES) {
      Plaintext?.fill(0);
      throw new KmsUnavailableError('KMS Decrypt returned an incomplete response');
    }
    return takePlaintext(Plaintext);
  }

  /** Releases the SDK's pooled connections (shutdown, tests). */
  destroy(): void {
    this.#client.destroy();
  }
}
