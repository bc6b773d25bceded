import { randomUUID } from 'node:crypto';

/**
 * What a client may choose as its request id: short and inert, because the id is echoed in a
 * header, written to audit rows and printed in every error log line.
 */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The client's `x-request-id` when it is well-formed, otherwise a fresh server id. */
export function requestIdFor(given: string | string[] | undefined): string {
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}
