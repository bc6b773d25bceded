import type { BookingQuestion, BookingQuestionFieldType } from '../../src/ports/requirements-port';
import { checkAnswerValue, MAX_TEXT_ANSWER } from '../../src/requirements/answer-values';

const SIZES = [
  { value: 'S', label: 'Small' },
  { value: 'M', label: 'Medium' },
];

const check = (fieldType: BookingQuestionFieldType, value: unknown) => {
  const question: Pick<BookingQuestion, 'fieldType' | 'options'> = { fieldType, options: SIZES };
  const result = checkAnswerValue(question, value);
  return result.ok ? 'OK' : result.reason;
};

describe('checkAnswerValue', () => {
  it.each([
    ['TEXT', 'Hotel Sacher', 'OK'],
    ['TEXT', 'x'.repeat(MAX_TEXT_ANSWER), 'OK'],
    ['TEXT', 'x'.repeat(MAX_TEXT_ANSWER + 1), 'INVALID_VALUE'],
    ['TEXT', '   ', 'INVALID_VALUE'],
    ['TEXT', 42, 'INVALID_VALUE'],
    ['TEXTAREA', 'line one\nline two', 'OK'],
    ['TEXTAREA', 'x'.repeat(MAX_TEXT_ANSWER + 1), 'INVALID_VALUE'],
    ['NUMBER', 7, 'OK'],
    ['NUMBER', '7', 'INVALID_VALUE'],
    ['EMAIL', 'ada@example.com', 'OK'],
    ['EMAIL', 'ada@', 'INVALID_VALUE'],
    ['PHONE', '+43 1 234 5678', 'OK'],
    ['PHONE', 'call me', 'INVALID_VALUE'],
    ['DATE', '2026-05-01', 'OK'],
    ['DATE', '2026-02-30', 'INVALID_VALUE'],
    ['DATE', '01.05.2026', 'INVALID_VALUE'],
    ['COUNTRY', 'AT', 'OK'],
    ['COUNTRY', 'UK', 'INVALID_VALUE'],
    ['COUNTRY', 'at', 'INVALID_VALUE'],
    ['SELECT', 'M', 'OK'],
    ['SELECT', 'XL', 'UNKNOWN_OPTION'],
    ['SELECT', ['M'], 'INVALID_VALUE'],
    ['MULTI_SELECT', ['S', 'M'], 'OK'],
    ['MULTI_SELECT', ['S', 'XL'], 'UNKNOWN_OPTION'],
    ['MULTI_SELECT', ['S', 'S'], 'INVALID_VALUE'],
    ['MULTI_SELECT', [], 'INVALID_VALUE'],
    ['MULTI_SELECT', 'S', 'INVALID_VALUE'],
    ['BOOLEAN', false, 'OK'],
    ['BOOLEAN', 'yes', 'INVALID_VALUE'],
    ['FILE', 'https://files.example.com/passport.pdf', 'OK'],
    ['FILE', 'passport.pdf', 'INVALID_VALUE'],
    ['FILE', 'javascript:alert(1)', 'INVALID_VALUE'],
  ] as const)('%s answer %j is %s', (fieldType, value, expected) => {
    expect(check(fieldType, value)).toBe(expected);
  });
});
