import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { AllocationCapacity } from '../entities/allocation-capacity.entity';
import type { Booking } from '../entities/booking.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingStorefrontSession } from '../entities/booking-storefront-session.entity';
import { notFound } from '../errors';
import { quoteDigest, quotedLine } from '../pricing/quote-digest';
import { sessionTotal, type SessionTotal } from '../pricing/session-total';
import { recordActivity } from '../services/activity';
import { touchBooking } from '../services/booking-access';
import { recomputeBookingTotals } from '../services/booking-totals';
import {
  BusinessOutcomeError,
  fail,
  isBusinessOutcome,
  isBusinessOutcomeError,
  type BusinessOutcome,
} from '../domain/outcomes';
import { runUnitOfWork } from '../services/unit-of-work';
import { Booking as BookingEntity } from '../entities/booking.entity';
import { itemPriced } from './checklist';
import { assertSessionOpen, lockSession } from './session-access';
import { currencyMismatch, itemPricingOf, priceLines, type SessionLine } from './session-pricing';
import type { QuoteSessionInput, RepriceSessionInput } from './storefront-inputs';
import type { StorefrontQuoteValue } from './storefront-rows';
import type { StorefrontScope } from './storefront-scope';

type Selection = QuoteSessionInput['selections'][number];

interface PricedSelections {
  booking: Booking;
  items: BookingItem[];
  lines: Map<string, SessionLine>;
  total: SessionTotal;
  quote: StorefrontQuoteValue;
}

const versionConflict = (
  expectedVersion: number,
  actualVersion: number,
): BusinessOutcome & { expectedVersion: number; actualVersion: number } => ({
  __typename: 'VersionConflictError',
  code: 'VERSION_CONFLICT',
  message: `The session is at version ${actualVersion}, not ${expectedVersion}`,
  expectedVersion,
  actualVersion,
});

const invalidSelection = (reason: string, itemId: string, message: string): never =>
  fail({ __typename: 'InvalidPriceSelectionError', code: 'INVALID_PRICE_SELECTION', message, reason, itemId });

/** The "409" rows of a selection, checked against the items as they are (design §2 table). */
function checkSelections(items: readonly BookingItem[], selections: readonly Selection[]): void {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const selection of selections) {
    const item = byId.get(selection.itemId);
    if (!item)
      return invalidSelection(
        'ITEM_NOT_IN_SESSION',
        selection.itemId,
        `Item ${selection.itemId} is not in this session`,
      );
    if (!item.productId || !item.pricing) {
      return invalidSelection('ITEM_NOT_CATALOG_BACKED', item.id, `Item ${item.id} was not priced from the catalog`);
    }
    // Every storefront line holds its slot; a new quantity would need new capacity (a later `reallocate` option).
    if (selection.quantity !== undefined && selection.quantity !== item.quantity) {
      fail({
        __typename: 'QuantityChangeRequiresReallocationError',
        code: 'QUANTITY_CHANGE_REQUIRES_REALLOCATION',
        message: `Item ${item.id} holds capacity for ${item.quantity}; its quantity cannot change by repricing`,
        itemId: item.id,
        from: item.quantity,
        to: selection.quantity,
      });
    }
  }
}

/** A slot declared for one option sells only that option. */
async function checkOptionsOnSlots(
  em: SqlEntityManager,
  items: readonly BookingItem[],
  lines: ReadonlyMap<string, SessionLine>,
): Promise<void> {
  const slotIds = items.flatMap((item) => (lines.has(item.id) && item.slotId ? [item.slotId] : []));
  if (slotIds.length === 0) return;
  const slots = await em.find(AllocationCapacity, { kind: 'slot', targetId: { $in: slotIds } });
  const optionOf = new Map(slots.map((slot) => [slot.targetId, slot.optionId]));
  for (const item of items) {
    const option = lines.get(item.id)?.selection.optionId ?? null;
    const slotOption = item.slotId ? optionOf.get(item.slotId) : null;
    if (option && slotOption && option !== slotOption)
      invalidSelection('OPTION_NOT_ON_SLOT', item.id, `Option ${option} is not sold on slot ${item.slotId ?? ''}`);
  }
}

/**
 * Prices the selections against the session as `em` sees it: guards, one call to the catalog,
 * rule 6 totals and the rule 7 digest. Writes nothing; a refusal is thrown as the outcome.
 */
async function priceSelections(
  scope: StorefrontScope,
  em: SqlEntityManager,
  input: QuoteSessionInput,
): Promise<PricedSelections> {
  const booking = await em.findOne(BookingEntity, { id: input.sessionId });
  const session = await em.findOne(BookingStorefrontSession, { booking: input.sessionId });
  if (!booking || !session) throw notFound('Storefront session', input.sessionId, 'input.sessionId');
  const at = scope.clock.now();
  assertSessionOpen(booking, at);
  const items = await em.find(BookingItem, { booking: booking.id }, { orderBy: { position: 'asc', id: 'asc' } });
  checkSelections(items, input.selections);
  const byId = new Map(items.map((item) => [item.id, item]));
  const selected = input.selections.flatMap((selection) => {
    const item = byId.get(selection.itemId);
    return item ? [{ item, selection }] : [];
  });
  const priced = await priceLines(
    scope.ports.pricing,
    input.catalogId ?? session.catalogId ?? null,
    selected.map(({ item, selection }) => ({
      productId: item.productId ?? '',
      departureId: item.slotId ?? null,
      current: {
        optionId: item.optionId ?? null,
        optionUnitId: item.unitId ?? null,
        pricingCategoryId: item.pricing?.pricingCategoryId ?? null,
        quantity: item.quantity,
      },
      change: {
        optionId: selection.optionId,
        optionUnitId: selection.optionUnitId,
        pricingCategoryId: selection.pricingCategoryId,
        quantity: selection.quantity,
      },
    })),
    booking.pax,
  );
  if (isBusinessOutcome(priced)) throw new BusinessOutcomeError(priced);
  const lines = new Map(
    selected.flatMap(({ item }, index) => {
      const line = priced[index];
      return line ? [[item.id, line] as const] : [];
    }),
  );
  await checkOptionsOnSlots(em, items, lines);
  const totals = sessionTotal({
    sessionCurrency: booking.sellCurrency,
    items: items.map((item) => ({
      itemId: item.id,
      totalSellAmountCents: itemPriced(item) ? item.totalSellAmountCents : null,
      currency: item.sellCurrency,
    })),
    repriced: lines,
  });
  if (!totals.ok)
    throw new BusinessOutcomeError(
      currencyMismatch(totals.error.sessionCurrency, totals.error.quotedCurrency, totals.error.message),
    );
  const quoteLines = [...lines].map(([itemId, line]) => ({ itemId, line }));
  const digest = quoteDigest({
    sessionId: booking.id,
    bookingVersion: booking.version,
    lines: quoteLines.map(({ itemId, line }) => quotedLine(itemId, line)),
  });
  const quote: StorefrontQuoteValue = {
    sessionId: booking.id,
    bookingVersion: booking.version,
    total: totals.value.total,
    pricingComplete: totals.value.pricingComplete,
    lines: quoteLines,
    digest,
  };
  return { booking, items, lines, total: totals.value, quote };
}

async function outcomeOf<T>(work: () => Promise<T>): Promise<T | BusinessOutcome> {
  try {
    return await work();
  } catch (error) {
    if (isBusinessOutcomeError(error)) return error.outcome;
    throw error;
  }
}

/** The preview (design §2 "Preview is a query"): what applying would give. Reads only, locks nothing. */
export function quoteStorefrontSession(
  scope: StorefrontScope,
  input: QuoteSessionInput,
): Promise<StorefrontQuoteValue | BusinessOutcome> {
  return outcomeOf(async () => (await priceSelections(scope, scope.em.fork(), input)).quote);
}

/**
 * Applies new prices (design §2 "Apply"): the catalog is called first, with no lock held; then
 * one transaction locks the session, re-checks the version the caller read, prices the same
 * items again from the answer already fetched, checks the accepted digest, and writes the items,
 * the booking totals (the wave 1 roll-up), the version and the activity.
 */
export async function repriceStorefrontSession(
  scope: StorefrontScope,
  input: RepriceSessionInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  const before = await outcomeOf(() => priceSelections(scope, scope.em.fork(), input));
  if (isBusinessOutcome(before)) return before;
  if (before.booking.version !== input.expectedVersion)
    return versionConflict(input.expectedVersion, before.booking.version);
  return runUnitOfWork({ ...scope, expectedVersion: input.expectedVersion }, async (em) => {
    const { booking } = await lockSession(em, input.sessionId);
    const at = scope.clock.now();
    assertSessionOpen(booking, at);
    // Same version as when priced, so the items are the ones priced; the digest ties the two together.
    // lockSession refused any other version, so this cannot fail; kept so the invariant is stated where it is relied
    // on.
    if (booking.version !== before.booking.version) throw new Error('The session changed between pricing and the lock');
    if (input.acceptQuoteDigest && input.acceptQuoteDigest !== before.quote.digest) {
      fail({
        __typename: 'PriceChangedError',
        code: 'PRICE_CHANGED',
        message: 'The prices changed since the quote was accepted',
        quoted: input.acceptQuoteDigest,
        current: before.quote.digest,
      });
    }
    const items = await em.find(BookingItem, { booking: booking.id });
    for (const item of items) {
      const line = before.lines.get(item.id);
      if (!line) continue;
      em.assign(item, {
        optionId: line.selection.optionId,
        unitId: line.selection.optionUnitId,
        unitName: line.unitName ?? item.unitName,
        quantity: line.selection.quantity,
        sellCurrency: line.currency,
        unitSellAmountCents: line.unitSellAmountCents ?? 0,
        totalSellAmountCents: line.totalSellAmountCents ?? 0,
        pricing: itemPricingOf(line, at),
        updatedAt: at,
      });
    }
    const currency = before.total.total?.currency;
    if (currency && currency !== booking.sellCurrency) booking.sellCurrency = currency;
    await em.flush();
    await recomputeBookingTotals(em, booking, 'input.selections');
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'session_repriced',
      description: `${before.lines.size} line(s) repriced; total ${booking.sellAmountCents} ${booking.sellCurrency}`,
      metadata: {
        digest: before.quote.digest,
        items: [...before.lines.keys()],
        pricingComplete: before.total.pricingComplete,
      },
    });
    return { bookingId: booking.id };
  });
}
