import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The largest request body accepted, in bytes. */
export const BODY_LIMIT = 1_000_000;

/**
 * Past the limit the rest of the body is read and dropped rather than the socket destroyed, so the
 * client gets a 413 it can read instead of a connection reset.
 */
export function readBody(request: IncomingMessage, limit = BODY_LIMIT): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () =>
      size > limit
        ? reject(new BodyTooLargeError('Request body too large'))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
