import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { notFound } from '../errors';
import { newTraveler } from '../services/booking-service';
import type { SessionContactInput, SessionTravelerInput } from './storefront-inputs';

/**
 * Travelers by id, never by position (design §2 "Wizard write"): an id must be a traveler of this
 * session (else NOT_FOUND), a traveler without one is created, and the list is the whole list:
 * travelers not in it are deleted. Their person, links and travel details stay with the id, so
 * reordering the list moves nothing onto another person. `beforeDelete` shreds the travel details
 * of the travelers about to be deleted, in the same transaction.
 */
export async function materialiseTravelers(
  em: SqlEntityManager,
  booking: Booking,
  travelers: readonly SessionTravelerInput[],
  field: string,
  at: Date,
  beforeDelete: (travelerIds: string[]) => Promise<void>,
): Promise<void> {
  const existing = await em.find(BookingTraveler, { booking: booking.id }, { orderBy: { position: 'asc', id: 'asc' } });
  const byId = new Map(existing.map((traveler) => [traveler.id, traveler]));
  travelers.forEach((traveler, index) => {
    if (traveler.id && !byId.has(traveler.id)) throw notFound('Booking traveler', traveler.id, `${field}.${index}.id`);
  });
  const listed = new Set(travelers.flatMap((traveler) => (traveler.id ? [traveler.id] : [])));
  const removed = existing.filter((traveler) => !listed.has(traveler.id));
  // Before the rows go: deleting a traveler cascades to its travel details, which must be shredded and audited first.
  await beforeDelete(removed.map((traveler) => traveler.id));
  for (const traveler of removed) em.remove(traveler);
  // The one-primary index is checked per statement: demote before anyone is promoted.
  for (const traveler of existing) if (listed.has(traveler.id) && traveler.isPrimary) traveler.isPrimary = false;
  await em.flush();
  travelers.forEach((input, position) => {
    const fields = {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferredLanguage: input.preferredLanguage ?? null,
      participantType: input.participantType,
      category: input.category,
      isPrimary: input.isPrimary,
    };
    const current = input.id ? byId.get(input.id) : undefined;
    if (current) em.assign(current, { ...fields, position, updatedAt: at });
    else newTraveler(em, booking.id, { ...fields, personId: null, specialRequests: null, notes: null }, position, at);
  });
}

/** Writes the given contact fields onto the booking's snapshot; omitted fields stay. */
export function syncContact(booking: Booking, contact: SessionContactInput): string[] {
  const columns = {
    contactFirstName: contact.firstName,
    contactLastName: contact.lastName,
    contactEmail: contact.email,
    contactPhone: contact.phone,
    contactPreferredLanguage: contact.preferredLanguage,
    contactCountry: contact.country,
  } as const;
  const changed: string[] = [];
  for (const [column, value] of Object.entries(columns)) {
    if (value === undefined) continue;
    Object.assign(booking, { [column]: value });
    changed.push(column);
  }
  return changed;
}
