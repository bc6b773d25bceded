import { CheckConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { SESSION_STATE_LIMITS } from '../entities/booking-session-state.entity';
import { badUserInput } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import { recordActivity } from '../services/activity';
import { touchBooking } from '../services/booking-access';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from '../services/unit-of-work';
import { assertSessionOpen, lockSession } from './session-access';
import { writePeople } from './session-service';
import type { WizardStateInput } from './storefront-inputs';
import type { StorefrontScope } from './storefront-scope';

const WIZARD_KEY = 'wizard';

function versionConflict(expectedVersion: number, actualVersion: number): never {
  return fail({
    __typename: 'VersionConflictError',
    code: 'VERSION_CONFLICT',
    message: `The wizard state is at version ${actualVersion}, not ${expectedVersion}`,
    expectedVersion,
    actualVersion,
  });
}

async function currentVersion(em: SqlEntityManager, bookingId: string): Promise<number> {
  const rows = await em.execute<{ version: number }[]>(
    'select version from booking_session_states where booking_id = ? and state_key = ?',
    [bookingId, WIZARD_KEY],
  );
  return rows[0]?.version ?? 0;
}

/**
 * The first write inserts, and a concurrent first write finds the row and inserts nothing; later
 * writes are one UPDATE guarded on the version the caller read. Zero rows either way is a
 * VersionConflictError, never a unique-violation 500 as in the reference's select-then-insert.
 */
async function writeState(
  em: SqlEntityManager,
  bookingId: string,
  input: WizardStateInput,
  at: Date,
): Promise<boolean> {
  const payload = JSON.stringify(input.payload ?? {});
  if (input.expectedVersion === 0) {
    const inserted = await em.execute<{ id: string }[]>(
      `insert into booking_session_states (id, booking_id, state_key, current_step, completed_steps, payload,
       version, created_at, updated_at)
       values (?, ?, ?, ?, ?::jsonb, ?::jsonb, 1, ?, ?)
       on conflict (booking_id, state_key) do nothing returning id`,
      [
        newId(ID_PREFIX.sessionState),
        bookingId,
        WIZARD_KEY,
        input.currentStep ?? null,
        JSON.stringify(input.completedSteps ?? []),
        payload,
        at,
        at,
      ],
    );
    return inserted.length === 1;
  }
  // An omitted field keeps its stored value; MERGE is shallow (top-level keys), REPLACE swaps the object.
  const updated = await em.execute<{ version: number }[]>(
    `update booking_session_states set
       current_step = case when ?::boolean then ? else current_step end,
       completed_steps = coalesce(?::jsonb, completed_steps),
       payload = case when ?::jsonb is null then payload when ? = 'replace' then ?::jsonb else payload || ?::jsonb end,
       version = version + 1,
       updated_at = ?
     where booking_id = ? and state_key = ? and version = ?
     returning version`,
    [
      input.currentStep !== undefined,
      input.currentStep ?? null,
      input.completedSteps === undefined || input.completedSteps === null ? null : JSON.stringify(input.completedSteps),
      input.payload === undefined || input.payload === null ? null : payload,
      input.payloadMode,
      payload,
      payload,
      at,
      bookingId,
      WIZARD_KEY,
      input.expectedVersion,
    ],
  );
  return updated.length === 1;
}

/**
 * Writes the wizard's state, and its typed contact and travelers, in one transaction under the
 * session's lock (design §2 "Wizard write"). The payload stays opaque; only its limits are ours.
 */
export async function updateSessionWizardState(
  scope: StorefrontScope,
  input: WizardStateInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  let afterCommit = async (): Promise<void> => undefined;
  try {
    const result = await runUnitOfWork(scope, async (em) => {
      const { booking } = await lockSession(em, input.sessionId);
      const at = scope.clock.now();
      assertSessionOpen(booking, at);
      if (!(await writeState(em, booking.id, input, at)))
        versionConflict(input.expectedVersion, await currentVersion(em, booking.id));
      const people = await writePeople(scope, em, booking, input, at);
      afterCommit = people.afterCommit;
      // The state has its own version; the booking's moves only when the booking itself changed.
      if (people.fields.length > 0) touchBooking(booking, at);
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'wizard_state_updated',
        description: `Wizard state written at step ${input.currentStep ?? '(unchanged)'}`,
        metadata: { expectedVersion: input.expectedVersion, payloadMode: input.payloadMode, fields: people.fields },
      });
      return { bookingId: booking.id };
    });
    await afterCommit();
    return result;
  } catch (error) {
    if (
      error instanceof CheckConstraintViolationException &&
      String(error.message).includes('booking_session_states_')
    ) {
      throw badUserInput(
        `input.payload: the merged state must stay within ${SESSION_STATE_LIMITS.payloadBytes} bytes and ` +
          `${SESSION_STATE_LIMITS.completedSteps} steps`,
        'input.payload',
      );
    }
    throw error;
  }
}
