/** What a saga row may keep of an error message: bounded, no SQL, no addresses, no long numbers. */
const MAX_LENGTH = 300;
const SQL = /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i;
const EMAIL = /[^\s@,;()]+@[^\s@,;()]+\.[A-Za-z]{2,}/g;
// Phone numbers, card and document numbers: any run of six or more digits (with separators).
const LONG_NUMBER = /\+?\d[\d ().-]{4,}\d/g;

/**
 * Error text is kept for operators, and rows outlive the request, so it is cleaned on the way in.
 * A message that quotes SQL is replaced outright: its values may be personal data.
 */
export function sanitiseErrorMessage(message: string): string {
  if (SQL.test(message)) return 'a database statement failed';
  const cleaned = message.replace(EMAIL, '[email]').replace(LONG_NUMBER, '[number]').replace(/\s+/g, ' ').trim();
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}
