import type { BookingItemRow, BookingRow, BookingTravelerRow } from '../read/booking-rows';
import { isHoldLive } from '../services/holds';

export interface SessionChecklistValue {
  contactComplete: boolean;
  travelersComplete: boolean;
  requiredAnswersComplete: boolean;
  pricingComplete: boolean;
  holdLive: boolean;
  ready: boolean;
  missing: string[];
}

type ChecklistEntry = Exclude<keyof SessionChecklistValue, 'ready' | 'missing'>;

const ENTRIES: readonly ChecklistEntry[] = [
  'contactComplete',
  'travelersComplete',
  'requiredAnswersComplete',
  'pricingComplete',
  'holdLive',
];

/** An on-request line has no price yet; a line priced before storefront pricing existed counts as priced. */
export const itemPriced = (item: Pick<BookingItemRow, 'pricing'>): boolean =>
  item.pricing?.pricingMode !== 'ON_REQUEST';

/**
 * What a session needs before confirm. Pure: the caller loads the rows, resolves the booking's
 * requirements (false when the catalog could not be asked) and passes the time.
 */
export function sessionChecklist(
  booking: Pick<BookingRow, 'contactFirstName' | 'contactLastName' | 'contactEmail' | 'holdExpiresAt'>,
  items: readonly Pick<BookingItemRow, 'pricing'>[],
  travelers: readonly Pick<BookingTravelerRow, 'isPrimary'>[],
  requiredAnswersComplete: boolean,
  now: Date,
): SessionChecklistValue {
  const checks: Record<ChecklistEntry, boolean> = {
    contactComplete: Boolean(booking.contactFirstName && booking.contactLastName && booking.contactEmail),
    travelersComplete: travelers.length > 0 && travelers.filter((traveler) => traveler.isPrimary).length === 1,
    requiredAnswersComplete,
    pricingComplete: items.length > 0 && items.every(itemPriced),
    holdLive: isHoldLive(booking.holdExpiresAt, now),
  };
  const missing = ENTRIES.filter((entry) => !checks[entry]);
  return { ...checks, ready: missing.length === 0, missing };
}
