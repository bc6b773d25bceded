/** Small GraphQL-over-HTTP helpers for a suite's set-up, sanity checks and checks after a window. */

/** Reads `value.path…` from parsed JSON without trusting its shape. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The JSON body of one GraphQL request. */
export const body = (query: string, variables: Record<string, unknown>): string => JSON.stringify({ query, variables });

export interface GraphqlCall {
  status: number;
  json: unknown;
  /** From the `x-sql-statements` response header (NaN when absent). */
  statements: number;
}

/** One request with `fetch` (not for measured windows: those go through `harness/load.ts`). */
export async function call(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlCall> {
  const response = await fetch(url, { method: 'POST', headers, body: body(query, variables) });
  return {
    status: response.status,
    json: await response.json(),
    statements: Number(response.headers.get('x-sql-statements') ?? Number.NaN),
  };
}

/** Throws with the start of the answer when a sanity check fails. */
export function expectShape(condition: boolean, what: string, answer: GraphqlCall): void {
  if (!condition) throw new Error(`sanity check failed: ${what}\n${JSON.stringify(answer.json).slice(0, 2000)}`);
}
