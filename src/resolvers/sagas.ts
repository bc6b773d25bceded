import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import type { BookingSagaRow } from '../read/saga-rows';
import { searchSagas } from '../read/saga-reads';
import { refundBooking } from '../refunds/refund-service';
import { refundBookingInput, storedRefund } from '../refunds/refund-inputs';
import { CREDIT_NOTE_STEP } from '../refunds/refund-saga';
import { submitReservationPlanInput } from '../reservation-plans/plan-inputs';
import { submitReservationPlan } from '../reservation-plans/plan-service';
import { abortSaga, retrySaga } from '../sagas/admin';
import type { SagaKind, SagaStepStatus } from '../domain/saga-vocabulary';
import { BOOKING_STATUSES, type BookingStatus } from '../statemachine/booking-status';
import { parseArgument } from '../validation/parse';
import { reservationPlansArgs, sagaIdInput, sagasArgs } from '../validation/saga-queries';
import { committedRecord, GATED_HEADERS, mutation } from './mutation-pipeline';
import { representationKey } from './representations';
import {
  lineOutput,
  PLAN_LINE_STATUS,
  planCompensations,
  planFailures,
  planLines,
  planWarnings,
  sagaFailure,
} from './saga-views';

/** A saga row of `kind`, or null: a refund's id is not a reservation plan. */
const ofKind =
  (kind: SagaKind) =>
  (row: BookingSagaRow | null): BookingSagaRow | null =>
    row?.kind === kind ? row : null;

const loadSaga = (context: RequestContext, id: string, kind: SagaKind) =>
  context.loaders.sagaById.load(id).then(ofKind(kind));

/** A mutation's success, read back through fresh loaders after the runs it started committed. */
const loadAnySaga = (context: RequestContext, id: string) => context.loaders.sagaById.load(id);

const steps = (saga: BookingSagaRow, _args: unknown, context: RequestContext) =>
  context.loaders.sagaSteps.load(saga.id);

const bookingStatus = (value: string): BookingStatus => {
  const status = BOOKING_STATUSES.find((candidate) => candidate === value);
  if (!status) throw new GraphQLError(`A refund stored the unknown booking status ${value}`);
  return status;
};

export const sagaResolvers: Resolvers = {
  Query: {
    reservationPlan: (_root, args, context) =>
      loadSaga(context, parseArgument(sagaIdInput, args, '').id, 'reservation_plan'),
    reservationPlans: (_root, args, context) => {
      const { first, after, filter } = parseArgument(reservationPlansArgs, args, '');
      return searchSagas(context.read, context.sql, { first, after, filter: { ...filter, kind: 'reservation_plan' } });
    },
    bookingRefund: (_root, args, context) => loadSaga(context, parseArgument(sagaIdInput, args, '').id, 'refund'),
    sagas: (_root, args, context) => {
      const { first, after, filter } = parseArgument(sagasArgs, args, '');
      return searchSagas(context.read, context.sql, { first, after, filter: filter ?? {} });
    },
  },
  Mutation: {
    submitReservationPlan: mutation('SubmitReservationPlanResult', {
      schema: submitReservationPlanInput,
      call: (scope, input, context) => submitReservationPlan(scope, context.sagas, input),
      readBack: committedRecord('ReservationPlan', loadAnySaga, 'Reservation plan'),
    }),
    refundBooking: mutation('RefundBookingResult', {
      schema: refundBookingInput,
      headers: GATED_HEADERS,
      call: (scope, input, context) => refundBooking(scope, context.sagas, input),
      readBack: committedRecord('BookingRefund', loadAnySaga, 'Refund'),
    }),
    retrySaga: mutation('RetrySagaResult', {
      schema: sagaIdInput,
      call: (scope, input, context) => retrySaga(scope, context.sagas, input.id),
      readBack: committedRecord('Saga', loadAnySaga),
    }),
    abortSaga: mutation('AbortSagaResult', {
      schema: sagaIdInput,
      call: (scope, input, context) => abortSaga(scope, context.sagas, input.id),
      readBack: committedRecord('Saga', loadAnySaga),
    }),
  },
  Saga: {
    booking: (saga, _args, context) => (saga.booking ? context.loaders.bookingById.load(saga.booking) : null),
    steps,
    failure: async (saga, _args, context) => sagaFailure(saga, await steps(saga, null, context)),
  },
  ReservationPlan: {
    __resolveReference: (reference, context) => {
      if ('id' in reference && typeof reference.id === 'string')
        return loadSaga(context, reference.id, 'reservation_plan');
      const ref = representationKey(reference, 'reservationPlanId', 'ReservationPlan');
      return context.loaders.reservationPlanByRef.load(ref);
    },
    reservationPlanId: (plan) => plan.externalRef ?? '',
    booking: (plan, _args, context) => (plan.booking ? context.loaders.bookingById.load(plan.booking) : null),
    lines: async (plan, _args, context) => planLines(plan, await steps(plan, null, context)),
    failures: async (plan, _args, context) => planFailures(await steps(plan, null, context)),
    compensations: async (plan, _args, context) => planCompensations(await steps(plan, null, context)),
    warnings: async (plan, _args, context) => planWarnings(plan, await steps(plan, null, context)),
  },
  ReservationPlanLine: {
    status: (line) => {
      const stepStatus: SagaStepStatus | undefined = line.step?.status;
      return stepStatus ? PLAN_LINE_STATUS[stepStatus] : 'pending';
    },
    internalHold: (line) => lineOutput(line)?.internalHold ?? line.kind === 'manual_placeholder',
    bookingItem: (line, _args, context) => {
      const itemId = lineOutput(line)?.itemId;
      return itemId ? context.loaders.itemById.load(itemId) : null;
    },
    providerRef: (line) => lineOutput(line)?.providerRef ?? null,
    supplierRef: (line) => lineOutput(line)?.supplierStatusId ?? null,
    holdExpiresAt: (line) => {
      const at = lineOutput(line)?.holdExpiresAt;
      return at ? new Date(at) : null;
    },
    errorCode: (line) => line.step?.errorCode ?? null,
  },
  BookingRefund: {
    __resolveReference: (reference, context) =>
      loadSaga(context, representationKey(reference, 'id', 'BookingRefund'), 'refund'),
    booking: async (refund, _args, context) => {
      const booking = refund.booking ? await context.loaders.bookingById.load(refund.booking) : null;
      if (!booking)
        throw new GraphQLError('The record was deleted while it was being read', { extensions: { code: 'NOT_FOUND' } });
      return booking;
    },
    status: (refund) => (refund.status === 'compensating' ? 'running' : refund.status),
    amount: (refund) => {
      const stored = storedRefund.parse(refund.input);
      return { amountCents: stored.amountCents, currency: stored.currency };
    },
    refundable: (refund) => {
      const stored = storedRefund.parse(refund.input);
      return { amountCents: stored.refundableCents, currency: stored.currency };
    },
    reason: (refund) => storedRefund.parse(refund.input).reason,
    previousStatus: (refund) => bookingStatus(storedRefund.parse(refund.input).previousStatus),
    creditNoteId: async (refund, _args, context) => {
      const step = (await steps(refund, null, context)).find((candidate) => candidate.name === CREDIT_NOTE_STEP);
      const id = step?.status === 'succeeded' ? step.output?.creditNoteId : null;
      return typeof id === 'string' ? id : null;
    },
    steps,
    failure: async (refund, _args, context) => sagaFailure(refund, await steps(refund, null, context)),
  },
  Booking: {
    refunds: (booking, _args, context) => context.loaders.refundsByBooking.load(booking.id),
  },
};
