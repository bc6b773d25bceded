import type { Logger } from 'pino';
import { externalReservationsByProvider, type ExternalReservationPorts } from '../ports/external-reservation-port';
import type { FinancePort } from '../ports/finance-port';
import type { SupplierReversalPort } from '../ports/supplier-reversal-port';
import type { SagaKind } from '../domain/saga-vocabulary';

/** The other systems sagas call; a missing one changes what a step does (design §6, §7). */
export interface SagaPorts {
  finance: FinancePort | null;
  supplierReversal: SupplierReversalPort | null;
  externalReservations: ExternalReservationPorts;
}

/** Where a run can be stopped by a test, as a killed process would stop it. */
export interface SagaCheckpoint {
  sagaId: string;
  kind: SagaKind;
  step: string;
  /** `before-commit`: the step's side effect happened, its row does not say so yet. */
  phase: 'before-commit' | 'after-commit' | 'before-compensation';
}

export interface SagaHooks {
  /** Throw `SimulatedCrash` here to stop the run (tests only; never a sleep). */
  checkpoint?(point: SagaCheckpoint): void;
}

/** What every saga run shares within one app. */
export interface SagaRuntime {
  ports: SagaPorts;
  hooks: SagaHooks;
  leaseSeconds: number;
  logger?: Logger;
}

export const NO_SAGA_PORTS: SagaPorts = {
  finance: null,
  supplierReversal: null,
  externalReservations: externalReservationsByProvider({}),
};
