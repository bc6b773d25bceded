/** The words of a catalog question, shared by the port that reads them and the answers that snapshot them. */
export type BookingQuestionFieldType =
  | 'TEXT'
  | 'TEXTAREA'
  | 'NUMBER'
  | 'EMAIL'
  | 'PHONE'
  | 'DATE'
  | 'COUNTRY'
  | 'SELECT'
  | 'MULTI_SELECT'
  | 'BOOLEAN'
  | 'FILE';

export type BookingQuestionTarget = 'TRAVELER' | 'LEAD_TRAVELER' | 'BOOKING' | 'BOOKER' | 'EXTRA' | 'SERVICE';

export type RequirementMode = 'REQUIRED' | 'OPTIONAL' | 'HIDDEN';
