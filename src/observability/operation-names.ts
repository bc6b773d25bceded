/** Label values for operations the server did not name, or could not resolve. */
export const ANONYMOUS_OPERATION = '__anonymous';
export const UNKNOWN_OPERATION = '__unknown';
export const OTHER_OPERATION = '__other';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Clients choose operation names, so a label per name is unbounded: the first `limit` distinct
 * names keep their own series, later ones (and anything that is not a GraphQL name) share one.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 200) {}

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return ANONYMOUS_OPERATION;
    if (this.seen.has(name)) return name;
    if (!GRAPHQL_NAME.test(name) || this.seen.size >= this.limit) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}
