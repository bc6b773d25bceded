import type { KmsProvider } from '../pii/kms/kms-provider';
import type { AppMetrics } from './metrics';

/** Counts every call that reaches the KMS (cache hits in the PII service never get here). */
export function instrumentedKms(kms: KmsProvider, metrics: Pick<AppMetrics, 'kmsCall'>): KmsProvider {
  return {
    name: kms.name,
    generateDataKey: async (context) => {
      try {
        const key = await kms.generateDataKey(context);
        metrics.kmsCall('generate_data_key', 'ok');
        return key;
      } catch (error) {
        metrics.kmsCall('generate_data_key', 'error');
        throw error;
      }
    },
    decryptDataKey: async (wrapped, context) => {
      try {
        const key = await kms.decryptDataKey(wrapped, context);
        metrics.kmsCall('decrypt_data_key', 'ok');
        return key;
      } catch (error) {
        metrics.kmsCall('decrypt_data_key', 'error');
        throw error;
      }
    },
  };
}
