import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { AwsKmsProvider } from '../../src/pii/kms/aws-kms-provider';
import { LocalKmsProvider } from '../../src/pii/kms/local-kms-provider';
import { createKmsProvider } from '../../src/pii/kms/provider-from-config';

const base = { AUTH_JWT_SECRET: 'x'.repeat(32), BOOKINGS_DATA_DIR: '/nonexistent/never-written' };
const masterKey = randomBytes(32).toString('base64');

describe('createKmsProvider', () => {
  it('uses the local provider with the configured master key', () => {
    expect(
      createKmsProvider(loadConfig({ ...base, KMS_PROVIDER: 'local', PII_LOCAL_MASTER_KEY: masterKey })),
    ).toBeInstanceOf(LocalKmsProvider);
  });

  it('uses AWS KMS, taking the region from the key ARN', () => {
    const provider = createKmsProvider(
      loadConfig({
        ...base,
        KMS_PROVIDER: 'aws',
        AWS_KMS_KEY_ID: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    );
    expect(provider).toBeInstanceOf(AwsKmsProvider);
    (provider as AwsKmsProvider).destroy();
  });

  it('refuses an AWS key alias without AWS_REGION at startup', () => {
    expect(() =>
      createKmsProvider(loadConfig({ ...base, KMS_PROVIDER: 'aws', AWS_KMS_KEY_ID: 'alias/bookings-pii' })),
    ).toThrow(/AWS_REGION/);
  });

  it('refuses a local master key that is not 32 bytes at startup', () => {
    expect(() =>
      createKmsProvider(
        loadConfig({ ...base, KMS_PROVIDER: 'local', PII_LOCAL_MASTER_KEY: randomBytes(16).toString('base64') }),
      ),
    ).toThrow(/PII_LOCAL_MASTER_KEY/);
  });
});

describe('KMS configuration in production', () => {
  it('is a startup error when no provider is chosen', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
  });

  it('names KMS_PROVIDER in the error', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/KMS_PROVIDER/);
  });
});
