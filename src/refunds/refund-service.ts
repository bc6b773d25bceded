import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { bookingCommand, bookingFacts, bookingSnapshot } from '../approvals/booking-actions';
import { fingerprint } from '../approvals/fingerprint';
import { idempotencyScope } from '../approvals/routing';
import { Booking } from '../entities/booking.entity';
import { BookingSaga } from '../entities/booking-saga.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import type { MoneyAmount } from '../ports/finance-port';
import { newLeaseOwner } from '../sagas/recovery';
import { driveForward } from '../sagas/runner';
import { insertSaga } from '../sagas/saga-records';
import { sagaEnv } from '../sagas/saga-env';
import type { SagaRuntime } from '../sagas/runtime';
import { LeaseLost } from '../sagas/step-failure';
import { ACTIVE_SAGA_STATUSES } from '../domain/saga-vocabulary';
import {
  admitExecution,
  fingerprintFor,
  planAction,
  recordExecution,
  requestApproval,
  settleAction,
} from '../approvals/gate-steps';
import { idempotencyKeyReused } from '../approvals/outcomes';
import type { ServiceScope } from '../services/actor';
import { lockBooking } from '../services/booking-access';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from '../services/publishing-unit-of-work';
import type { BookingStatus } from '../statemachine/booking-status';
import { notRefundable, refundAmountOutOfRange, refundInProgress, refundUnavailable } from './refund-outcomes';
import type { RefundBookingInput, StoredRefund } from './refund-inputs';
import { REFUND_STEP_NAMES, refundSaga } from './refund-saga';

const OPERATION = 'refundBooking';
export const REFUND_ACTION_NAME = 'booking.refund';

/** Bookings whose refund cancels something still standing. */
const REFUNDABLE_STATUSES: readonly BookingStatus[] = ['on_hold', 'awaiting_payment', 'confirmed', 'in_progress'];

const activeRefund = (em: SqlEntityManager, bookingId: string) =>
  em.findOne(BookingSaga, { kind: 'refund', booking: bookingId, status: { $in: [...ACTIVE_SAGA_STATUSES] } });

/**
 * What may be paid back: nothing on an ON_HOLD booking (nothing was collected), else what finance
 * reports, or without finance the sell amount once paid. Called outside any transaction.
 */
async function refundableFor(booking: Booking, runtime: SagaRuntime): Promise<MoneyAmount | BusinessOutcome> {
  const currency = booking.sellCurrency;
  if (booking.status === 'on_hold') return { amountCents: 0, currency };
  const finance = runtime.ports.finance;
  if (!finance) return { amountCents: booking.paidAt ? booking.sellAmountCents : 0, currency };
  try {
    const reported = await finance.refundableAmount({ bookingId: booking.id, currency });
    if (reported.currency !== currency) return refundUnavailable('finance_unavailable');
    return reported;
  } catch {
    return refundUnavailable('finance_unavailable');
  }
}

/** The amount asked for, checked against what is refundable; every refusal before anything is written. */
function checkedAmount(
  input: RefundBookingInput,
  refundable: MoneyAmount,
  runtime: SagaRuntime,
): MoneyAmount | BusinessOutcome {
  const amount = input.amount ?? refundable;
  if (amount.currency !== refundable.currency)
    throw badUserInput(
      `input.amount.currency: must be the booking's sell currency ${refundable.currency}`,
      'input.amount.currency',
    );
  if (amount.amountCents > refundable.amountCents)
    return refundAmountOutOfRange(amount.amountCents, refundable.amountCents, amount.currency);
  if (amount.amountCents > 0 && !runtime.ports.finance) return refundUnavailable('finance_not_configured');
  return amount;
}

async function replayByKey(
  em: SqlEntityManager,
  scope: string,
  key: string,
  print: string,
): Promise<{ id: string } | BusinessOutcome | null> {
  const existing = await em.findOne(BookingSaga, { kind: 'refund', idempotencyScope: scope, idempotencyKey: key });
  if (!existing) return null;
  return existing.fingerprint === print ? { id: existing.id } : idempotencyKeyReused(null);
}

/**
 * Refunds a booking (design §7): reads and asks finance first, then claims the booking in one
 * transaction (lock, version, status, amount, approval, the saga row), then runs credit note,
 * supplier reversal and the cancelling pivot. One refund runs per booking at a time.
 */
export async function refundBooking(
  scope: ServiceScope,
  runtime: SagaRuntime,
  input: RefundBookingInput,
): Promise<{ id: string } | BusinessOutcome> {
  const read = scope.em.fork();
  const found = await read.findOne(Booking, { id: input.bookingId });
  if (!found) throw notFound('Booking', input.bookingId, 'input.bookingId');
  const keyScope = idempotencyScope(scope.actor, OPERATION);
  const { idempotencyKey, approvalId, ...command } = input;
  const print = fingerprint({ operation: OPERATION, input: command });
  // A replay answers the first refund even though that refund has since cancelled the booking.
  if (idempotencyKey) {
    const replayed = await replayByKey(read, keyScope, idempotencyKey, print);
    if (replayed) return replayed;
  }
  if (!REFUNDABLE_STATUSES.includes(found.status)) return notRefundable(found.status);
  const running = await activeRefund(read, found.id);
  if (running) return refundInProgress(running.id);
  const planned = planAction(
    scope,
    bookingCommand(OPERATION, REFUND_ACTION_NAME, found.id, { ...command, idempotencyKey, approvalId }),
  );
  if (isBusinessOutcome(planned)) return planned;
  const refundable = await refundableFor(found, runtime);
  if (isBusinessOutcome(refundable)) return refundable;
  const amount = checkedAmount(input, refundable, runtime);
  if (isBusinessOutcome(amount)) return amount;
  const owner = newLeaseOwner();
  const sagaId = newId(ID_PREFIX.saga);
  let claimed: { id: string } | BusinessOutcome;
  try {
    claimed = await runPublishingUnitOfWork(scope, async (em) => {
      const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
      const at = scope.clock.now();
      const plan = settleAction(planned, bookingFacts(booking, at));
      const approvalPrint = fingerprintFor(plan, { ...bookingSnapshot(booking), amount });
      const approval = await admitExecution(em, plan, approvalPrint);
      if (!REFUNDABLE_STATUSES.includes(booking.status)) fail(notRefundable(booking.status));
      // Under the booking's lock: a refund that claimed it meanwhile has committed its saga row.
      const other = await activeRefund(em, booking.id);
      if (other) fail(refundInProgress(other.id));
      const facts = { amountCents: amount.amountCents, currency: amount.currency, from: booking.status };
      if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, approvalPrint, facts);
      const stored: StoredRefund = {
        bookingId: booking.id,
        reason: input.reason,
        amountCents: amount.amountCents,
        refundableCents: refundable.amountCents,
        currency: amount.currency,
        previousStatus: booking.status,
      };
      insertSaga(em, {
        id: sagaId,
        kind: 'refund',
        bookingId: booking.id,
        externalRef: null,
        idempotency: idempotencyKey ? { scope: keyScope, key: idempotencyKey } : null,
        fingerprint: print,
        input: stored,
        principal: scope.actor,
        lease: { owner, expiresAt: new Date(at.getTime() + runtime.leaseSeconds * 1000) },
        steps: REFUND_STEP_NAMES,
        at,
      });
      await em.flush();
      recordExecution(em, plan, approvalPrint, approval, { ...facts, refundId: sagaId });
      return { id: sagaId };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const again = scope.em.fork();
    const replayed = idempotencyKey ? await replayByKey(again, keyScope, idempotencyKey, print) : null;
    if (replayed) return replayed;
    const other = await activeRefund(again, input.bookingId);
    if (other) return refundInProgress(other.id);
    throw error;
  }
  if (isBusinessOutcome(claimed)) return claimed;
  try {
    await driveForward(sagaEnv(scope, runtime), refundSaga, sagaId, owner);
  } catch (error) {
    if (!(error instanceof LeaseLost)) throw error;
  }
  return claimed;
}
