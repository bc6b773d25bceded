/**
 * The catalog's booking questionnaire as bookings reads it (design §3). The catalog authors the
 * questions and their triggers; bookings decides which apply to a booking and owns the answers.
 * The federated adapter makes one `_entities` call on `ProductOption @key(fields: "id")` selecting
 * `bookingQuestionnaire`.
 */
import type { BookingQuestionFieldType, BookingQuestionTarget, RequirementMode } from '../domain/question-vocabulary';

export type { BookingQuestionFieldType, BookingQuestionTarget, RequirementMode };

export type QuestionTrigger =
  | { kind: 'UNIT'; unitId: string; minQuantity: number | null; mode: RequirementMode }
  | { kind: 'OPTION'; optionId: string; mode: RequirementMode }
  | { kind: 'EXTRA'; extraProductId: string; minQuantity: number | null; mode: RequirementMode };

export interface BookingQuestionOption {
  value: string;
  label: string;
}

export interface BookingQuestion {
  id: string;
  label: string;
  fieldType: BookingQuestionFieldType;
  target: BookingQuestionTarget;
  isRequired: boolean;
  /** This option's override of `isRequired`, when the catalog sets one. */
  optionOverride: RequirementMode | null;
  options: BookingQuestionOption[];
  triggers: QuestionTrigger[];
}

/** A traveler or contact field the option requires (checked against `filled_fields`, never decrypted). */
export interface ContactRequirement {
  field: string;
  target: 'CONTACT' | 'TRAVELER' | 'LEAD_TRAVELER';
  mode: RequirementMode;
}

export interface BookingQuestionnaire {
  optionId: string;
  questions: BookingQuestion[];
  contactRequirements: ContactRequirement[];
}

export interface RequirementsPort {
  /** Positional: one questionnaire per option id, `null` for an option the catalog does not know. One round trip. */
  questionnaires(optionIds: string[]): Promise<(BookingQuestionnaire | null)[]>;
}

/** Why the catalog gave no questionnaires; the same reasons as the pricing port's. */
export type RequirementsFailure = 'not_configured' | 'unreachable' | 'timeout' | 'upstream_error' | 'invalid_response';

/** The catalog could not be reached, timed out, or answered with errors: enforcement fails closed. */
export class RequirementsUnavailable extends Error {
  constructor(readonly reason: RequirementsFailure) {
    super(`requirements are unavailable: ${reason}`);
    this.name = 'RequirementsUnavailable';
  }
}
