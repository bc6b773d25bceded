import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Booking } from './booking.entity';

/** Limits of a wizard state (design §2), refused at the boundary and held by the table as well. */
export const SESSION_STATE_LIMITS = { currentStepLength: 255, completedSteps: 50, payloadBytes: 64 * 1024 } as const;

/**
 * A storefront wizard's opaque state for one session. `version` is not an ORM version column: the
 * wizard write is one guarded UPDATE on the version the caller read, so a stale write changes nothing.
 */
export const BookingSessionState = defineEntity({
  name: 'BookingSessionState',
  tableName: 'booking_session_states',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade'),
    stateKey: p.string().length(50),
    currentStep: p.string().length(SESSION_STATE_LIMITS.currentStepLength).nullable(),
    completedSteps: p.json<string[]>(),
    payload: p.json<Record<string, unknown>>(),
    version: p.integer(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ name: 'booking_session_states_booking_key', properties: ['booking', 'stateKey'] }],
  checks: [
    {
      name: 'booking_session_states_completed_steps',
      expression: `jsonb_array_length(completed_steps) <= ${SESSION_STATE_LIMITS.completedSteps}`,
    },
    {
      name: 'booking_session_states_payload_size',
      expression: `octet_length(payload::text) <= ${SESSION_STATE_LIMITS.payloadBytes}`,
    },
    { name: 'booking_session_states_version', expression: 'version >= 1' },
  ],
});

export type BookingSessionState = InferEntity<typeof BookingSessionState>;
