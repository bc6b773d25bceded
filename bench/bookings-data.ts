import { typeid } from 'typeid-js';
import { newId } from '../src/ids';
import type { BenchDatabase } from './registry';
import { insertEntities, type EntityRow } from './harness/seed';
import { backfillPiiDigests } from '../src/pii/blind-index-backfill';

/** The data shape of issue 2 §6: every booking has 3 items, 2 travelers and an origin. */
export const ITEMS_PER_BOOKING = 3;
export const TRAVELERS_PER_BOOKING = 2;

const ITEM_TEMPLATES = [
  { title: 'Hotel Danube Delta, 4 nights', itemType: 'accommodation', quantity: 1, unitSellAmountCents: 48_000 },
  { title: 'Airport transfer', itemType: 'transport', quantity: 2, unitSellAmountCents: 3_500 },
  { title: 'Delta boat tour', itemType: 'service', quantity: 2, unitSellAmountCents: 12_500 },
] as const;

const FIRST_NAMES = ['Ana', 'Ion', 'Maria', 'Andrei', 'Elena', 'Mihai', 'Ioana', 'Radu'];
const LAST_NAMES = ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Gheorghe', 'Matei', 'Rusu', 'Lungu'];

/** Status mix of a live book of business, with the stamps each status implies. */
function lifecycle(index: number, createdAt: Date): { status: string; itemStatus: string; stamps: EntityRow } {
  const later = (minutes: number): Date => new Date(createdAt.getTime() + minutes * 60_000);
  switch (index % 10) {
    case 6:
      return { status: 'draft', itemStatus: 'draft', stamps: {} };
    case 7:
      return { status: 'on_hold', itemStatus: 'on_hold', stamps: { holdExpiresAt: later(60 * 24 * 365) } };
    case 8:
      return { status: 'awaiting_payment', itemStatus: 'on_hold', stamps: { awaitingPaymentAt: later(5) } };
    case 9:
      return { status: 'cancelled', itemStatus: 'cancelled', stamps: { cancelledAt: later(30) } };
    default:
      return { status: 'confirmed', itemStatus: 'confirmed', stamps: { confirmedAt: later(10) } };
  }
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Bookings generated and inserted per round, so 100,000 never sit in memory at once. */
const SEED_CHUNK = 5000;

/**
 * Seeds `count` bookings straight into the tables (bulk SQL through the ORM's table and column
 * names): items, travelers, item↔traveler links, an origin and a `booking_created` activity each.
 * Returns the booking ids, oldest first.
 */
export async function seedBookings(database: BenchDatabase, count: number): Promise<string[]> {
  const ids: string[] = [];
  const firstCreated = Date.now() - count * 60_000;
  for (let start = 0; start < count; start += SEED_CHUNK) {
    ids.push(...(await seedChunk(database, firstCreated, start, Math.min(count, start + SEED_CHUNK))));
  }
  // Bulk inserts bypass the ORM, which digests personal data on every write: the backfill does it here.
  await backfillPiiDigests(database.pool, database.blindIndex, SEED_CHUNK);
  await database.pool.query('vacuum analyze');
  return ids;
}

async function seedChunk(database: BenchDatabase, firstCreated: number, from: number, to: number): Promise<string[]> {
  const bookings: EntityRow[] = [];
  const items: EntityRow[] = [];
  const travelers: EntityRow[] = [];
  const links: EntityRow[] = [];
  const origins: EntityRow[] = [];
  const activities: EntityRow[] = [];

  for (let index = from; index < to; index += 1) {
    const id = newId('book');
    const createdAt = new Date(firstCreated + index * 60_000);
    const start = new Date(Date.UTC(2027, 0, 1) + (index % 365) * 86_400_000);
    const { status, itemStatus, stamps } = lifecycle(index, createdAt);
    const firstName = FIRST_NAMES[index % FIRST_NAMES.length];
    const lastName = seededLastName(index);
    const itemIds: string[] = [];
    let sellAmountCents = 0;
    ITEM_TEMPLATES.forEach((template, position) => {
      const itemId = newId('bkit');
      itemIds.push(itemId);
      const totalSellAmountCents = template.quantity * template.unitSellAmountCents;
      sellAmountCents += totalSellAmountCents;
      items.push({
        id: itemId,
        booking: id,
        title: template.title,
        itemType: template.itemType,
        status: itemStatus,
        serviceDate: isoDate(start),
        quantity: template.quantity,
        sellCurrency: 'EUR',
        unitSellAmountCents: template.unitSellAmountCents,
        totalSellAmountCents,
        position,
        createdAt,
        updatedAt: createdAt,
      });
    });
    for (let position = 0; position < TRAVELERS_PER_BOOKING; position += 1) {
      const travelerId = newId('bkpt');
      travelers.push({
        id: travelerId,
        booking: id,
        participantType: 'traveler',
        category: 'adult',
        firstName: position === 0 ? firstName : FIRST_NAMES[(index + 3) % FIRST_NAMES.length],
        lastName,
        email: position === 0 ? seededEmail(index) : null,
        isPrimary: position === 0,
        position,
        createdAt,
        updatedAt: createdAt,
      });
      for (const itemId of itemIds)
        links.push({ id: newId('bkip'), item: itemId, traveler: travelerId, role: 'traveler', createdAt });
    }
    bookings.push({
      id,
      bookingNumber: `BKS-${String(index + 1).padStart(6, '0')}`,
      status,
      sourceType: 'direct',
      externalBookingRef: `EXT-${index + 1}`,
      communicationLanguage: 'ro',
      contactFirstName: firstName,
      contactLastName: lastName,
      contactPartyType: 'individual',
      contactEmail: seededEmail(index),
      contactPhone: '+40 712 345 678',
      contactCountry: 'RO',
      sellCurrency: 'EUR',
      sellAmountCents,
      startDate: isoDate(start),
      endDate: isoDate(new Date(start.getTime() + 4 * 86_400_000)),
      pax: TRAVELERS_PER_BOOKING,
      createdAt,
      updatedAt: createdAt,
      version: 1,
      ...stamps,
    });
    origins.push({
      booking: id,
      originSource: 'accepted_quote_version',
      quoteVersionId: typeid('qver').toString(),
      createdAt,
      updatedAt: createdAt,
    });
    activities.push({
      id: newId('bkal'),
      booking: id,
      type: 'booking_created',
      actorId: 'usr_bench_seed',
      actorType: 'user',
      description: 'Booking created',
      metadata: { seeded: true },
      createdAt,
    });
  }

  const { pool, metadata } = database;
  await insertEntities(pool, metadata, 'Booking', bookings);
  await insertEntities(pool, metadata, 'BookingItem', items);
  await insertEntities(pool, metadata, 'BookingTraveler', travelers);
  await insertEntities(pool, metadata, 'BookingItemTraveler', links);
  await insertEntities(pool, metadata, 'BookingOrigin', origins);
  await insertEntities(pool, metadata, 'BookingActivity', activities);
  return bookings.map((booking) => String(booking.id));
}

/** The last name the seed gives booking `index`'s contact and travelers (unique per booking). */
export const seededLastName = (index: number): string => `${LAST_NAMES[index % LAST_NAMES.length]}${index}`;

/** The email the seed gives booking `index`'s contact and primary traveler. */
export const seededEmail = (index: number): string =>
  `${FIRST_NAMES[index % FIRST_NAMES.length].toLowerCase()}.${index}@example.com`;
