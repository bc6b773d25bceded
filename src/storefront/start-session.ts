import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { AllocationCapacity } from '../entities/allocation-capacity.entity';
import { BookingStorefrontSession } from '../entities/booking-storefront-session.entity';
import { notFound } from '../errors';
import { CHECKOUT_ACTIONS, type IssuedCapability } from '../ports/checkout-capability-port';
import { recordActivity } from '../services/activity';
import { withBookingNumber } from '../services/booking-service';
import { recomputeBookingTotals } from '../services/booking-totals';
import { addMinutes } from '../services/holds';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from '../services/publishing-unit-of-work';
import { reserveWithin } from '../services/reservation-service';
import { reserveBookingInput } from '../validation/inventory-inputs';
import { itemPricingOf, mixedCurrency, priceLines, type SessionLine } from './session-pricing';
import type { StartSessionInput } from './storefront-inputs';
import type { StorefrontScope } from './storefront-scope';

export interface StartedSession {
  bookingId: string;
  capability: IssuedCapability;
}

type StartItem = StartSessionInput['items'][number];

/** A slot declared for one option sells only that option (reason OPTION_NOT_ON_SLOT). */
async function assertOptionsOnSlots(
  em: SqlEntityManager,
  items: readonly StartItem[],
  lines: readonly SessionLine[],
): Promise<void> {
  const slots = await em.find(AllocationCapacity, {
    kind: 'slot',
    targetId: { $in: items.map((item) => item.availabilitySlotId) },
  });
  const optionOf = new Map(slots.map((slot) => [slot.targetId, slot.optionId]));
  items.forEach((item, index) => {
    const slotOption = optionOf.get(item.availabilitySlotId);
    const lineOption = lines[index]?.selection.optionId ?? null;
    if (slotOption && lineOption && slotOption !== lineOption) {
      fail({
        __typename: 'InvalidPriceSelectionError',
        code: 'INVALID_PRICE_SELECTION',
        message: `Option ${lineOption} is not sold on slot ${item.availabilitySlotId}`,
        reason: 'OPTION_NOT_ON_SLOT',
        itemId: null,
      });
    }
  });
}

/** The reservation the priced lines make: DIRECT, origin DIRECT_B2C, each line holding its slot. */
function reservationOf(input: StartSessionInput, lines: readonly SessionLine[], currency: string, holdMinutes: number) {
  return reserveBookingInput.parse({
    sourceType: 'direct',
    sellCurrency: currency,
    externalBookingRef: input.externalBookingRef ?? null,
    communicationLanguage: input.communicationLanguage ?? null,
    contact: input.contact ?? null,
    holdMinutes,
    items: input.items.map((item, index) => {
      const line = lines[index];
      if (!line) throw new Error(`No priced line for item ${index}`);
      return {
        title: line.unitName ? `${item.productId} · ${line.unitName}` : item.productId,
        itemType: 'unit',
        quantity: item.quantity,
        unitSellAmount: { amountCents: line.unitSellAmountCents ?? 0, currency },
        productId: item.productId,
        optionId: line.selection.optionId,
        unitId: line.selection.optionUnitId,
        unitName: line.unitName,
        slotId: item.availabilitySlotId,
        allocations: [{ kind: 'slot', targetId: item.availabilitySlotId, quantity: item.quantity }],
      };
    }),
    travelers: (input.travelers ?? []).map(({ id: _id, ...traveler }) => traveler),
    origin: { originSource: 'direct_b2c', metadata: input.storefrontId ? { storefrontId: input.storefrontId } : null },
  });
}

/**
 * Starts a storefront session (design §2 "Start"): every line is priced through the PricingPort
 * first, outside any transaction; then one transaction reserves the booking (sorted capacity
 * locks), writes the line prices and the storefront row, and issues the capability.
 */
export async function startStorefrontSession(
  scope: StorefrontScope,
  input: StartSessionInput,
): Promise<StartedSession | BusinessOutcome> {
  input.travelers?.forEach((traveler, index) => {
    // A new session has no travelers yet: an id cannot name one of them.
    if (traveler.id) throw notFound('Booking traveler', traveler.id, `input.travelers.${index}.id`);
  });
  const lines = await priceLines(
    scope.ports.pricing,
    input.catalogId ?? null,
    input.items.map((item) => ({
      productId: item.productId,
      departureId: item.availabilitySlotId,
      current: {
        optionId: item.optionId ?? null,
        optionUnitId: item.optionUnitId ?? null,
        pricingCategoryId: item.pricingCategoryId ?? null,
        quantity: item.quantity,
      },
    })),
    input.travelers?.length ?? null,
  );
  if (isBusinessOutcome(lines)) return lines;
  const mixed = mixedCurrency(lines);
  if (mixed) return mixed;
  const currency = lines[0]?.currency;
  if (!currency) throw new Error('A session has at least one line');
  const holdMinutes = input.holdMinutes ?? Math.min(scope.config.holdDefaultMinutes, scope.storefront.maxHoldMinutes);
  const reservation = reservationOf(input, lines, currency, holdMinutes);
  return withBookingNumber(scope, null, (bookingNumber) =>
    runPublishingUnitOfWork(scope, async (em): Promise<StartedSession> => {
      await assertOptionsOnSlots(em, input.items, lines);
      const { booking, items } = await reserveWithin(scope, em, reservation, bookingNumber);
      const at = scope.clock.now();
      items.forEach((item, index) => {
        const line = lines[index];
        if (!line) return;
        // Flat modes charge the line once, whatever the quantity; on request charges nothing yet.
        item.totalSellAmountCents = line.totalSellAmountCents ?? 0;
        item.pricing = itemPricingOf(line, at);
      });
      await em.flush();
      await recomputeBookingTotals(em, booking);
      const session = em.create(BookingStorefrontSession, {
        booking: booking.id,
        storefrontId: input.storefrontId ?? null,
        catalogId: input.catalogId ?? lines[0]?.catalogId ?? null,
        capabilityEpoch: 0,
        maxHoldUntil: addMinutes(at, scope.storefront.maxHoldMinutes),
        createdBy: scope.actor.id,
        createdAt: at,
        updatedAt: at,
      });
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'session_started',
        description:
          `Storefront session started with ${items.length} line(s) priced from catalog ` +
          `${session.catalogId ?? '(default)'}`,
        metadata: {
          storefrontId: session.storefrontId,
          catalogId: session.catalogId,
          maxHoldUntil: session.maxHoldUntil.toISOString(),
        },
      });
      const capability = await scope.ports.capabilities.issue({
        bookingId: booking.id,
        actions: CHECKOUT_ACTIONS,
        epoch: session.capabilityEpoch,
      });
      return { bookingId: booking.id, capability };
    }),
  );
}
