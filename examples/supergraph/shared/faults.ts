import { GraphQLError } from 'graphql';

/** How an injected fault answers: REJECTED is the remote's refusal, UNAVAILABLE any other error. */
export type FaultCode = 'REJECTED' | 'UNAVAILABLE';

/**
 * Fault injection for the in-memory examples: each call to `operation` takes the next queued
 * fault, so a test (or a person at the gateway) can make the next N calls fail.
 */
export class FaultQueue {
  private readonly queued = new Map<string, FaultCode[]>();

  inject(operation: string, code: FaultCode, times = 1): void {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), ...Array<FaultCode>(times).fill(code)]);
  }

  take(operation: string): void {
    const code = this.queued.get(operation)?.shift();
    if (code === 'REJECTED')
      throw new GraphQLError(`${operation} refused (injected)`, { extensions: { code: 'REJECTED' } });
    if (code === 'UNAVAILABLE')
      throw new GraphQLError(`${operation} failed (injected)`, { extensions: { code: 'UNAVAILABLE' } });
  }
}

export const isFaultCode = (value: string): value is FaultCode => value === 'REJECTED' || value === 'UNAVAILABLE';
