import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { fingerprint } from '../approvals/fingerprint';
import { idempotencyScope } from '../approvals/routing';
import { BookingSaga } from '../entities/booking-saga.entity';
import { ID_PREFIX, newId } from '../ids';
import { newLeaseOwner } from '../sagas/recovery';
import { driveForward } from '../sagas/runner';
import { insertSaga } from '../sagas/saga-records';
import { sagaEnv } from '../sagas/saga-env';
import type { SagaRuntime } from '../sagas/runtime';
import { LeaseLost } from '../sagas/step-failure';
import { ACTIVE_SAGA_STATUSES } from '../domain/saga-vocabulary';
import { idempotencyInFlight, idempotencyKeyReused } from '../approvals/outcomes';
import type { ServiceScope } from '../services/actor';
import { insertBooking, withBookingNumber } from '../services/booking-service';
import { recordCreatedEvent } from '../services/lifecycle-events';
import { isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from '../services/publishing-unit-of-work';
import type { SubmitReservationPlanInput } from './plan-inputs';
import { planStepNames, reservationPlanSaga } from './plan-saga';

const OPERATION = 'submitReservationPlan';

interface PlanRequest {
  scope: string;
  fingerprint: string;
  /** The input as the saga row stores it (JSON), which the fingerprint is taken over. */
  stored: Record<string, unknown>;
}

/**
 * A plan already filed under this `reservationPlanId`: the same request replays its result (even a
 * FAILED one), another request is refused, and a run still going is reported in flight.
 */
function replayOrRefuse(existing: BookingSaga, request: PlanRequest): { id: string } | BusinessOutcome {
  if (existing.idempotencyScope !== request.scope || existing.fingerprint !== request.fingerprint)
    return idempotencyKeyReused(null);
  if (ACTIVE_SAGA_STATUSES.includes(existing.status)) return idempotencyInFlight();
  return { id: existing.id };
}

const findPlan = (em: SqlEntityManager, reservationPlanId: string) =>
  em.fork().findOne(BookingSaga, { kind: 'reservation_plan', externalRef: reservationPlanId });

/**
 * Submits a reservation plan (design §6) and runs it to its end in this request: `open` (a DRAFT
 * booking and the saga, one transaction), each line in order, then `hold`. Concurrent submits of one
 * plan meet at the saga's unique index: one runs, the others are told it is in flight.
 */
export async function submitReservationPlan(
  scope: ServiceScope,
  runtime: SagaRuntime,
  input: SubmitReservationPlanInput,
): Promise<{ id: string } | BusinessOutcome> {
  const stored = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  const request: PlanRequest = {
    scope: idempotencyScope(scope.actor, OPERATION),
    fingerprint: fingerprint({ operation: OPERATION, input: stored }),
    stored,
  };
  const existing = await findPlan(scope.em, input.reservationPlanId);
  if (existing) return replayOrRefuse(existing, request);
  const owner = newLeaseOwner();
  const sagaId = newId(ID_PREFIX.saga);
  let opened: { bookingId: string } | BusinessOutcome;
  try {
    opened = await withBookingNumber(scope, input.booking.bookingNumber, (bookingNumber) =>
      runPublishingUnitOfWork(scope, async (em) => {
        const at = scope.clock.now();
        const { booking } = await insertBooking(
          scope,
          em,
          { ...input.booking, costAmountCents: undefined, items: [], travelers: [], origin: null },
          bookingNumber,
        );
        insertSaga(em, {
          id: sagaId,
          kind: 'reservation_plan',
          bookingId: booking.id,
          externalRef: input.reservationPlanId,
          idempotency: { scope: request.scope, key: input.reservationPlanId },
          fingerprint: request.fingerprint,
          input: stored,
          principal: scope.actor,
          lease: { owner, expiresAt: new Date(at.getTime() + runtime.leaseSeconds * 1000) },
          steps: planStepNames(input),
          at,
        });
        recordCreatedEvent(em, booking, at);
        // Flushed here, so a concurrent submit's row is met inside this unit of work.
        await em.flush();
        return { bookingId: booking.id };
      }),
    );
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const winner = await findPlan(scope.em, input.reservationPlanId);
    if (!winner) throw error;
    return replayOrRefuse(winner, request);
  }
  if (isBusinessOutcome(opened)) return opened;
  try {
    await driveForward(sagaEnv(scope, runtime), reservationPlanSaga, sagaId, owner);
  } catch (error) {
    // Recovery took the run over (this request was too slow): it reports the plan as it now stands.
    if (!(error instanceof LeaseLost)) throw error;
  }
  return { id: sagaId };
}
