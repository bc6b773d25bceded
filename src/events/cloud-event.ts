import type { DeliveredEvent } from './outbox';

/** A lifecycle event in CloudEvents 1.0 structured JSON: what every transport sends. */
export interface CloudEvent {
  specversion: '1.0';
  /** The outbox row's id: stable across retries, so consumers deduplicate on it. */
  id: string;
  source: string;
  type: string;
  /** The booking the event concerns, when there is one. */
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  data: Record<string, unknown>;
}

export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json';

export function toCloudEvent(event: DeliveredEvent, source: string): CloudEvent {
  return {
    specversion: '1.0',
    id: event.id,
    source,
    type: event.type,
    ...(event.bookingId ? { subject: event.bookingId } : {}),
    time: event.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    data: event.payload,
  };
}
