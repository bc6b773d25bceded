import { randomBytes } from 'node:crypto';
import { instrumentedKms } from '../../src/observability/instrumented-kms';
import { createMetrics } from '../../src/observability/metrics';
import { LocalKmsProvider } from '../../src/pii/kms/local-kms-provider';
import { parseSamples, sampleValue } from '../helpers/metrics-text';

describe('KMS call metrics', () => {
  it('counts data-key generations and decryptions by outcome', async () => {
    const metrics = createMetrics({ outboxBacklog: async () => ({ lagSeconds: 0, deadLetters: 0 }), pools: {} });
    const kms = instrumentedKms(new LocalKmsProvider(randomBytes(32)), metrics);
    const context = { purpose: 'booking-traveler-pii', bookingId: 'book_1', travelerId: 'bkpt_1' };
    const key = await kms.generateDataKey(context);
    await kms.decryptDataKey(key.wrapped, context);
    await expect(kms.decryptDataKey(key.wrapped, { ...context, travelerId: 'bkpt_2' })).rejects.toThrow();
    const samples = parseSamples(await metrics.registry.metrics());
    expect([
      sampleValue(samples, 'bookings_kms_calls_total', { operation: 'generate_data_key', outcome: 'ok' }),
      sampleValue(samples, 'bookings_kms_calls_total', { operation: 'decrypt_data_key', outcome: 'ok' }),
      sampleValue(samples, 'bookings_kms_calls_total', { operation: 'decrypt_data_key', outcome: 'error' }),
    ]).toEqual([1, 1, 1]);
  });
});
