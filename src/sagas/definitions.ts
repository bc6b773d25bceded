import { reservationPlanSaga } from '../reservation-plans/plan-saga';
import { refundSaga } from '../refunds/refund-saga';
import type { SagaDefinition } from './runner';
import type { SagaKind } from '../domain/saga-vocabulary';

const DEFINITIONS: Readonly<Record<SagaKind, SagaDefinition>> = {
  reservation_plan: reservationPlanSaga,
  refund: refundSaga,
};

/** How a saga of this kind runs, compensates and recovers. */
export const sagaDefinition = (kind: SagaKind): SagaDefinition => DEFINITIONS[kind];
