import { CLOUD_EVENT_CONTENT_TYPE, toCloudEvent } from './cloud-event';
import type { EventTransport } from './event-transport';
import { signatureHeader, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature';

const TIMEOUT_MS = 10_000;

/**
 * POSTs each event as a CloudEvent, signed with HMAC-SHA256 over `timestamp.body`. Anything but a
 * 2xx answer is a failure the outbox retries; the receiver deduplicates on the CloudEvent id.
 */
export function createWebhookTransport(options: {
  url: string;
  secret: string;
  source: string;
  now: () => Date;
}): EventTransport {
  return {
    name: 'webhook',
    start: async () => undefined,
    deliver: async (event) => {
      const body = JSON.stringify(toCloudEvent(event, options.source));
      const timestamp = Math.floor(options.now().getTime() / 1000);
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': CLOUD_EVENT_CONTENT_TYPE,
          [WEBHOOK_SIGNATURE_HEADER]: signatureHeader(options.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // Drained so the connection goes back to the pool.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
    close: async () => undefined,
  };
}
