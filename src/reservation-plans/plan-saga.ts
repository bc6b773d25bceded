import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingOrigin } from '../entities/booking-origin.entity';
import { asPortFailure } from '../ports/port-failure';
import type { ExternalReservationPort } from '../ports/external-reservation-port';
import { recordActivity } from '../services/activity';
import { lockBooking } from '../services/booking-access';
import { moveBooking } from '../services/booking-cascade';
import { upsertOrigin } from '../services/booking-origin-service';
import { addMinutes } from '../services/holds';
import { recordStatusEvent } from '../services/lifecycle-events';
import { transitionBooking as transitionPatch } from '../statemachine/booking-status';
import type { CompensationContext, CompensationResult, SagaDefinition, SagaEnv, StepDefinition } from '../sagas/runner';
import type { SagaState } from '../sagas/saga-records';
import { storedPlanInput, type PlanLineInput, type SubmitReservationPlanInput } from './plan-inputs';
import { recordSupplierLine, reserveCatalogLine, undoLine, type LineOutput } from './plan-lines';

export const OPEN_STEP = 'open';
export const HOLD_STEP = 'hold';
export const lineStepName = (index: number): string => `line-${index + 1}`;

/** The step names of a plan, in order: open, one per line, hold. */
export const planStepNames = (input: SubmitReservationPlanInput) => [
  { name: OPEN_STEP, lineRef: null },
  ...input.lines.map((line, index) => ({ name: lineStepName(index), lineRef: line.planLineId })),
  { name: HOLD_STEP, lineRef: null },
];

/** The adapter a line is held through, or null for an internal hold. */
export function adapterFor(env: SagaEnv, line: PlanLineInput): ExternalReservationPort | null {
  if (line.kind !== 'external_order' && line.kind !== 'non_catalog') return null;
  if (!line.provider) return null;
  return env.runtime.ports.externalReservations.forProvider(line.provider.provider);
}

const bookingOf = (saga: SagaState): string => {
  if (!saga.bookingId) throw new Error(`Reservation plan ${saga.id} has no booking`);
  return saga.bookingId;
};

function lineStep(saga: SagaState, line: PlanLineInput, index: number): StepDefinition {
  return {
    name: lineStepName(index),
    lineRef: line.planLineId,
    uncertainWhenInterrupted: line.kind === 'external_order' || line.kind === 'non_catalog',
    async run(context) {
      const { env } = context;
      const write = { bookingId: bookingOf(saga), line, position: index, actor: env.actor, at: env.clock.now() };
      if (line.kind === 'catalog_backed') {
        await context.commit((em) => reserveCatalogLine(em, { ...write, holdMinutes: env.config.holdDefaultMinutes }));
        return;
      }
      const adapter = adapterFor(env, line);
      let hold: { providerRef: string; holdExpiresAt: Date | null } | null = null;
      if (adapter && line.provider) {
        try {
          hold = await adapter.reserve({
            idempotencyKey: context.key,
            provider: line.provider.provider,
            planLineId: line.planLineId,
            componentId: line.componentId,
            title: line.item.title,
            quantity: line.item.quantity,
            serviceDate: line.item.serviceDate ?? null,
            startsAt: line.item.startsAt ?? null,
            providerProductRef: line.provider.productRef ?? null,
          });
        } catch (error) {
          throw asPortFailure(error, `provider ${line.provider.provider}`);
        }
      }
      await context.commit((em) => recordSupplierLine(em, { ...write, at: env.clock.now() }, hold));
    },
    async compensate(context) {
      return undoPlanLine(context, saga, line);
    },
  };
}

async function undoPlanLine(
  context: CompensationContext,
  saga: SagaState,
  line: PlanLineInput,
): Promise<CompensationResult> {
  const { env, step } = context;
  const output = step.output as LineOutput | null;
  const adapter = adapterFor(env, line);
  if (adapter && line.provider) {
    if (!adapter.release)
      return {
        status: 'not_compensable',
        code: 'ADAPTER_NOT_CONFIGURED',
        message: `provider ${line.provider.provider} cannot release holds`,
      };
    try {
      await adapter.release({
        idempotencyKey: context.key,
        provider: line.provider.provider,
        providerRef: output?.providerRef ?? null,
      });
    } catch (error) {
      const failure = asPortFailure(error, `provider ${line.provider.provider}`);
      return { status: 'compensation_failed', code: failure.code, message: failure.message };
    }
  } else if (
    line.provider &&
    (line.kind === 'external_order' || line.kind === 'non_catalog') &&
    output &&
    !output.internalHold
  ) {
    // Held with a provider whose adapter this process lacks: nobody here can release it.
    return {
      status: 'not_compensable',
      code: 'ADAPTER_NOT_CONFIGURED',
      message: `no adapter for provider ${line.provider.provider}`,
    };
  }
  if (output) await context.transaction((em) => undoLine(em, bookingOf(saga), output, env.clock.now()));
  return { status: 'compensated' };
}

/** The earliest of the policy's limit and the lines' own hold deadlines. */
function holdDeadline(env: SagaEnv, outputs: (LineOutput | null)[], at: Date): Date {
  const limits = [
    addMinutes(at, env.config.holdDefaultMinutes),
    ...outputs.flatMap((output) => (output?.holdExpiresAt ? [new Date(output.holdExpiresAt)] : [])),
  ];
  return new Date(Math.min(...limits.map((limit) => limit.getTime())));
}

function holdStep(saga: SagaState, input: SubmitReservationPlanInput): StepDefinition {
  return {
    name: HOLD_STEP,
    lineRef: null,
    pivot: true,
    async run(context) {
      const { env } = context;
      const outputs = input.lines.map((_line, index) => context.outputOf(lineStepName(index)) as LineOutput | null);
      await context.commit(async (em) => {
        const at = env.clock.now();
        const booking = await lockBooking(em, bookingOf(saga));
        const holdExpiresAt = holdDeadline(env, outputs, at);
        const patch = transitionPatch(booking.status, 'on_hold', {
          now: at,
          holdExpiresAt,
          defaultHoldMinutes: env.config.holdDefaultMinutes,
        });
        const from = booking.status;
        await moveBooking(em, booking, 'on_hold', patch, at, {
          mode: 'transition',
          defaultHoldMinutes: env.config.holdDefaultMinutes,
        });
        const existing = await em.findOne(BookingOrigin, { booking: booking.id });
        upsertOrigin(
          em,
          booking.id,
          existing,
          {
            originSource: 'catalog_price_availability',
            reservationPlanId: input.reservationPlanId,
            catalogPriceResponseId: input.origin?.catalogPriceResponseId ?? null,
            tripSnapshotId: input.origin?.tripSnapshotId ?? null,
            metadata: input.origin?.metadata ?? null,
          },
          at,
        );
        recordActivity(em, {
          bookingId: booking.id,
          actor: env.actor,
          at,
          type: 'reservation_plan_held',
          description:
            `Reservation plan ${saga.id} held ${input.lines.length} line(s) ` + `until ${holdExpiresAt.toISOString()}`,
          metadata: {
            sagaId: saga.id,
            reservationPlanId: input.reservationPlanId,
            holdExpiresAt: holdExpiresAt.toISOString(),
          },
        });
        recordStatusEvent(em, booking, from, at);
        return { holdExpiresAt: holdExpiresAt.toISOString() };
      });
    },
  };
}

/** A reservation plan (design §6): lines in order, undone in reverse on failure; recovery compensates. */
export const reservationPlanSaga: SagaDefinition = {
  kind: 'reservation_plan',
  recovery: 'compensate',
  steps(saga) {
    const input = storedPlanInput(saga.input);
    const open: StepDefinition = { name: OPEN_STEP, lineRef: null, run: () => Promise.resolve() };
    return [open, ...input.lines.map((line, index) => lineStep(saga, line, index)), holdStep(saga, input)];
  },
  async closeFailed(em: SqlEntityManager, saga, env, at) {
    const booking = await lockBooking(em, bookingOf(saga));
    if (booking.status !== 'draft') return;
    const patch = transitionPatch('draft', 'cancelled', { now: at, defaultHoldMinutes: env.config.holdDefaultMinutes });
    await moveBooking(em, booking, 'cancelled', patch, at, {
      mode: 'transition',
      defaultHoldMinutes: env.config.holdDefaultMinutes,
    });
    recordActivity(em, {
      bookingId: booking.id,
      actor: env.actor,
      at,
      type: 'reservation_plan_compensated',
      description: `Reservation plan ${saga.id} failed; its lines were released in reverse order`,
      metadata: { sagaId: saga.id },
    });
    recordStatusEvent(em, booking, 'draft', at);
  },
};
