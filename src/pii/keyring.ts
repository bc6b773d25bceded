import type { DataKeyCache } from './data-key-cache';
import { canonicalContext } from './envelope';
import type { EncryptionContext, GeneratedDataKey, KmsProvider } from './kms/kms-provider';

export interface UnwrappedKey {
  /** 32 bytes owned by the caller: zero-fill when done. */
  key: Buffer;
  source: 'cache' | 'kms';
}

/**
 * Traveler data keys: generated and unwrapped by the KMS, unwrapped copies kept in the bounded
 * cache. The cache is keyed by context and wrapped key together, so a wrapped key copied onto
 * another traveler's row still has to go through KMS (and fail there).
 */
export class TravelerKeyring {
  constructor(
    readonly kms: KmsProvider,
    private readonly cache: DataKeyCache,
  ) {}

  /** @throws KmsUnavailableError, KmsDecryptError */
  async unwrap(wrapped: string, context: EncryptionContext): Promise<UnwrappedKey> {
    const cacheKey = this.cacheKey(wrapped, context);
    const cached = this.cache.get(cacheKey);
    if (cached) return { key: cached, source: 'cache' };
    const key = await this.kms.decryptDataKey(wrapped, context);
    this.cache.set(cacheKey, Buffer.from(key));
    return { key, source: 'kms' };
  }

  /** @throws KmsUnavailableError */
  generate(context: EncryptionContext): Promise<GeneratedDataKey> {
    return this.kms.generateDataKey(context);
  }

  /**
   * Called once the wrapped key is committed, so a rolled-back key never sits in the cache. Takes ownership of `key`.
   */
  remember(wrapped: string, context: EncryptionContext, key: Buffer): void {
    this.cache.set(this.cacheKey(wrapped, context), key);
  }

  /** Crypto-shredding: the unwrapped copy goes too, not only the stored wrapped key. */
  forget(wrapped: string, context: EncryptionContext): void {
    this.cache.delete(this.cacheKey(wrapped, context));
  }

  close(): void {
    this.cache.clear();
  }

  private cacheKey(wrapped: string, context: EncryptionContext): string {
    return `${canonicalContext(context)}${wrapped}`;
  }
}
