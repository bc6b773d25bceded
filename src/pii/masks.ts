/** Which masking rule a redacted field follows. */
export type MaskKind = 'email' | 'phone' | 'text';

const MASK = '***';
const PHONE_VISIBLE_DIGITS = 4;

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return MASK;
  // Code points, not UTF-16 units, so a non-BMP first or last character is never split in half.
  const local = Array.from(value.slice(0, at));
  const domain = value.slice(at);
  if (local.length <= 2) return '*'.repeat(local.length) + domain;
  return `${local[0]}${MASK}${local[local.length - 1]}${domain}`;
}

function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= PHONE_VISIBLE_DIGITS) return MASK;
  return MASK + digits.slice(-PHONE_VISIBLE_DIGITS);
}

/**
 * Redacts a PII value for principals without `bookings-pii:read`, keeping just enough to
 * recognise it: `alice@example.com` → `a***e@example.com`, `+40 712 345 678` → `***5678`,
 * any other text → `***`. Empty strings, null and undefined pass through unchanged, so absence
 * stays distinguishable from a redacted value.
 */
export function maskValue(kind: MaskKind, value: string): string;
export function maskValue(kind: MaskKind, value: null): null;
export function maskValue(kind: MaskKind, value: undefined): undefined;
export function maskValue(kind: MaskKind, value: string | null | undefined): string | null | undefined;
export function maskValue(kind: MaskKind, value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || value === '') return value;
  switch (kind) {
    case 'email':
      return maskEmail(value);
    case 'phone':
      return maskPhone(value);
    case 'text':
      return MASK;
    default: {
      // Fails closed: an unknown kind must never let the clear value through.
      const unknownKind: never = kind;
      throw new TypeError(`Unknown mask kind: ${String(unknownKind)}`);
    }
  }
}
