import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import { recordEvent } from '../events/outbox';
import { asPortFailure } from '../ports/port-failure';
import type { CompensationResult, SagaDefinition, StepDefinition } from '../sagas/runner';
import type { SagaState } from '../sagas/saga-records';
import { StepFailure } from '../sagas/step-failure';
import { recordActivity } from '../services/activity';
import { lockBooking } from '../services/booking-access';
import { moveBooking } from '../services/booking-cascade';
import { recordStatusEvent, recordSupplierStatusEvent } from '../services/lifecycle-events';
import { canTransitionBooking, transitionBooking as transitionPatch } from '../statemachine/booking-status';
import {
  SUPPLIER_STATUSES,
  canTransitionSupplierStatus,
  transitionSupplierStatus,
} from '../statemachine/supplier-status';
import { storedRefund, type StoredRefund } from './refund-inputs';

export const CLAIM_STEP = 'claim';
export const CREDIT_NOTE_STEP = 'credit-note';
export const SUPPLIER_REVERSAL_STEP = 'supplier-reversal';
export const CANCEL_STEP = 'cancel-and-release';

export const REFUND_STEP_NAMES = [CLAIM_STEP, CREDIT_NOTE_STEP, SUPPLIER_REVERSAL_STEP, CANCEL_STEP].map((name) => ({
  name,
  lineRef: null,
}));

/** Supplier statuses still standing: the ones a refund reverses, then cancels. */
/** Commitments a refund reverses: those the supplier lifecycle still lets be cancelled. */
const STANDING_SUPPLIER_STATUSES = SUPPLIER_STATUSES.filter((status) =>
  canTransitionSupplierStatus(status, 'cancelled'),
);

const refundOf = (saga: SagaState): StoredRefund => storedRefund.parse(saga.input);

const creditNoteStep: StepDefinition = {
  name: CREDIT_NOTE_STEP,
  lineRef: null,
  uncertainWhenInterrupted: true,
  async run(context) {
    const refund = refundOf(context.saga);
    if (refund.amountCents === 0) {
      await context.commit(() => Promise.resolve({ creditNoteId: null, skipped: true }));
      return;
    }
    const finance = context.env.runtime.ports.finance;
    if (!finance) throw new StepFailure('REFUND_UNAVAILABLE', 'finance is not configured');
    let creditNoteId: string;
    try {
      ({ creditNoteId } = await finance.createCreditNote({
        idempotencyKey: context.key,
        bookingId: refund.bookingId,
        amount: { amountCents: refund.amountCents, currency: refund.currency },
      }));
    } catch (error) {
      throw asPortFailure(error, 'finance');
    }
    await context.commit(() => Promise.resolve({ creditNoteId, skipped: false }));
  },
  async compensate(context): Promise<CompensationResult> {
    const refund = refundOf(context.saga);
    if (refund.amountCents === 0) return { status: 'compensated' };
    const finance = context.env.runtime.ports.finance;
    if (!finance)
      return { status: 'not_compensable', code: 'ADAPTER_NOT_CONFIGURED', message: 'finance is not configured' };
    const output = context.step.output as { creditNoteId?: string | null } | null;
    try {
      // By key as well as id: a credit note created just before a crash is found by its key.
      await finance.voidCreditNote({ idempotencyKey: context.key, creditNoteId: output?.creditNoteId ?? null });
    } catch (error) {
      const failure = asPortFailure(error, 'finance');
      return { status: 'compensation_failed', code: failure.code, message: failure.message };
    }
    return { status: 'compensated' };
  },
};

const supplierReversalStep: StepDefinition = {
  name: SUPPLIER_REVERSAL_STEP,
  lineRef: null,
  async run(context) {
    const refund = refundOf(context.saga);
    const port = context.env.runtime.ports.supplierReversal;
    const standing = await context.env.em
      .fork()
      .find(
        BookingSupplierStatus,
        { booking: refund.bookingId, status: { $in: [...STANDING_SUPPLIER_STATUSES] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
    if (!port || standing.length === 0) {
      await context.commit(() => Promise.resolve({ reversed: [] }));
      return;
    }
    let reversed: string[];
    try {
      ({ reversed } = await port.reverse({
        idempotencyKey: context.key,
        bookingId: refund.bookingId,
        lines: standing.map((status) => ({
          supplierStatusId: status.id,
          supplierId: status.supplierId ?? null,
          supplierReference: status.supplierReference ?? null,
        })),
      }));
    } catch (error) {
      throw asPortFailure(error, 'supplier reversal');
    }
    await context.commit(() => Promise.resolve({ reversed }));
  },
};

/** Locks the capacity rows the booking's allocations count against, in the one sorted order every reservation uses. */
async function lockCapacityTargets(em: SqlEntityManager, bookingId: string): Promise<void> {
  const live = await em.find(BookingAllocation, { booking: bookingId, status: { $in: ['held', 'confirmed'] } });
  const targets = [
    ...new Map(live.map((allocation) => [`${allocation.kind}\u0000${allocation.targetId}`, allocation])).values(),
  ];
  if (targets.length === 0) return;
  await em.execute(
    `select 1 from allocation_capacities where (kind, target_id) in (${targets.map(() => '(?, ?)').join(', ')})
     order by kind, target_id for update`,
    targets.flatMap((target) => [target.kind, target.targetId]),
  );
}

/**
 * The pivot: every external step is done, so the booking is cancelled and its inventory given
 * back in one transaction. It is retried until it commits, never compensated.
 */
const cancelStep: StepDefinition = {
  name: CANCEL_STEP,
  lineRef: null,
  pivot: true,
  async run(context) {
    const { env, saga } = context;
    const refund = refundOf(saga);
    const creditNoteId = (context.outputOf(CREDIT_NOTE_STEP)?.creditNoteId as string | null | undefined) ?? null;
    const reversed = (context.outputOf(SUPPLIER_REVERSAL_STEP)?.reversed as string[] | undefined) ?? [];
    await context.commit(async (em) => {
      const at = env.clock.now();
      const booking = await lockBooking(em, refund.bookingId);
      await lockCapacityTargets(em, booking.id);
      const from = booking.status;
      // Another writer may have ended the booking while the refund ran (nothing blocks it yet): the
      // credit note stands, so the pivot still records the refund rather than retrying for ever.
      const cancels = canTransitionBooking(from, 'cancelled');
      const cascade = cancels
        ? await moveBooking(
            em,
            booking,
            'cancelled',
            transitionPatch(from, 'cancelled', { now: at, defaultHoldMinutes: env.config.holdDefaultMinutes }),
            at,
            { mode: 'transition', defaultHoldMinutes: env.config.holdDefaultMinutes },
          )
        : null;
      const statuses =
        reversed.length === 0
          ? []
          : await em.find(BookingSupplierStatus, { id: { $in: reversed }, booking: booking.id });
      for (const status of statuses) {
        const from = status.status;
        if (!canTransitionSupplierStatus(from, 'cancelled')) continue;
        Object.assign(status, transitionSupplierStatus(from, 'cancelled', { now: at }), { updatedAt: at });
        recordSupplierStatusEvent(em, {
          bookingId: booking.id,
          commitment: status,
          previousStatus: from,
          cause: 'refund',
          at,
        });
      }
      // The reason is the caller's free text and may name people: it stays on the refund, not in the log.
      recordActivity(em, {
        bookingId: booking.id,
        actor: env.actor,
        at,
        type: 'booking_refunded',
        description: `Refunded ${refund.amountCents} ${refund.currency}${cancels ? ` and cancelled from ${from}` : ''}`,
        metadata: {
          refundId: saga.id,
          amountCents: refund.amountCents,
          currency: refund.currency,
          creditNoteId,
          supplierStatusesReversed: statuses.length,
          cascade,
        },
      });
      if (cancels) recordStatusEvent(em, booking, from, at);
      recordEvent(em, {
        type: 'booking.refunded',
        bookingId: booking.id,
        at,
        payload: {
          bookingId: booking.id,
          bookingNumber: booking.bookingNumber,
          refundId: saga.id,
          amountCents: refund.amountCents,
          currency: refund.currency,
          creditNoteId,
          previousStatus: from,
        },
      });
      return { previousStatus: from, cancelled: cancels, capacityFreed: cascade?.capacityFreed ?? 0 };
    });
  },
};

/** A refund (design §7): claim, credit note, supplier reversal, then the pivot; recovery rolls forward. */
export const refundSaga: SagaDefinition = {
  kind: 'refund',
  recovery: 'roll-forward',
  steps: () => [
    { name: CLAIM_STEP, lineRef: null, run: () => Promise.resolve() },
    creditNoteStep,
    supplierReversalStep,
    cancelStep,
  ],
  // A refund that failed before its pivot left the booking as it was: the claim ends with the saga's status.
  closeFailed: () => Promise.resolve(),
};
