import type { BookingQuestionnaire, QuestionTrigger } from '../../../src/ports/requirements-port';
import { CONTACT_REQUIREMENTS, OPTIONS, QUESTIONS } from './seed';

/** A trigger as the GraphQL type carries it: one shape, the fields of the other kinds null. */
export interface TriggerAnswer {
  kind: QuestionTrigger['kind'];
  unitId: string | null;
  optionId: string | null;
  extraProductId: string | null;
  minQuantity: number | null;
  mode: QuestionTrigger['mode'];
}

export function triggerAnswer(trigger: QuestionTrigger): TriggerAnswer {
  const blank = { unitId: null, optionId: null, extraProductId: null, minQuantity: null };
  switch (trigger.kind) {
    case 'UNIT':
      return {
        ...blank,
        kind: trigger.kind,
        unitId: trigger.unitId,
        minQuantity: trigger.minQuantity,
        mode: trigger.mode,
      };
    case 'OPTION':
      return { ...blank, kind: trigger.kind, optionId: trigger.optionId, mode: trigger.mode };
    case 'EXTRA':
      return {
        ...blank,
        kind: trigger.kind,
        extraProductId: trigger.extraProductId,
        minQuantity: trigger.minQuantity,
        mode: trigger.mode,
      };
  }
}

/** Fields that make a carrier check travelers' identity. */
const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(['documentNumber', 'documentExpiry', 'nationality']);

export interface TransportRequirementsAnswer {
  optionId: string;
  pickupLocationRequired: boolean;
  pickupQuestionId: string | null;
  travelerFields: string[];
  leadTravelerFields: string[];
  documentsRequired: boolean;
}

/**
 * The transport summary of one option: its pickup-location question (REQUIRED unless the option
 * overrides it; a HIDDEN override drops it) and the traveler fields it requires. Null for an unknown option.
 */
export function transportRequirementsFor(optionId: string): TransportRequirementsAnswer | null {
  const option = OPTIONS.find((candidate) => candidate.id === optionId);
  if (!option) return null;
  const pickup = QUESTIONS.find((question) => question.productId === option.productId && question.pickupLocation);
  const pickupMode = pickup
    ? (pickup.optionOverrides[optionId] ?? (pickup.isRequired ? 'REQUIRED' : 'OPTIONAL'))
    : null;
  const required = CONTACT_REQUIREMENTS.filter(
    (requirement) => requirement.productId === option.productId && requirement.mode === 'REQUIRED',
  );
  const travelerFields = required.filter((entry) => entry.target === 'TRAVELER').map((entry) => entry.field);
  const leadTravelerFields = required.filter((entry) => entry.target === 'LEAD_TRAVELER').map((entry) => entry.field);
  return {
    optionId,
    pickupLocationRequired: pickupMode === 'REQUIRED',
    pickupQuestionId: pickup && pickupMode !== 'HIDDEN' ? pickup.id : null,
    travelerFields,
    leadTravelerFields,
    documentsRequired: [...travelerFields, ...leadTravelerFields].some((field) => DOCUMENT_FIELDS.has(field)),
  };
}

/** The product's questions with this option's overrides, and its contact requirements; null for an unknown option. */
export function questionnaireFor(optionId: string): BookingQuestionnaire | null {
  const option = OPTIONS.find((candidate) => candidate.id === optionId);
  if (!option) return null;
  return {
    optionId,
    questions: QUESTIONS.filter((question) => question.productId === option.productId).map((question) => ({
      id: question.id,
      label: question.label,
      fieldType: question.fieldType,
      target: question.target,
      isRequired: question.isRequired,
      optionOverride: question.optionOverrides[optionId] ?? null,
      options: question.options,
      triggers: question.triggers,
    })),
    contactRequirements: CONTACT_REQUIREMENTS.filter((requirement) => requirement.productId === option.productId).map(
      ({ field, target, mode }) => ({ field, target, mode }),
    ),
  };
}
