import type { Config } from '../../config';
import { AwsKmsProvider } from './aws-kms-provider';
import type { KmsProvider } from './kms-provider';
import { LocalKmsProvider, loadOrCreateLocalMasterKey } from './local-kms-provider';

/** `arn:aws:kms:<region>:<account>:key/<id>` names its region; aliases and bare ids do not. */
function regionOfKeyArn(keyId: string): string | undefined {
  const match = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):/.exec(keyId);
  return match?.[1];
}

/**
 * The KMS selected by `KMS_PROVIDER`. Fails at startup (never at the first traveler write) when
 * the provider cannot work: missing key id or region for aws, an unusable master key for local.
 */
export function createKmsProvider(config: Pick<Config, 'kms' | 'dataDir' | 'production'>): KmsProvider {
  if (config.kms.provider === 'aws') {
    const keyId = config.kms.awsKeyId;
    if (!keyId) throw new Error('AWS_KMS_KEY_ID is required when KMS_PROVIDER is aws');
    const region = config.kms.awsRegion ?? regionOfKeyArn(keyId);
    if (!region) throw new Error('AWS_REGION is required when AWS_KMS_KEY_ID is not a key ARN');
    // Credentials come from the SDK's default chain (environment, profile, container or instance role).
    return new AwsKmsProvider({ keyId, region, endpoint: config.kms.awsEndpoint });
  }
  const masterKey = loadOrCreateLocalMasterKey({
    base64Key: config.kms.localMasterKey,
    dataDir: config.dataDir,
    production: config.production,
  });
  try {
    return new LocalKmsProvider(masterKey);
  } finally {
    // The provider keeps its own copy.
    masterKey.fill(0);
  }
}
