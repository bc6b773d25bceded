import DataLoader from 'dataloader';
import type { RequestLoaders } from '../loaders';
import { RequirementsUnavailable, type BookingQuestionnaire, type RequirementsPort } from '../ports/requirements-port';
import type { BookingRow } from '../read/booking-rows';
import { answerKey, bookedOptionIds, bookingFacts } from './booking-facts';
import type { BookingAnswerRow } from './requirement-loaders';
import { resolveRequirements, type MissingRequirement, type Resolution } from './resolve';

/** GraphQL enums are stored (and resolved) lowercase; the catalog speaks their UPPER_CASE names. */
export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export interface QuestionView {
  questionId: string;
  label: string;
  fieldType: Lowercase<Resolution['questions'][number]['question']['fieldType']>;
  target: Lowercase<Resolution['questions'][number]['question']['target']>;
  mode: 'required' | 'optional';
  options: { value: string; label: string }[];
  answers: BookingAnswerRow[];
}

export interface MissingView {
  kind: 'question' | 'contact_field';
  questionId: string | null;
  field: string | null;
  travelerId: string | null;
  bookingItemId: string | null;
}

export interface RequirementsView {
  status: 'complete' | 'incomplete' | 'unavailable';
  bookingVersion: number;
  questions: QuestionView[];
  contactRequirements: {
    field: string;
    target: 'contact' | 'traveler' | 'lead_traveler';
    mode: 'required' | 'optional';
    satisfied: boolean;
    travelersWithout: string[];
  }[];
  missing: MissingView[];
}

export const missingView = (missing: MissingRequirement): MissingView =>
  missing.kind === 'QUESTION'
    ? { kind: 'question', questionId: missing.questionId, field: null, ...missingTargets(missing) }
    : {
        kind: 'contact_field',
        questionId: null,
        field: missing.field,
        travelerId: missing.travelerId,
        bookingItemId: null,
      };

const missingTargets = (missing: Extract<MissingRequirement, { kind: 'QUESTION' }>) => ({
  travelerId: missing.travelerId,
  bookingItemId: missing.bookingItemId,
});

/** The view of a resolution, with each question's stored answers. */
export function requirementsView(
  resolution: Resolution,
  bookingVersion: number,
  answers: readonly BookingAnswerRow[],
): RequirementsView {
  return {
    status: resolution.complete ? 'complete' : 'incomplete',
    bookingVersion,
    questions: resolution.questions.map(({ question, mode, slots }) => ({
      questionId: question.id,
      label: question.label,
      fieldType: lower(question.fieldType),
      target: lower(question.target),
      mode: lower(mode),
      options: question.options,
      // Only answers on a slot the question still expects: one left on a removed traveler is not its answer.
      answers: answers.filter((answer) => {
        const key = answerKey(answer);
        return (
          key.questionId === question.id &&
          slots.some((slot) => slot.travelerId === key.travelerId && slot.bookingItemId === key.bookingItemId)
        );
      }),
    })),
    contactRequirements: resolution.contactRequirements.map((requirement) => ({
      field: requirement.field,
      target: lower(requirement.target),
      mode: lower(requirement.mode),
      satisfied: requirement.satisfied,
      travelersWithout: requirement.travelersWithout,
    })),
    missing: resolution.missing.map(missingView),
  };
}

export const unavailableView = (bookingVersion: number): RequirementsView => ({
  status: 'unavailable',
  bookingVersion,
  questions: [],
  contactRequirements: [],
  missing: [],
});

type QuestionnaireLoader = DataLoader<string, BookingQuestionnaire | null>;

// Per request set of loaders: every booking of a page asks the catalog in one call.
const questionnaireLoaders = new WeakMap<RequestLoaders, QuestionnaireLoader>();

function questionnaireLoader(loaders: RequestLoaders, port: RequirementsPort): QuestionnaireLoader {
  let loader = questionnaireLoaders.get(loaders);
  if (!loader) {
    loader = new DataLoader((optionIds) => port.questionnaires([...optionIds]));
    questionnaireLoaders.set(loaders, loader);
  }
  return loader;
}

export interface RequirementsReadSources {
  loaders: RequestLoaders;
  requirements: RequirementsPort;
}

/**
 * A booking's requirements through the request's loaders; the catalog's silence is UNAVAILABLE,
 * not an error, so a booking page still renders when the catalog is down.
 */
export async function readRequirements(
  sources: RequirementsReadSources,
  booking: BookingRow,
): Promise<RequirementsView> {
  const { loaders } = sources;
  const [items, travelers, answers] = await Promise.all([
    loaders.itemsByBooking.load(booking.id),
    loaders.travelersByBooking.load(booking.id),
    loaders.answersByBooking.load(booking.id),
  ]);
  const filledRows = await loaders.filledFieldsByTraveler.loadMany(travelers.map((traveler) => traveler.id));
  const filled = new Map<string, string[]>();
  for (const row of filledRows) {
    if (row instanceof Error) throw row;
    if (row) filled.set(row.traveler, row.filledFields);
  }
  let questionnaires: (BookingQuestionnaire | null)[];
  try {
    const loaded = await questionnaireLoader(loaders, sources.requirements).loadMany(bookedOptionIds(items));
    questionnaires = loaded.map((entry) => {
      if (entry instanceof Error) throw entry;
      return entry;
    });
  } catch (error) {
    if (error instanceof RequirementsUnavailable) return unavailableView(booking.version);
    throw error;
  }
  const resolution = resolveRequirements(
    questionnaires,
    bookingFacts(booking, items, travelers, filled),
    answers.map(answerKey),
  );
  return requirementsView(resolution, booking.version, answers);
}
