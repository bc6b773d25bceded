/** An expected business outcome, returned as a member of a mutation's result union. */
export interface BusinessOutcome {
  __typename: string;
  code: string;
  message: string;
}

/**
 * Raised inside a transaction so that nothing written before it commits; `runUnitOfWork` turns it
 * back into the union member the mutation returns.
 */
export class BusinessOutcomeError<T extends BusinessOutcome = BusinessOutcome> extends Error {
  constructor(readonly outcome: T) {
    super(outcome.message);
    this.name = 'BusinessOutcomeError';
  }
}

export const isBusinessOutcome = (value: unknown): value is BusinessOutcome =>
  typeof value === 'object' && value !== null && '__typename' in value && 'code' in value;

/** Narrows to the outcome error with its outcome typed, which `instanceof` on the generic class does not. */
export const isBusinessOutcomeError = (error: unknown): error is BusinessOutcomeError =>
  error instanceof BusinessOutcomeError;

export function fail<T extends BusinessOutcome>(outcome: T): never {
  throw new BusinessOutcomeError(outcome);
}
