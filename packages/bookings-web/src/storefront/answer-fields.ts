import type { PublicBookingSession } from '@bookings/react';

type Requirements = PublicBookingSession['requirements'];
export type SessionQuestion = Requirements['questions'][number];

/** One place an answer goes: a question, and the traveler or line it is about (neither for the booking). */
export interface AnswerSlot {
  /** Stable form key: question, traveler and line. */
  key: string;
  questionId: string;
  travelerId: string | null;
  bookingItemId: string | null;
  /** Who the answer is about, for the label; null for the booking itself. */
  about: string | null;
}

const slotKey = (questionId: string, travelerId: string | null, bookingItemId: string | null) =>
  `${questionId}|${travelerId ?? ''}|${bookingItemId ?? ''}`;

const travelerName = (traveler: PublicBookingSession['travelers'][number]) =>
  `${traveler.firstName} ${traveler.lastName}`.trim();

/**
 * Where a question's answers go, as Bookings resolves them: one per traveler, one for the lead traveler, one
 * for the booking, or one per line the question is about. Lines are known only from what the server reports
 * for the question (missing or answered), since a session's lines do not say whether they are extras.
 */
export function answerSlots(
  question: SessionQuestion,
  session: Pick<PublicBookingSession, 'travelers' | 'items' | 'requirements'>,
): AnswerSlot[] {
  const { questionId } = question;
  switch (question.target) {
    case 'TRAVELER':
      return session.travelers.map((traveler) => ({
        key: slotKey(questionId, traveler.id, null),
        questionId,
        travelerId: traveler.id,
        bookingItemId: null,
        about: travelerName(traveler),
      }));
    case 'LEAD_TRAVELER':
      return session.travelers
        .filter((traveler) => traveler.isPrimary)
        .map((traveler) => ({
          key: slotKey(questionId, traveler.id, null),
          questionId,
          travelerId: traveler.id,
          bookingItemId: null,
          about: travelerName(traveler),
        }));
    case 'EXTRA':
    case 'SERVICE': {
      const lineIds = new Set([
        ...session.requirements.missing.flatMap((entry) =>
          entry.questionId === questionId && entry.bookingItemId ? [entry.bookingItemId] : [],
        ),
        ...question.answers.flatMap((answer) => (answer.bookingItem ? [answer.bookingItem.id] : [])),
      ]);
      return session.items
        .filter((item) => lineIds.has(item.id))
        .map((item) => ({
          key: slotKey(questionId, null, item.id),
          questionId,
          travelerId: null,
          bookingItemId: item.id,
          about: item.title,
        }));
    }
    default:
      return [{ key: slotKey(questionId, null, null), questionId, travelerId: null, bookingItemId: null, about: null }];
  }
}

/** The stored answer of a slot, if any. */
export function storedAnswer(question: SessionQuestion, slot: AnswerSlot): unknown {
  const answer = question.answers.find(
    (candidate) =>
      (candidate.traveler?.id ?? null) === slot.travelerId &&
      (candidate.bookingItem?.id ?? null) === slot.bookingItemId,
  );
  return answer?.value ?? null;
}

/** What a form control shows for a stored value: text, or the chosen options of a multi-select. */
export function formValue(fieldType: SessionQuestion['fieldType'], value: unknown): string | string[] {
  if (fieldType === 'MULTI_SELECT') return Array.isArray(value) ? value.map(String) : [];
  if (value === null || value === undefined) return '';
  if (fieldType === 'BOOLEAN') return value === true ? 'true' : value === false ? 'false' : '';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * The JSON value Bookings checks for a form control's content; null clears the answer. A number that does not
 * parse is sent as the text typed, so the server's refusal (INVALID_VALUE) names the field.
 */
export function answerValue(fieldType: SessionQuestion['fieldType'], input: string | string[]): unknown {
  if (Array.isArray(input)) return input.length === 0 ? null : input;
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (fieldType === 'NUMBER') {
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : trimmed;
  }
  if (fieldType === 'BOOLEAN') return trimmed === 'true';
  return trimmed;
}

/** Problems of a refused batch, by form key: the server's path names the answer's index in what was sent. */
export function problemsBySlot(
  sent: readonly AnswerSlot[],
  problems: readonly { path: string; message: string }[],
): Record<string, string> {
  const byKey: Record<string, string> = {};
  for (const problem of problems) {
    const index = Number(/^input\.answers\.(\d+)/.exec(problem.path)?.[1]);
    const slot = Number.isInteger(index) ? sent[index] : undefined;
    if (slot) byKey[slot.key] = problem.message;
  }
  return byKey;
}
