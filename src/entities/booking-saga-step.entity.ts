import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SAGA_STEP_STATUSES } from '../domain/saga-vocabulary';
import { BookingSaga } from './booking-saga.entity';
import { vocabulary } from './columns';

/**
 * One step of a saga, in order. It is marked running (and committed) before its side effect, so a
 * crash leaves a trace of what may have happened; its output is what compensation needs.
 */
export const BookingSagaStep = defineEntity({
  name: 'BookingSagaStep',
  tableName: 'booking_saga_steps',
  properties: {
    id: p.string().primary(),
    saga: () => p.manyToOne(BookingSaga).mapToPk().deleteRule('cascade'),
    seq: p.integer(),
    name: p.string(),
    /** The input line the step serves (a plan line's `planLineId`), when there is one. */
    lineRef: p.string().nullable(),
    status: vocabulary(SAGA_STEP_STATUSES).default('pending'),
    attempt: p.integer().default(0),
    output: p.json<Record<string, unknown>>().nullable(),
    errorCode: p.string().nullable(),
    /** Sanitised: never SQL, stack traces or personal data (src/sagas/sanitise.ts). */
    errorMessage: p.text().nullable(),
    compensationCode: p.string().nullable(),
    compensationMessage: p.text().nullable(),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ name: 'booking_saga_steps_saga_seq', properties: ['saga', 'seq'] }],
});

export type BookingSagaStep = InferEntity<typeof BookingSagaStep>;
