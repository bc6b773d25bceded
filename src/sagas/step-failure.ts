import { PortFailure } from '../ports/port-failure';
import { BusinessOutcomeError, isBusinessOutcome } from '../domain/outcomes';
import { sanitiseErrorMessage } from './sanitise';

/** A step's expected failure: recorded on the step, then the saga compensates (or ends). */
export class StepFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}

/** Raised by an injected crash hook: the runner stops where it is, as a killed process would. */
export class SimulatedCrash extends Error {
  constructor(readonly point: string) {
    super(`simulated crash at ${point}`);
    this.name = 'SimulatedCrash';
  }
}

/** The lease went to someone else (recovery took over): this driver stops without writing. */
export class LeaseLost extends Error {
  constructor(readonly sagaId: string) {
    super(`the lease on saga ${sagaId} is held by another runner`);
    this.name = 'LeaseLost';
  }
}

/**
 * What a step's error becomes on its row: our own failures keep their code and message, a
 * business outcome its code, anything else a generic code (the details go to the log only).
 */
export function stepFailureOf(error: unknown): StepFailure {
  if (error instanceof StepFailure) return new StepFailure(error.code, sanitiseErrorMessage(error.message));
  if (error instanceof PortFailure) return new StepFailure(error.code, sanitiseErrorMessage(error.message));
  if (error instanceof BusinessOutcomeError) {
    // `instanceof` on the generic class yields BusinessOutcomeError<any>: narrow its outcome again.
    const outcome: unknown = error.outcome;
    if (isBusinessOutcome(outcome)) return new StepFailure(outcome.code, sanitiseErrorMessage(outcome.message));
  }
  return new StepFailure('INTERNAL', 'the step failed unexpectedly');
}
