import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../context';
import { requestIdFor } from '../request-id';
import { BodyTooLargeError, readBody, sendJson } from './http-body';
import { cameThroughRouter } from './request-auth';

/** Builds a request's context when Apollo asks for it. */
export type ContextFor = (
  request: IncomingMessage,
  requestId: string,
  headers: Readonly<Record<string, string | undefined>>,
) => Promise<RequestContext>;

const badRequest = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

/** The body of a POST, parsed; `undefined` for other methods; null when a 4xx answer was already sent. */
async function requestBody(
  request: IncomingMessage,
  method: string,
  response: ServerResponse,
): Promise<{ body: unknown } | null> {
  if (method !== 'POST') return { body: undefined };
  let raw: string;
  try {
    raw = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendJson(response, 413, badRequest('The request body is larger than 1 MB'));
    return null;
  }
  try {
    return { body: raw.length > 0 ? JSON.parse(raw) : undefined };
  } catch {
    sendJson(response, 400, badRequest('The request body is not valid JSON'));
    return null;
  }
}

/** `/graphql` over node:http: the router check, headers and body in, Apollo's answer out. */
export function graphqlHandler(options: {
  apollo: ApolloServer<RequestContext>;
  routerSecret?: string;
  contextFor: ContextFor;
}) {
  const { apollo, contextFor } = options;
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!cameThroughRouter(request.headers, options.routerSecret)) {
      sendJson(response, 401, {
        errors: [{ message: 'Requests must come through the router', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    const requestId = requestIdFor(request.headers['x-request-id']);
    const headers = new HeaderMap();
    const contextHeaders: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(request.headers)) {
      const joined = Array.isArray(value) ? value.join(', ') : value;
      contextHeaders[key] = joined;
      if (joined !== undefined) headers.set(key, joined);
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const parsed = await requestBody(request, method, response);
    if (parsed === null) return;
    // Without a '?' the search is empty; parsing a URL for that was a visible share of a keyed read.
    const search = request.url?.includes('?') ? new URL(request.url, 'http://localhost').search : '';
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body: parsed.body },
      context: () => contextFor(request, requestId, contextHeaders),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.setHeader('x-request-id', requestId);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      // Encoded once: ending with the string made node measure it (flattening Apollo's `json + '\n'`)
      // and then encode it again on write, a visible share of a 50-booking page's CPU.
      const payload = Buffer.from(result.body.string, 'utf8');
      response.setHeader('content-length', payload.length);
      response.end(payload);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
