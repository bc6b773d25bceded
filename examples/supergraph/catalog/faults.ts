import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What the catalog does instead of answering:
 * - `error`: answers 200 with a GraphQL error and no data;
 * - `unavailable`: answers 503;
 * - `hang`: holds every request until the fault is cleared or the subgraph stops (tests of timeouts);
 * - `slow`: answers after `delayMs` (for trying timeouts by hand).
 */
export type CatalogFault =
  { kind: 'error' } | { kind: 'unavailable' } | { kind: 'hang' } | { kind: 'slow'; delayMs: number };

/** One request as it arrived, for tests that check what bookings sends. */
export interface ReceivedRequest {
  operationName: string | null;
  authorization: string | null;
}

/** Fault injection and a request log for the example catalog; shared by every request of one subgraph. */
export class CatalogFaults {
  readonly received: ReceivedRequest[] = [];
  private fault: CatalogFault | null = null;
  private readonly waiting = new Set<() => void>();

  /** Sets (or with null clears) the fault for later requests; clearing it lets held requests go on. */
  set(fault: CatalogFault | null): void {
    this.fault = fault;
    if (fault === null) this.releaseAll();
  }

  /** Lets every held or delayed request go on. */
  releaseAll(): void {
    for (const release of [...this.waiting]) release();
  }

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async ({ request }) => {
        const received: ReceivedRequest = {
          operationName: request.operationName ?? null,
          authorization: request.http?.headers.get('authorization') ?? null,
        };
        this.received.push(received);
        return {
          didResolveOperation: async ({ operationName }) => {
            // Known only once the document is parsed: clients rarely send operationName beside it.
            received.operationName = operationName ?? received.operationName;
            await this.apply();
          },
        };
      },
    };
  }

  private async apply(): Promise<void> {
    const fault = this.fault;
    if (fault === null) return;
    if (fault.kind === 'error')
      throw new GraphQLError('the catalog failed (injected fault)', { extensions: { code: 'INJECTED_FAULT' } });
    if (fault.kind === 'unavailable') {
      throw new GraphQLError('the catalog is unavailable (injected fault)', {
        extensions: { code: 'INJECTED_FAULT', http: { status: 503 } },
      });
    }
    await this.wait(fault.kind === 'slow' ? fault.delayMs : null);
  }

  private wait(delayMs: number | null): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const release = () => {
        clearTimeout(timer);
        this.waiting.delete(release);
        resolve();
      };
      this.waiting.add(release);
      if (delayMs !== null) timer = setTimeout(release, delayMs);
    });
  }
}

/** CATALOG_FAULT (`error`, `unavailable`, `hang` or `slow`) and CATALOG_DELAY_MS (for `slow`, default 5000). */
export function catalogFaultFromEnvironment(env: NodeJS.ProcessEnv = process.env): CatalogFault | null {
  const kind = env.CATALOG_FAULT?.trim() ?? '';
  if (kind === '') return null;
  if (kind === 'error' || kind === 'unavailable' || kind === 'hang') return { kind };
  if (kind === 'slow') {
    const delayMs = Number(env.CATALOG_DELAY_MS ?? '5000');
    if (!Number.isInteger(delayMs) || delayMs < 0)
      throw new Error(`CATALOG_DELAY_MS must be a whole number, got "${env.CATALOG_DELAY_MS}"`);
    return { kind, delayMs };
  }
  throw new Error(`CATALOG_FAULT must be error, unavailable, hang or slow, got "${kind}"`);
}
