import type { SystemTokenSource } from './system-token';

/** Why a port's call to another subgraph gave no usable data. */
export type RemoteFailure = 'unreachable' | 'timeout' | 'upstream_error' | 'invalid_response';

export type RemoteResult = { ok: true; data: unknown } | { ok: false; failure: RemoteFailure };

export interface GraphqlCall {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  timeoutMs: number;
  systemToken?: SystemTokenSource;
}

/**
 * One GraphQL-over-HTTP POST to another subgraph. Never throws: the ports turn each failure into their own
 * unavailable error. Any `errors` in the answer count as a failure, since partial rate cards or
 * questionnaires would price or check a booking against data the catalog did not fully give.
 */
export async function callSubgraph(call: GraphqlCall): Promise<RemoteResult> {
  const signal = AbortSignal.timeout(call.timeoutMs);
  let body: unknown;
  try {
    const token = call.systemToken ? await call.systemToken() : null;
    const response = await fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: call.query, variables: call.variables }),
      signal,
    });
    if (!response.ok && !isJson(response)) return { ok: false, failure: 'unreachable' };
    body = await response.json();
  } catch (error) {
    if (signal.aborted || isTimeout(error)) return { ok: false, failure: 'timeout' };
    if (error instanceof SyntaxError) return { ok: false, failure: 'invalid_response' };
    return { ok: false, failure: 'unreachable' };
  }
  if (!isObject(body)) return { ok: false, failure: 'invalid_response' };
  if (Array.isArray(body.errors) && body.errors.length > 0) return { ok: false, failure: 'upstream_error' };
  if (!isObject(body.data)) return { ok: false, failure: 'invalid_response' };
  return { ok: true, data: body.data };
}

function isJson(response: Response): boolean {
  return (response.headers.get('content-type') ?? '').includes('json');
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
