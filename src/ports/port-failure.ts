/** How a call to another system failed, as a saga step records it (design §6 failure codes). */
export type PortFailureCode = 'PROVIDER_REJECTED' | 'PROVIDER_UNAVAILABLE' | 'TIMEOUT' | 'ADAPTER_NOT_CONFIGURED';

/**
 * A port's expected failure. `message` is ours, never the remote's raw text: it ends up in saga
 * rows and API answers.
 */
export class PortFailure extends Error {
  constructor(
    readonly code: PortFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'PortFailure';
  }
}

/**
 * Anything a port call threw, as a PortFailure: timeouts are told apart, the rest (network errors
 * included) is unavailability.
 */
export function asPortFailure(error: unknown, what: string): PortFailure {
  if (error instanceof PortFailure) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new PortFailure('TIMEOUT', `${what} did not answer in time`);
  }
  return new PortFailure('PROVIDER_UNAVAILABLE', `${what} could not be reached`);
}
