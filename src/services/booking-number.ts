import { randomInt } from 'node:crypto';

/** `BK-YYMM-NNNNNN`: readable over the phone, sortable by month, random within it. */
export function generateBookingNumber(at: Date): string {
  const yy = String(at.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `BK-${yy}${mm}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}
