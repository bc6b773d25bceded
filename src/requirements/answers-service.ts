import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingAnswer } from '../entities/booking-answer.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { Booking } from '../entities/booking.entity';
import { notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import { RequirementsUnavailable, type BookingQuestionnaire, type RequirementsPort } from '../ports/requirements-port';
import type { ServiceScope } from '../services/actor';
import { recordActivity } from '../services/activity';
import { assertEditable, lockBooking, touchBooking } from '../services/booking-access';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from '../services/unit-of-work';
import { checkAnswerValue } from './answer-values';
import { answerKey, bookedOptionIds, lockedBookingFacts } from './booking-facts';
import { checkAnswerSlot, resolveRequirements, type AnswerKey } from './resolve';

export interface AnswerToSet extends AnswerKey {
  /** null clears the answer. */
  value: unknown;
}

export interface SetAnswersInput {
  bookingId: string;
  answers: AnswerToSet[];
}

export interface AnswerProblemValue {
  path: string;
  reason: 'not_applicable' | 'wrong_target' | 'invalid_value' | 'unknown_option';
  questionId: string;
  message: string;
}

/**
 * How answers reach their booking: the field that names it, and the lock that admits the write
 * (an admin writes on any booking that is not terminal; a storefront customer only on an open session).
 */
export interface AnswersEntry {
  field: string;
  lock: (em: SqlEntityManager, bookingId: string) => Promise<Booking>;
}

const bookingEntry: AnswersEntry = {
  field: 'input.bookingId',
  lock: async (em, bookingId) => {
    const booking = await lockBooking(em, bookingId, 'input.bookingId');
    assertEditable(booking);
    return booking;
  },
};

export const requirementsUnavailable = (): BusinessOutcome => ({
  __typename: 'RequirementsUnavailableError',
  code: 'REQUIREMENTS_UNAVAILABLE',
  message: 'The catalog could not be asked what this booking requires; nothing was changed',
});

/**
 * The questionnaires of the options a booking has now, asked before any transaction opens (a
 * remote call never runs under a lock). Null means the catalog could not answer.
 */
export async function questionnairesBeforeLock(
  em: SqlEntityManager,
  port: RequirementsPort,
  bookingId: string,
  field: string,
): Promise<{ optionIds: string[]; questionnaires: (BookingQuestionnaire | null)[] } | null> {
  // A fork of its own: partial rows must not sit in the identity map the transaction starts from.
  const reader = em.fork();
  const booking = await reader.findOne(Booking, { id: bookingId }, { fields: ['id'] });
  if (!booking) throw notFound('Booking', bookingId, field);
  const items = await reader.find(BookingItem, { booking: bookingId }, { fields: ['optionId', 'status'] });
  const optionIds = bookedOptionIds(items);
  try {
    return { optionIds, questionnaires: await port.questionnaires(optionIds) };
  } catch (error) {
    if (error instanceof RequirementsUnavailable) return null;
    throw error;
  }
}

const sameOptions = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((optionId) => b.includes(optionId));

const problemsOf = (
  answers: readonly AnswerToSet[],
  check: (answer: AnswerToSet) => Omit<AnswerProblemValue, 'path' | 'questionId'> | null,
): AnswerProblemValue[] =>
  answers.flatMap((answer, index) => {
    const problem = check(answer);
    return problem ? [{ ...problem, questionId: answer.questionId, path: `input.answers.${index}` }] : [];
  });

/**
 * Sets and clears answers on a booking, all or none: the catalog is asked first, then under the
 * booking's lock every answer is checked against what applies now (its question, its target,
 * its value) and only then written. A clear needs no applicable question: an answer to a question
 * the booking no longer has can always be removed.
 */
export async function setBookingAnswers(
  port: RequirementsPort,
  scope: ServiceScope,
  input: SetAnswersInput,
  entry: AnswersEntry = bookingEntry,
): Promise<{ bookingId: string } | BusinessOutcome> {
  const asked = await questionnairesBeforeLock(scope.em, port, input.bookingId, entry.field);
  if (!asked) return requirementsUnavailable();
  return runUnitOfWork(scope, async (em) => {
    const booking = await entry.lock(em, input.bookingId);
    const locked = await lockedBookingFacts(em, booking);
    // The lines changed while the catalog answered: its questionnaires may be the wrong ones.
    if (!sameOptions(locked.optionIds, asked.optionIds)) {
      fail({
        __typename: 'VersionConflictError',
        code: 'VERSION_CONFLICT',
        message: 'The booking changed while its requirements were read; read it again',
        expectedVersion: scope.expectedVersion ?? booking.version,
        actualVersion: booking.version,
      });
    }
    const resolution = resolveRequirements(asked.questionnaires, locked.facts, locked.answers.map(answerKey));
    const problems = problemsOf(input.answers, (answer) => {
      if (answer.value === null) return null;
      const resolved = checkAnswerSlot(resolution, answer);
      if (resolved === 'NOT_APPLICABLE')
        return { reason: 'not_applicable', message: 'The question does not apply to this booking' };
      if (resolved === 'WRONG_TARGET') {
        return { reason: 'wrong_target', message: `The question is asked of ${targetOf(resolution, answer)}` };
      }
      const value = checkAnswerValue(resolved.question, answer.value);
      if (value.ok) return null;
      return {
        reason: value.reason === 'UNKNOWN_OPTION' ? 'unknown_option' : 'invalid_value',
        message: `The value ${value.message}`,
      };
    }).map((problem) =>
      problem.reason === 'invalid_value' || problem.reason === 'unknown_option'
        ? { ...problem, path: `${problem.path}.value` }
        : problem,
    );
    if (problems.length > 0) {
      fail({
        __typename: 'AnswerValidationError',
        code: 'ANSWER_VALIDATION_FAILED',
        message: `${problems.length} answer(s) were refused; nothing was written`,
        problems,
      });
    }
    const at = scope.clock.now();
    const stored = new Map(locked.answers.map((answer) => [keyOf(answerKey(answer)), answer]));
    let set = 0;
    let cleared = 0;
    for (const answer of input.answers) {
      const existing = stored.get(keyOf(answer));
      if (answer.value === null) {
        if (existing) {
          em.remove(existing);
          cleared += 1;
        }
        continue;
      }
      const resolved = checkAnswerSlot(resolution, answer);
      if (typeof resolved === 'string') continue;
      const { question } = resolved;
      const value = checkAnswerValue(question, answer.value);
      if (!value.ok) continue;
      const snapshot = {
        questionId: question.id,
        label: question.label,
        fieldType: question.fieldType,
        target: question.target,
        options: question.options,
      };
      set += 1;
      if (existing) {
        em.assign(existing, {
          value: value.value,
          questionSnapshot: snapshot,
          answeredBy: scope.actor.id,
          updatedAt: at,
        });
        continue;
      }
      em.create(BookingAnswer, {
        id: newId(ID_PREFIX.answer),
        booking: booking.id,
        questionRef: question.id,
        questionSnapshot: snapshot,
        target: question.target,
        traveler: answer.travelerId,
        bookingItem: answer.bookingItemId,
        value: value.value,
        answeredBy: scope.actor.id,
        createdAt: at,
        updatedAt: at,
      });
    }
    touchBooking(booking, at);
    // Question ids and counts only: answers are the customer's words.
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'booking_updated',
      description: `Answers set: ${set} given, ${cleared} cleared`,
      metadata: {
        action: 'answers_set',
        questionIds: [...new Set(input.answers.map((a) => a.questionId))],
        set,
        cleared,
      },
    });
    return { bookingId: booking.id };
  });
}

const keyOf = (key: AnswerKey): string => `${key.questionId}|${key.travelerId ?? ''}|${key.bookingItemId ?? ''}`;

const TARGET_WORDS: Record<string, string> = {
  TRAVELER: 'each traveler (travelerId)',
  LEAD_TRAVELER: 'the primary traveler (travelerId)',
  BOOKING: 'the booking (no travelerId or bookingItemId)',
  BOOKER: 'the booking (no travelerId or bookingItemId)',
  EXTRA: 'each extra line (bookingItemId)',
  SERVICE: 'each service line (bookingItemId)',
};

function targetOf(resolution: ReturnType<typeof resolveRequirements>, answer: AnswerKey): string {
  const resolved = resolution.questions.find(({ question }) => question.id === answer.questionId);
  return resolved ? (TARGET_WORDS[resolved.question.target] ?? resolved.question.target) : 'another target';
}
