import { z } from 'zod';
import { ISO_COUNTRY_CODES } from '../domain/countries';
import type { BookingQuestion, BookingQuestionFieldType } from '../ports/requirements-port';
import { email, isoDate, phone, storable, text } from '../validation/fields';

/** The longest text answer: longer is an essay, not an answer to a booking question. */
export const MAX_TEXT_ANSWER = 5000;

const answerText = text().trim().min(1, 'must not be empty').max(MAX_TEXT_ANSWER);

const VALUE_SCHEMAS: Record<Exclude<BookingQuestionFieldType, 'SELECT' | 'MULTI_SELECT'>, z.ZodType> = {
  TEXT: answerText,
  TEXTAREA: answerText,
  NUMBER: z.number().refine(Number.isFinite, 'must be a finite number'),
  EMAIL: email,
  PHONE: phone,
  DATE: isoDate,
  COUNTRY: text().refine((code) => ISO_COUNTRY_CODES.has(code), 'must be an ISO 3166-1 alpha-2 country code'),
  BOOLEAN: z.boolean(),
  FILE: storable(z.url({ protocol: /^https?$/ })).max(2048),
};

const optionValue = text().min(1);

export type AnswerValueCheck =
  { ok: true; value: unknown } | { ok: false; reason: 'INVALID_VALUE' | 'UNKNOWN_OPTION'; message: string };

/** Checks an answer's value against its question's field type and, for selects, its options. */
export function checkAnswerValue(
  question: Pick<BookingQuestion, 'fieldType' | 'options'>,
  value: unknown,
): AnswerValueCheck {
  const { fieldType } = question;
  if (fieldType === 'SELECT' || fieldType === 'MULTI_SELECT') {
    const shape = fieldType === 'SELECT' ? optionValue : z.array(optionValue).min(1).max(question.options.length);
    const parsed = shape.safeParse(value);
    if (!parsed.success) return { ok: false, reason: 'INVALID_VALUE', message: `must be ${selectShape(fieldType)}` };
    const chosen: string[] = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    const allowed = new Set(question.options.map((option) => option.value));
    const unknown = chosen.find((choice) => !allowed.has(choice));
    if (unknown !== undefined) return { ok: false, reason: 'UNKNOWN_OPTION', message: 'is not one of the options' };
    if (new Set(chosen).size !== chosen.length) {
      return { ok: false, reason: 'INVALID_VALUE', message: 'names an option twice' };
    }
    return { ok: true, value: parsed.data };
  }
  const parsed = VALUE_SCHEMAS[fieldType].safeParse(value);
  if (!parsed.success)
    return { ok: false, reason: 'INVALID_VALUE', message: parsed.error.issues[0]?.message ?? 'is invalid' };
  return { ok: true, value: parsed.data };
}

const selectShape = (fieldType: 'SELECT' | 'MULTI_SELECT') =>
  fieldType === 'SELECT' ? 'one option value' : 'a list of option values';
