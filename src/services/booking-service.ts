import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingTraveler } from '../entities/booking-traveler.entity';
import { badUserInput } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import type { CreateBookingInput, ItemInput, TravelerInput, UpdateBookingInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { assertEditable, lockBooking, touchBooking } from './booking-access';
import { generateBookingNumber } from './booking-number';
import { itemTotals, rollUpCost, rollUpSell } from '../domain/money';
import { upsertOrigin } from './booking-origin-service';
import { recordCreatedEvent } from './lifecycle-events';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';
import { runUnitOfWork } from './unit-of-work';

const GENERATED_NUMBER_ATTEMPTS = 5;

type ContactInput = NonNullable<CreateBookingInput['contact']>;

/** Maps the contact input onto the booking's snapshot columns; absent keys leave columns alone. */
function contactColumns(contact: ContactInput): Partial<Booking> {
  const columns: Partial<Booking> = {};
  const assign = <K extends keyof Booking>(key: K, value: Booking[K] | undefined) => {
    if (value !== undefined) columns[key] = value;
  };
  assign('contactFirstName', contact.firstName);
  assign('contactLastName', contact.lastName);
  assign('contactPartyType', contact.partyType);
  assign('contactTaxId', contact.taxId);
  assign('contactEmail', contact.email);
  assign('contactPhone', contact.phone);
  assign('contactPreferredLanguage', contact.preferredLanguage);
  assign('contactCountry', contact.country);
  assign('contactRegion', contact.region);
  assign('contactCity', contact.city);
  assign('contactAddressLine1', contact.addressLine1);
  assign('contactAddressLine2', contact.addressLine2);
  assign('contactPostalCode', contact.postalCode);
  return columns;
}

export function newItem(
  em: SqlEntityManager,
  bookingId: string,
  item: ItemInput,
  position: number,
  at: Date,
): BookingItem {
  return em.create(BookingItem, {
    id: newId(ID_PREFIX.item),
    booking: bookingId,
    title: item.title,
    description: item.description ?? null,
    itemType: item.itemType,
    status: 'draft',
    serviceDate: item.serviceDate ?? null,
    startsAt: item.startsAt ?? null,
    endsAt: item.endsAt ?? null,
    quantity: item.quantity,
    sellCurrency: item.unitSellAmount.currency,
    unitSellAmountCents: item.unitSellAmount.amountCents,
    costCurrency: item.unitCostAmount?.currency ?? null,
    unitCostAmountCents: item.unitCostAmount?.amountCents ?? null,
    ...itemTotals(item.quantity, item.unitSellAmount.amountCents, item.unitCostAmount?.amountCents),
    productId: item.productId ?? null,
    productName: item.productName ?? null,
    optionId: item.optionId ?? null,
    optionName: item.optionName ?? null,
    unitId: item.unitId ?? null,
    unitName: item.unitName ?? null,
    slotId: item.slotId ?? null,
    metadata: item.metadata ?? null,
    position,
    createdAt: at,
    updatedAt: at,
  });
}

export function newTraveler(
  em: SqlEntityManager,
  bookingId: string,
  traveler: TravelerInput,
  position: number,
  at: Date,
): BookingTraveler {
  return em.create(BookingTraveler, {
    id: newId(ID_PREFIX.traveler),
    booking: bookingId,
    personId: traveler.personId ?? null,
    participantType: traveler.participantType,
    category: traveler.category,
    firstName: traveler.firstName,
    lastName: traveler.lastName,
    email: traveler.email ?? null,
    phone: traveler.phone ?? null,
    preferredLanguage: traveler.preferredLanguage ?? null,
    specialRequests: traveler.specialRequests ?? null,
    isPrimary: traveler.isPrimary,
    notes: traveler.notes ?? null,
    position,
    createdAt: at,
    updatedAt: at,
  });
}

const bookingNumberTaken = (bookingNumber: string): BusinessOutcome & { bookingNumber: string } => ({
  __typename: 'BookingNumberTakenError',
  code: 'BOOKING_NUMBER_TAKEN',
  message: `Booking number ${bookingNumber} is already in use`,
  bookingNumber,
});

/**
 * Runs `create` (one unit of work) with the requested booking number, or with generated numbers
 * until one is free: a generated number can collide with a concurrent insert only at commit.
 */
export async function withBookingNumber<T>(
  scope: ServiceScope,
  requested: string | null | undefined,
  create: (bookingNumber: string) => Promise<T>,
): Promise<T | BusinessOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const bookingNumber = requested ?? generateBookingNumber(scope.clock.now());
    try {
      return await create(bookingNumber);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || !String(error.message).includes('booking_number'))
        throw error;
      if (requested) return bookingNumberTaken(requested);
      if (attempt >= GENERATED_NUMBER_ATTEMPTS) throw error;
    }
  }
}

/** Creates a DRAFT booking with its items, travelers and origin in one transaction. */
export async function createBooking(
  scope: ServiceScope,
  input: CreateBookingInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  return withBookingNumber(scope, input.bookingNumber, (bookingNumber) =>
    runPublishingUnitOfWork(scope, async (em) => {
      const { booking } = await insertBooking(scope, em, input, bookingNumber);
      recordCreatedEvent(em, booking, booking.createdAt);
      return { bookingId: booking.id };
    }),
  );
}

/** Adds a draft booking and its parts to the unit of work; reservations build on it. */
export async function insertBooking(
  scope: ServiceScope,
  em: SqlEntityManager,
  input: CreateBookingInput,
  bookingNumber: string,
): Promise<{ booking: Booking; items: BookingItem[] }> {
  const at = scope.clock.now();
  if (input.bookingNumber && (await em.count(Booking, { bookingNumber })) > 0) {
    fail(bookingNumberTaken(bookingNumber));
  }
  const booking = em.create(Booking, {
    id: newId(ID_PREFIX.booking),
    bookingNumber,
    status: 'draft',
    personId: input.personId ?? null,
    organizationId: input.organizationId ?? null,
    sourceType: input.sourceType,
    externalBookingRef: input.externalBookingRef ?? null,
    communicationLanguage: input.communicationLanguage ?? null,
    ...(input.contact ? contactColumns(input.contact) : {}),
    sellCurrency: input.sellCurrency,
    sellAmountCents: 0,
    costAmountCents: null,
    costCurrency: null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    pax: 0,
    internalNotes: input.internalNotes ?? null,
    createdAt: at,
    updatedAt: at,
  });
  const items = (input.items ?? []).map((item, index) => newItem(em, booking.id, item, index, at));
  const travelers = (input.travelers ?? []).map((traveler, index) => newTraveler(em, booking.id, traveler, index, at));
  booking.sellAmountCents = rollUpSell(items);
  const cost = rollUpCost(items);
  if ('mixed' in cost) {
    // The input schema refuses this first; kept so the rule cannot be bypassed by another caller.
    const field = `input.items.${items.findIndex((item) => item.id === cost.mixed.itemId)}.unitCostAmount.currency`;
    throw badUserInput(`${field}: must be the other items' cost currency: a booking's cost is in one currency`, field);
  }
  Object.assign(booking, cost);
  booking.pax = travelers.length;
  if (input.origin) upsertOrigin(em, booking.id, null, input.origin, at);
  recordActivity(em, {
    bookingId: booking.id,
    actor: scope.actor,
    at,
    type: 'booking_created',
    description: `Booking created with ${items.length} item(s) and ${travelers.length} traveler(s)`,
    metadata: { bookingNumber, sourceType: input.sourceType, originSource: input.origin?.originSource ?? null },
  });
  return { booking, items };
}

/** Changes the booking's own fields; never its status (that is the state machine's job). */
export async function updateBooking(
  scope: ServiceScope,
  input: UpdateBookingInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.id);
    assertEditable(booking);
    const { id, expectedVersion, contact, ...fields } = input;
    const changes: Partial<Booking> = { ...(contact ? contactColumns(contact) : {}) };
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
    }
    const nextPerson = changes.personId !== undefined ? changes.personId : booking.personId;
    const nextOrganization = changes.organizationId !== undefined ? changes.organizationId : booking.organizationId;
    if (nextPerson && nextOrganization) {
      throw badUserInput('a booking references a person or an organization, not both', 'input.organizationId');
    }
    em.assign(booking, changes);
    const changed = Object.keys(changes);
    touchBooking(booking, scope.clock.now());
    recordActivity(em, {
      bookingId: id,
      actor: scope.actor,
      at: scope.clock.now(),
      type: 'booking_updated',
      description: `Booking updated: ${changed.join(', ') || 'no fields'}`,
      metadata: { fields: changed, expectedVersion: expectedVersion ?? null },
    });
    return { bookingId: id };
  });
}
