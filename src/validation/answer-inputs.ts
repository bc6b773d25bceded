import { z } from 'zod';
import { expectedVersion, text, typeId } from './fields';

/** At most this many answers in one call: a questionnaire, not a bulk import. */
export const MAX_ANSWERS_PER_CALL = 100;

// The value's shape depends on its question, which only the catalog knows: checked by the service.
const answerInput = z
  .object({
    questionId: text().trim().min(1).max(255),
    travelerId: typeId('bkpt').nullish(),
    bookingItemId: typeId('bkit').nullish(),
    value: z.unknown(),
  })
  .superRefine((answer, ctx) => {
    if (answer.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required; null clears the answer' });
    }
    if (answer.travelerId && answer.bookingItemId) {
      ctx.addIssue({
        code: 'custom',
        path: ['bookingItemId'],
        message: 'an answer is about a traveler or a line, not both',
      });
    }
  })
  .transform((answer) => ({
    questionId: answer.questionId,
    travelerId: answer.travelerId ?? null,
    bookingItemId: answer.bookingItemId ?? null,
    value: answer.value ?? null,
  }));

const answers = z
  .array(answerInput)
  .min(1, 'must hold at least one answer')
  .max(MAX_ANSWERS_PER_CALL, `must hold at most ${MAX_ANSWERS_PER_CALL} answers`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((answer, index) => {
      const key = `${answer.questionId}|${answer.travelerId ?? ''}|${answer.bookingItemId ?? ''}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index], message: 'answers this question and target twice' });
      seen.add(key);
    });
  });

export const setBookingAnswersInput = z.object({ bookingId: typeId('book'), expectedVersion, answers });

export const setSessionAnswersInput = z.object({
  sessionId: typeId('book'),
  expectedVersion: z.number().int().min(1, 'must be at least 1'),
  answers,
});
