import { ConfigError, loadConfig } from '../../src/config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('event transport and observability configuration', () => {
  it('reads the NATS transport settings', () => {
    expect(
      loadConfig({
        EVENTS_TRANSPORT: 'nats',
        NATS_URL: 'nats://broker:4222',
        NATS_STREAM: 'BOOKINGS_EU',
        NATS_SUBJECT_PREFIX: 'eu.bookings',
      }).events,
    ).toEqual({
      transport: 'nats',
      source: '/bookings',
      nats: { url: 'nats://broker:4222', stream: 'BOOKINGS_EU', subjectPrefix: 'eu.bookings' },
      webhook: undefined,
    });
  });

  it('refuses an unknown transport, naming the variable', () => {
    expect(problemsOf({ EVENTS_TRANSPORT: 'kafka' })).toEqual([expect.stringMatching(/^EVENTS_TRANSPORT:/)]);
  });

  it('refuses a subject prefix with wildcards', () => {
    expect(problemsOf({ NATS_SUBJECT_PREFIX: 'bookings.>' })).toEqual([expect.stringMatching(/^NATS_SUBJECT_PREFIX:/)]);
  });

  it('requires a URL and a secret for the webhook transport', () => {
    expect(problemsOf({ EVENTS_TRANSPORT: 'webhook' }).map((problem) => problem.split(':')[0])).toEqual([
      'WEBHOOK_URL',
      'WEBHOOK_SECRET',
    ]);
  });

  it('reads the webhook transport settings', () => {
    expect(
      loadConfig({
        EVENTS_TRANSPORT: 'webhook',
        WEBHOOK_URL: 'https://hooks.example/bookings',
        WEBHOOK_SECRET: 'a-secret-of-16-chars+',
      }).events.webhook,
    ).toEqual({
      url: 'https://hooks.example/bookings',
      secret: 'a-secret-of-16-chars+',
    });
  });

  it('reads the outbox retry, retention and relay settings', () => {
    expect(
      loadConfig({
        OUTBOX_MAX_ATTEMPTS: '3',
        OUTBOX_RETRY_BASE_MS: '250',
        OUTBOX_RETENTION_HOURS: '48',
        OUTBOX_RELAY_INTERVAL_SECONDS: '0',
      }).outbox,
    ).toEqual({
      maxAttempts: 3,
      retryBaseMs: 250,
      retentionHours: 48,
      relayIntervalSeconds: 0,
    });
  });

  it('refuses an attempt cap of zero', () => {
    expect(problemsOf({ OUTBOX_MAX_ATTEMPTS: '0' })).toEqual([expect.stringMatching(/^OUTBOX_MAX_ATTEMPTS:/)]);
  });

  it('turns metrics off with METRICS_ENABLED=false and refuses other words', () => {
    expect(loadConfig({ METRICS_ENABLED: 'false' }).metricsEnabled).toBe(false);
    expect(problemsOf({ METRICS_ENABLED: 'sometimes' })).toEqual([expect.stringMatching(/^METRICS_ENABLED:/)]);
  });

  it('reads the OTLP endpoint and refuses one that is not an http(s) URL', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).otlpEndpoint).toBe(
      'http://collector:4318',
    );
    expect(problemsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toEqual([
      expect.stringMatching(/^OTEL_EXPORTER_OTLP_ENDPOINT:/),
    ]);
  });
});
