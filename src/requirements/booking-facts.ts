import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { BookingAnswer } from '../entities/booking-answer.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { BookingTravelerTravelDetails } from '../entities/booking-traveler-travel-details.entity';
import type { Booking } from '../entities/booking.entity';
import { contactFields, travelerFields } from './filled-fields';
import type { AnswerKey, BookingFacts } from './resolve';

/** Lines that no longer sell anything ask nothing. */
const LAPSED_ITEM_STATUSES: ReadonlySet<string> = new Set(['cancelled', 'expired']);

type ItemFacts = Pick<BookingItem, 'id' | 'itemType' | 'productId' | 'optionId' | 'unitId' | 'quantity' | 'status'>;
type TravelerFacts = Pick<
  BookingTraveler,
  'id' | 'isPrimary' | 'firstName' | 'lastName' | 'email' | 'phone' | 'preferredLanguage' | 'specialRequests'
>;

/** The options whose questionnaires apply: those of the lines still selling, each once. */
export const bookedOptionIds = (items: readonly Pick<ItemFacts, 'optionId' | 'status'>[]): string[] => [
  ...new Set(items.flatMap((item) => (item.optionId && !LAPSED_ITEM_STATUSES.has(item.status) ? [item.optionId] : []))),
];

/** The booking as the resolution rules see it, from rows however they were read. */
export function bookingFacts(
  booking: Parameters<typeof contactFields>[0],
  items: readonly ItemFacts[],
  travelers: readonly TravelerFacts[],
  filledFields: ReadonlyMap<string, readonly string[]>,
): BookingFacts {
  return {
    items: items
      .filter((item) => !LAPSED_ITEM_STATUSES.has(item.status))
      .map(({ id, itemType, productId, optionId, unitId, quantity }) => ({
        id,
        itemType,
        productId: productId ?? null,
        optionId: optionId ?? null,
        unitId: unitId ?? null,
        quantity,
      })),
    travelers: travelers.map((traveler) => ({
      id: traveler.id,
      isPrimary: traveler.isPrimary,
      filledFields: travelerFields(traveler, filledFields.get(traveler.id) ?? []),
    })),
    contactFields: contactFields(booking),
  };
}

export const answerKey = (answer: Pick<BookingAnswer, 'questionRef' | 'traveler' | 'bookingItem'>): AnswerKey => ({
  questionId: answer.questionRef,
  travelerId: answer.traveler ?? null,
  bookingItemId: answer.bookingItem ?? null,
});

/** What a write under the booking's lock resolves against: read in the same transaction. */
export interface LockedBookingFacts {
  facts: BookingFacts;
  optionIds: string[];
  answers: BookingAnswer[];
}

export async function lockedBookingFacts(em: SqlEntityManager, booking: Booking): Promise<LockedBookingFacts> {
  // One after another: the transaction's single connection would queue them anyway.
  const items = await em.find(BookingItem, { booking: booking.id }, { orderBy: { position: 'asc', id: 'asc' } });
  const travelers = await em.find(
    BookingTraveler,
    { booking: booking.id },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  const answers = await em.find(BookingAnswer, { booking: booking.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const details =
    travelers.length === 0
      ? []
      : await em.find(
          BookingTravelerTravelDetails,
          { traveler: { $in: travelers.map((traveler) => traveler.id) } },
          { fields: ['traveler', 'filledFields'] },
        );
  const filled = new Map(details.map((row) => [row.traveler, row.filledFields]));
  return { facts: bookingFacts(booking, items, travelers, filled), optionIds: bookedOptionIds(items), answers };
}
