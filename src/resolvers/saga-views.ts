import type {
  BookingSagaRow,
  BookingSagaStepRow,
  PlanCompensationValue,
  PlanFailureValue,
  PlanLineValue,
  SagaFailureValue,
} from '../read/saga-rows';
import type { LineOutput } from '../reservation-plans/plan-lines';
import { storedPlanInput } from '../reservation-plans/plan-inputs';
import type { SagaStepStatus } from '../domain/saga-vocabulary';

/** How a plan line reads from its step's status. */
export const PLAN_LINE_STATUS = {
  pending: 'pending',
  running: 'running',
  succeeded: 'reserved',
  failed: 'failed',
  compensated: 'released',
  compensation_failed: 'release_failed',
  not_compensable: 'release_not_configured',
} as const satisfies Record<SagaStepStatus, string>;

const UNDONE: readonly SagaStepStatus[] = ['compensated', 'compensation_failed', 'not_compensable'];

export const lineOutput = (line: PlanLineValue): LineOutput | null =>
  (line.step?.output as LineOutput | null | undefined) ?? null;

/** The plan's lines in input order, each beside the step that holds it. */
export function planLines(plan: BookingSagaRow, steps: readonly BookingSagaStepRow[]): PlanLineValue[] {
  const byLine = new Map(steps.filter((step) => step.lineRef).map((step) => [step.lineRef, step]));
  return storedPlanInput(plan.input).lines.map((line) => ({
    planLineId: line.planLineId,
    componentId: line.componentId,
    kind: line.kind,
    step: byLine.get(line.planLineId) ?? null,
  }));
}

export function planFailures(steps: readonly BookingSagaStepRow[]): PlanFailureValue[] {
  return steps
    .filter((step) => step.errorCode && step.errorCode !== 'INTERRUPTED')
    .map((step) => ({
      planLineId: step.lineRef ?? null,
      step: step.name,
      code: step.errorCode ?? '',
      message: step.errorMessage ?? '',
    }));
}

/** Compensations in the order they ran: reverse step order. */
export function planCompensations(steps: readonly BookingSagaStepRow[]): PlanCompensationValue[] {
  return [...steps]
    .filter((step) => UNDONE.includes(step.status))
    .sort((a, b) => b.seq - a.seq)
    .map((step) => ({
      planLineId: step.lineRef ?? null,
      step: step.name,
      status:
        step.status === 'compensated'
          ? 'released'
          : step.status === 'compensation_failed'
            ? 'release_failed'
            : 'release_not_configured',
      code: step.compensationCode ?? null,
      message: step.compensationMessage ?? null,
    }));
}

/** Lines held internally although they named a provider: no adapter serves it here. */
export function planWarnings(plan: BookingSagaRow, steps: readonly BookingSagaStepRow[]): string[] {
  const input = storedPlanInput(plan.input);
  return planLines(plan, steps).flatMap((line, index) => {
    const provider = input.lines[index]?.provider?.provider;
    return provider && lineOutput(line)?.internalHold
      ? [`line ${line.planLineId}: no adapter for provider ${provider}; held internally`]
      : [];
  });
}

/** The first failing step, or the saga's own failure (an abort) when no step failed. */
export function sagaFailure(saga: BookingSagaRow, steps: readonly BookingSagaStepRow[]): SagaFailureValue | null {
  if (!saga.failureCode) return null;
  const failed = steps.find((step) => step.errorCode === saga.failureCode && step.status !== 'pending');
  return {
    code: saga.failureCode,
    message: saga.failureMessage ?? '',
    step: failed?.name ?? null,
    lineRef: failed?.lineRef ?? null,
  };
}
