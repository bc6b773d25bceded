import { PortFailure, asPortFailure } from './port-failure';

/** Where a federated adapter sends its operations. */
export interface RemoteSubgraph {
  url: string;
  timeoutMs: number;
}

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

/**
 * One GraphQL operation against another subgraph. An error the remote marks REJECTED is the
 * provider's refusal (PROVIDER_REJECTED); anything else that goes wrong is unavailability or a
 * timeout. The remote's own texts never leave this function: saga rows keep ours.
 */
export async function callSagaPort(
  remote: RemoteSubgraph,
  what: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  let answer: GraphqlAnswer;
  const signal = AbortSignal.timeout(remote.timeoutMs);
  try {
    const response = await fetch(remote.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    answer = (await response.json()) as GraphqlAnswer;
  } catch (error) {
    // fetch reports the abort as a plain TypeError at times: the signal says what happened.
    if (signal.aborted) throw new PortFailure('TIMEOUT', `${what} did not answer in time`);
    throw asPortFailure(error, what);
  }
  const [first] = answer.errors ?? [];
  if (first) {
    if (first.extensions?.code === 'REJECTED')
      throw new PortFailure('PROVIDER_REJECTED', `${what} refused the request`);
    throw new PortFailure('PROVIDER_UNAVAILABLE', `${what} answered with an error`);
  }
  if (!answer.data) throw new PortFailure('PROVIDER_UNAVAILABLE', `${what} answered without data`);
  return answer.data;
}
