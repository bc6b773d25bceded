import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsKmsProvider } from '../../src/pii/kms/aws-kms-provider';
import { KmsDecryptError, KmsUnavailableError, type EncryptionContext } from '../../src/pii/kms/kms-provider';
import { LocalKmsProvider, loadOrCreateLocalMasterKey } from '../../src/pii/kms/local-kms-provider';
import { startLocalKmsEndpoint, type LocalKmsEndpoint } from '../helpers/local-kms-endpoint';

const context: EncryptionContext = {
  purpose: 'booking-traveler-pii',
  bookingId: 'book_01jz000000000000000000000a',
  travelerId: 'bkpt_01jz00000000000000000000a1',
};
const otherTraveler: EncryptionContext = { ...context, travelerId: 'bkpt_01jz00000000000000000000b2' };
const dummyCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };

describe('LocalKmsProvider', () => {
  const masterKey = randomBytes(32);
  const provider = new LocalKmsProvider(masterKey);

  it('names its key after the first 8 hex digits of the master key hash', async () => {
    const expected = `local:${createHash('sha256').update(masterKey).digest('hex').slice(0, 8)}`;
    expect((await provider.generateDataKey(context)).keyId).toBe(expected);
  });

  it('generates a fresh 32-byte data key each time', async () => {
    const first = await provider.generateDataKey(context);
    const second = await provider.generateDataKey(context);
    expect(first.plaintext).toHaveLength(32);
    expect(second.plaintext.equals(first.plaintext)).toBe(false);
    expect(second.wrapped).not.toBe(first.wrapped);
  });

  it('unwraps a data key under the same encryption context', async () => {
    const generated = await provider.generateDataKey(context);
    expect(await provider.decryptDataKey(generated.wrapped, context)).toEqual(generated.plaintext);
  });

  it("refuses to unwrap under another traveler's context", async () => {
    const generated = await provider.generateDataKey(context);
    await expect(provider.decryptDataKey(generated.wrapped, otherTraveler)).rejects.toBeInstanceOf(KmsDecryptError);
  });

  it('refuses to unwrap with another master key', async () => {
    const generated = await provider.generateDataKey(context);
    const other = new LocalKmsProvider(randomBytes(32));
    await expect(other.decryptDataKey(generated.wrapped, context)).rejects.toMatchObject({
      code: 'KMS_DECRYPT_FAILED',
    });
  });

  it('refuses a malformed wrapped key', async () => {
    await expect(provider.decryptDataKey('not base64!', context)).rejects.toBeInstanceOf(KmsDecryptError);
  });

  it('rejects a master key that is not 32 bytes', () => {
    expect(() => new LocalKmsProvider(randomBytes(16))).toThrow(RangeError);
  });
});

describe('AwsKmsProvider against a KMS JSON endpoint', () => {
  let endpoint: LocalKmsEndpoint;
  let provider: AwsKmsProvider;

  function providerFor(keyId: string): AwsKmsProvider {
    return new AwsKmsProvider({
      keyId,
      region: 'us-east-1',
      endpoint: endpoint.url,
      credentials: dummyCredentials,
      maxAttempts: 1,
    });
  }

  beforeAll(async () => {
    endpoint = await startLocalKmsEndpoint();
    provider = providerFor(endpoint.keyId);
  });

  afterAll(async () => {
    provider.destroy();
    await endpoint.stop();
  });

  beforeEach(() => {
    endpoint.setDown(false);
    endpoint.calls.length = 0;
  });

  it('generates a data key and unwraps it again', async () => {
    const generated = await provider.generateDataKey(context);
    expect(generated.plaintext).toHaveLength(32);
    expect(generated.keyId).toBe(endpoint.keyId);
    expect(await provider.decryptDataKey(generated.wrapped, context)).toEqual(generated.plaintext);
  });

  it('makes exactly one KMS call per operation', async () => {
    const generated = await provider.generateDataKey(context);
    await provider.decryptDataKey(generated.wrapped, context);
    expect(endpoint.calls).toEqual([{ target: 'TrentService.GenerateDataKey' }, { target: 'TrentService.Decrypt' }]);
  });

  it("reports a decrypt under another traveler's context as KmsDecryptError", async () => {
    const generated = await provider.generateDataKey(context);
    await expect(provider.decryptDataKey(generated.wrapped, otherTraveler)).rejects.toMatchObject({
      name: 'KmsDecryptError',
      code: 'KMS_DECRYPT_FAILED',
    });
  });

  it('reports a decrypt pinned to another key as KmsDecryptError', async () => {
    const generated = await provider.generateDataKey(context);
    const pinnedElsewhere = providerFor('arn:aws:kms:us-east-1:000000000000:key/other');
    try {
      await expect(pinnedElsewhere.decryptDataKey(generated.wrapped, context)).rejects.toBeInstanceOf(KmsDecryptError);
    } finally {
      pinnedElsewhere.destroy();
    }
  });

  it('refuses a malformed wrapped key without calling KMS', async () => {
    await expect(provider.decryptDataKey('%%%', context)).rejects.toBeInstanceOf(KmsDecryptError);
    expect(endpoint.calls).toHaveLength(0);
  });

  it('reports generation as KmsUnavailableError while KMS is down', async () => {
    endpoint.setDown(true);
    await expect(provider.generateDataKey(context)).rejects.toBeInstanceOf(KmsUnavailableError);
    expect(endpoint.calls).toEqual([{ target: 'TrentService.GenerateDataKey' }]);
  });

  it('reports decryption as KmsUnavailableError while KMS is down', async () => {
    const generated = await provider.generateDataKey(context);
    endpoint.setDown(true);
    await expect(provider.decryptDataKey(generated.wrapped, context)).rejects.toMatchObject({
      code: 'KMS_UNAVAILABLE',
    });
  });

  it('works again once KMS is back', async () => {
    endpoint.setDown(true);
    await expect(provider.generateDataKey(context)).rejects.toBeInstanceOf(KmsUnavailableError);
    endpoint.setDown(false);
    await expect(provider.generateDataKey(context)).resolves.toMatchObject({ keyId: endpoint.keyId });
  });

  it('keeps key material out of error messages', async () => {
    const generated = await provider.generateDataKey(context);
    const error: unknown = await provider.decryptDataKey(generated.wrapped, otherTraveler).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KmsDecryptError);
    const message = error instanceof Error ? error.message : '';
    expect(message).not.toContain(generated.wrapped);
    expect(message).not.toContain(generated.plaintext.toString('base64'));
  });
});

describe('loadOrCreateLocalMasterKey', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'bookings-pii-key-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses the base64 key when given, writing no file', () => {
    const key = randomBytes(32);
    expect(loadOrCreateLocalMasterKey({ base64Key: key.toString('base64'), dataDir, production: true })).toEqual(key);
    expect(existsSync(join(dataDir, 'pii-master.key'))).toBe(false);
  });

  it('prefers the base64 key over an existing key file', () => {
    const fileKey = loadOrCreateLocalMasterKey({ dataDir, production: false });
    const envKey = randomBytes(32);
    expect(loadOrCreateLocalMasterKey({ base64Key: envKey.toString('base64'), dataDir, production: false })).toEqual(
      envKey,
    );
    expect(envKey.equals(fileKey)).toBe(false);
  });

  it.each([
    ['16 bytes', randomBytes(16).toString('base64')],
    ['33 bytes', randomBytes(33).toString('base64')],
    ['not base64', 'this is not a key!'],
    ['empty', ''],
  ])('rejects a base64 key of %s, naming the variable but not the value', (_description, base64Key) => {
    let message = '';
    try {
      loadOrCreateLocalMasterKey({ base64Key, dataDir, production: false });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('PII_LOCAL_MASTER_KEY');
    if (base64Key !== '') expect(message).not.toContain(base64Key);
  });

  it('requires the base64 key in production', () => {
    expect(() => loadOrCreateLocalMasterKey({ dataDir, production: true })).toThrow(/PII_LOCAL_MASTER_KEY/);
  });

  it('ignores a key file in production', () => {
    loadOrCreateLocalMasterKey({ dataDir, production: false });
    expect(() => loadOrCreateLocalMasterKey({ dataDir, production: true })).toThrow(/PII_LOCAL_MASTER_KEY/);
  });

  it('creates a 32-byte key file readable only by its owner outside production', () => {
    const key = loadOrCreateLocalMasterKey({ dataDir, production: false });
    const path = join(dataDir, 'pii-master.key');
    expect(key).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64')).toEqual(key);
  });

  it('creates a missing data directory', () => {
    const nested = join(dataDir, 'does', 'not', 'exist');
    expect(loadOrCreateLocalMasterKey({ dataDir: nested, production: false })).toHaveLength(32);
  });

  it('returns the same key on every later start', () => {
    const first = loadOrCreateLocalMasterKey({ dataDir, production: false });
    expect(loadOrCreateLocalMasterKey({ dataDir, production: false })).toEqual(first);
  });

  it('refuses a corrupt key file rather than replacing it', () => {
    const path = join(dataDir, 'pii-master.key');
    writeFileSync(path, 'short\n', { mode: 0o600 });
    expect(() => loadOrCreateLocalMasterKey({ dataDir, production: false })).toThrow(/pii-master\.key/);
    expect(readFileSync(path, 'utf8')).toBe('short\n');
  });
});
