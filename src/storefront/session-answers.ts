import type { RequirementsPort } from '../ports/requirements-port';
import { setBookingAnswers, type AnswersEntry, type SetAnswersInput } from '../requirements/answers-service';
import type { ServiceScope } from '../services/actor';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { lockSession } from './session-access';

export interface SetSessionAnswersInput {
  sessionId: string;
  answers: SetAnswersInput['answers'];
}

/**
 * A customer answers only while the session is still ON_HOLD: once confirmed, changing what
 * the supplier was told goes through the agency (setBookingAnswers).
 */
const openSession: AnswersEntry = {
  field: 'input.sessionId',
  lock: async (em, sessionId) => {
    const { booking } = await lockSession(em, sessionId);
    if (booking.status !== 'on_hold') {
      fail({
        __typename: 'BookingNotEditableError',
        code: 'BOOKING_NOT_EDITABLE',
        message: `A ${booking.status} session's answers can no longer be changed here`,
        status: booking.status,
      });
    }
    return booking;
  },
};

/** Sets and clears a session's answers (design §3 `setSessionAnswers`): the booking's rules, the session's door. */
export const setSessionAnswers = (
  port: RequirementsPort,
  scope: ServiceScope,
  input: SetSessionAnswersInput,
): Promise<{ bookingId: string } | BusinessOutcome> =>
  setBookingAnswers(port, scope, { bookingId: input.sessionId, answers: input.answers }, openSession);
