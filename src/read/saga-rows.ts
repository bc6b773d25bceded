import type { BookingSagaStep } from '../entities/booking-saga-step.entity';
import type { BookingSaga } from '../entities/booking-saga.entity';
import type { PlanLineKind } from '../domain/saga-vocabulary';
import type { ConnectionValue } from './connection';

/** Read-model rows of the saga tables: persisted shapes straight from SQL. */
export type BookingSagaRow = BookingSaga;
export type BookingSagaStepRow = BookingSagaStep;
export type BookingSagaConnectionValue = ConnectionValue<BookingSagaRow>;

export interface SagaFailureValue {
  code: string;
  message: string;
  step: string | null;
  lineRef: string | null;
}

/** A plan line: what the caller asked (from the saga's input) beside how its step went. */
export interface PlanLineValue {
  planLineId: string;
  componentId: string;
  kind: PlanLineKind;
  step: BookingSagaStepRow | null;
}

export interface PlanFailureValue {
  planLineId: string | null;
  step: string;
  code: string;
  message: string;
}

export interface PlanCompensationValue {
  planLineId: string | null;
  step: string;
  status: 'released' | 'release_failed' | 'release_not_configured';
  code: string | null;
  message: string | null;
}
