import type {
  BookingQuestion,
  BookingQuestionnaire,
  ContactRequirement,
  QuestionTrigger,
  RequirementMode,
} from '../ports/requirements-port';

/**
 * Which of the catalog's questions and contact fields apply to one booking, and what is still
 * missing (design §3). Pure: the caller loads the booking's facts and the questionnaires of its
 * options. The reference never evaluated triggers; these rules are ours.
 */

/** A line of the booking as the rules see it (cancelled lines are left out by the caller). */
export interface BookedItem {
  id: string;
  itemType: string;
  productId: string | null;
  optionId: string | null;
  unitId: string | null;
  quantity: number;
}

/** A traveler, with the names of the fields that hold a value (travel details by `filled_fields`). */
export interface BookedTraveler {
  id: string;
  isPrimary: boolean;
  filledFields: ReadonlySet<string>;
}

export interface BookingFacts {
  items: readonly BookedItem[];
  travelers: readonly BookedTraveler[];
  /** The names of the booking contact's fields that hold a value (`email`, `phone`, …). */
  contactFields: ReadonlySet<string>;
}

/** Who or what one answer is about: at most one of the two is set. */
export interface AnswerSlot {
  travelerId: string | null;
  bookingItemId: string | null;
}

export interface AnswerKey extends AnswerSlot {
  questionId: string;
}

export type AskedMode = Exclude<RequirementMode, 'HIDDEN'>;

export interface ResolvedQuestion {
  question: BookingQuestion;
  mode: AskedMode;
  /** One per expected answer: per traveler, the lead traveler, the booking, or per matching item. */
  slots: AnswerSlot[];
}

export interface ResolvedContactRequirement {
  field: string;
  target: ContactRequirement['target'];
  mode: AskedMode;
  /** Travelers (or for the lead traveler, the primary one) without the field; empty for CONTACT. */
  travelersWithout: string[];
  satisfied: boolean;
}

export type MissingRequirement =
  | { kind: 'QUESTION'; questionId: string; travelerId: string | null; bookingItemId: string | null }
  | { kind: 'CONTACT_FIELD'; field: string; target: ContactRequirement['target']; travelerId: string | null };

export interface Resolution {
  questions: ResolvedQuestion[];
  contactRequirements: ResolvedContactRequirement[];
  missing: MissingRequirement[];
  complete: boolean;
}

const RANK: Record<RequirementMode, number> = { HIDDEN: 0, OPTIONAL: 1, REQUIRED: 2 };

/** REQUIRED beats OPTIONAL, which beats HIDDEN. */
export const strongerMode = (a: RequirementMode, b: RequirementMode): RequirementMode => (RANK[a] >= RANK[b] ? a : b);

const quantityOf = (items: readonly BookedItem[], matches: (item: BookedItem) => boolean): number | null => {
  const matching = items.filter(matches);
  return matching.length === 0 ? null : matching.reduce((sum, item) => sum + item.quantity, 0);
};

const reaches = (booked: number | null, minQuantity: number | null): boolean =>
  booked !== null && booked >= (minQuantity ?? 1);

const isExtraOf = (productId: string) => (item: BookedItem) =>
  item.itemType === 'extra' && item.productId === productId;

/** Whether one trigger fires on the booking's lines. */
export function triggerFires(trigger: QuestionTrigger, items: readonly BookedItem[]): boolean {
  switch (trigger.kind) {
    case 'UNIT':
      return reaches(
        quantityOf(items, (item) => item.unitId === trigger.unitId),
        trigger.minQuantity,
      );
    case 'OPTION':
      return items.some((item) => item.optionId === trigger.optionId);
    case 'EXTRA':
      return reaches(quantityOf(items, isExtraOf(trigger.extraProductId)), trigger.minQuantity);
  }
}

/**
 * The mode a question takes on one option's questionnaire: without triggers its option override or
 * its own `isRequired`; with triggers, the strongest mode among those that fire, or null when none does.
 */
export function questionMode(question: BookingQuestion, items: readonly BookedItem[]): RequirementMode | null {
  if (question.triggers.length === 0) return question.optionOverride ?? (question.isRequired ? 'REQUIRED' : 'OPTIONAL');
  const fired = question.triggers.filter((trigger) => triggerFires(trigger, items));
  if (fired.length === 0) return null;
  return fired.map((trigger) => trigger.mode).reduce(strongerMode);
}

const primaryOf = (travelers: readonly BookedTraveler[]) => travelers.find((traveler) => traveler.isPrimary) ?? null;

/** The answers a question expects on this booking. */
export function answerSlots(question: BookingQuestion, facts: BookingFacts): AnswerSlot[] {
  const onTraveler = (travelerId: string): AnswerSlot => ({ travelerId, bookingItemId: null });
  const onItem = (item: BookedItem): AnswerSlot => ({ travelerId: null, bookingItemId: item.id });
  switch (question.target) {
    case 'TRAVELER':
      return facts.travelers.map((traveler) => onTraveler(traveler.id));
    case 'LEAD_TRAVELER': {
      const primary = primaryOf(facts.travelers);
      return primary ? [onTraveler(primary.id)] : [];
    }
    case 'BOOKING':
    case 'BOOKER':
      return [{ travelerId: null, bookingItemId: null }];
    case 'EXTRA':
    case 'SERVICE': {
      const itemType = question.target === 'EXTRA' ? 'extra' : 'service';
      // An extra trigger names the products the question is about; without one, every line of the kind.
      const products = question.triggers.flatMap((trigger) =>
        trigger.kind === 'EXTRA' && triggerFires(trigger, facts.items) ? [trigger.extraProductId] : [],
      );
      return facts.items
        .filter((item) => item.itemType === itemType)
        .filter((item) => products.length === 0 || (item.productId !== null && products.includes(item.productId)))
        .map(onItem);
    }
  }
}

const sameSlot = (a: AnswerSlot, b: AnswerSlot): boolean =>
  a.travelerId === b.travelerId && a.bookingItemId === b.bookingItemId;

/** Every option's questions, each once, at the strongest mode any of the options gives it; HIDDEN ones dropped. */
function applicableQuestions(
  questionnaires: readonly (BookingQuestionnaire | null)[],
  facts: BookingFacts,
): ResolvedQuestion[] {
  const byId = new Map<string, { question: BookingQuestion; mode: RequirementMode }>();
  for (const questionnaire of questionnaires) {
    for (const question of questionnaire?.questions ?? []) {
      const mode = questionMode(question, facts.items);
      if (mode === null) continue;
      const seen = byId.get(question.id);
      byId.set(
        question.id,
        seen ? { question: seen.question, mode: strongerMode(seen.mode, mode) } : { question, mode },
      );
    }
  }
  return [...byId.values()].flatMap(({ question, mode }) =>
    mode === 'HIDDEN' ? [] : [{ question, mode, slots: answerSlots(question, facts) }],
  );
}

function contactRequirementsOf(
  questionnaires: readonly (BookingQuestionnaire | null)[],
  facts: BookingFacts,
): ResolvedContactRequirement[] {
  const byKey = new Map<string, ContactRequirement>();
  for (const requirement of questionnaires.flatMap((questionnaire) => questionnaire?.contactRequirements ?? [])) {
    const key = `${requirement.target}:${requirement.field}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, mode: strongerMode(seen.mode, requirement.mode) } : requirement);
  }
  return [...byKey.values()].flatMap(({ field, target, mode }): ResolvedContactRequirement[] => {
    if (mode === 'HIDDEN') return [];
    if (target === 'CONTACT') {
      return [{ field, target, mode, travelersWithout: [], satisfied: facts.contactFields.has(field) }];
    }
    const primary = primaryOf(facts.travelers);
    const whose = target === 'TRAVELER' ? facts.travelers : primary ? [primary] : [];
    const travelersWithout = whose.filter((traveler) => !traveler.filledFields.has(field)).map(({ id }) => id);
    // A lead-traveler field cannot be satisfied while the booking has no primary traveler.
    const satisfied = travelersWithout.length === 0 && (target === 'TRAVELER' || primary !== null);
    return [{ field, target, mode, travelersWithout, satisfied }];
  });
}

/** Which questions and fields apply, and which required ones lack an answer or a value. */
export function resolveRequirements(
  questionnaires: readonly (BookingQuestionnaire | null)[],
  facts: BookingFacts,
  answered: readonly AnswerKey[],
): Resolution {
  const questions = applicableQuestions(questionnaires, facts);
  const contactRequirements = contactRequirementsOf(questionnaires, facts);
  const missing: MissingRequirement[] = [];
  for (const { question, mode, slots } of questions) {
    if (mode !== 'REQUIRED') continue;
    if (question.target === 'LEAD_TRAVELER' && slots.length === 0) {
      missing.push({ kind: 'QUESTION', questionId: question.id, travelerId: null, bookingItemId: null });
    }
    for (const slot of slots) {
      const given = answered.some((answer) => answer.questionId === question.id && sameSlot(answer, slot));
      if (!given) missing.push({ kind: 'QUESTION', questionId: question.id, ...slot });
    }
  }
  for (const requirement of contactRequirements) {
    if (requirement.mode !== 'REQUIRED' || requirement.satisfied) continue;
    const { field, target } = requirement;
    const travelerIds = requirement.travelersWithout.length > 0 ? requirement.travelersWithout : [null];
    for (const travelerId of travelerIds) missing.push({ kind: 'CONTACT_FIELD', field, target, travelerId });
  }
  return { questions, contactRequirements, missing, complete: missing.length === 0 };
}

export type SlotProblem = 'NOT_APPLICABLE' | 'WRONG_TARGET';

/** Whether an answer may be stored against this resolution: its question applies, and it names one of its slots. */
export function checkAnswerSlot(resolution: Resolution, answer: AnswerKey): ResolvedQuestion | SlotProblem {
  const resolved = resolution.questions.find(({ question }) => question.id === answer.questionId);
  if (!resolved) return 'NOT_APPLICABLE';
  return resolved.slots.some((slot) => sameSlot(slot, answer)) ? resolved : 'WRONG_TARGET';
}
