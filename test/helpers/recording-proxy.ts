import { createServer, type IncomingHttpHeaders } from 'node:http';
import { listenOnLoopback } from './loopback';

export interface RecordingProxy {
  url: string;
  /** Headers of every request received, in arrival order. */
  received: IncomingHttpHeaders[];
  /** From now on, answer every request with this status and body instead of forwarding it. */
  failWith(status: number, body: string): void;
  /** Back to forwarding every request. */
  forward(): void;
  stop(): Promise<void>;
}

/**
 * An HTTP hop in front of a subgraph that records the headers each request carries and forwards
 * it, so a test sees exactly what a gateway sent over the wire.
 */
export async function startRecordingProxy(targetUrl: string): Promise<RecordingProxy> {
  const received: IncomingHttpHeaders[] = [];
  let failure: { status: number; body: string } | undefined;
  const server = createServer((request, response) => {
    received.push(request.headers);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (failure) {
        response.writeHead(failure.status, { 'content-type': 'text/plain' });
        response.end(failure.body);
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers.set(name, value);
      }
      fetch(targetUrl, {
        method: request.method,
        headers,
        body: request.method === 'GET' ? undefined : Buffer.concat(chunks),
      })
        .then(async (upstream) => {
          response.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          response.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    failWith: (status, body) => {
      failure = { status, body };
    },
    forward: () => {
      failure = undefined;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
