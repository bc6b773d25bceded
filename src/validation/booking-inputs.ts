import { z } from 'zod';
import { fitsMoneyAmount, mustFitMoney } from '../domain/money';
import {
  BOOKING_SOURCE_TYPES,
  ITEM_TYPES,
  ORIGIN_SOURCES,
  PARTICIPANT_TYPES,
  PARTY_TYPES,
  SUPPLIER_STATUSES,
  TRAVELER_CATEGORIES,
} from '../domain/vocabulary';
import { ITEM_TRAVELER_ROLES } from '../entities/booking-item-traveler.entity';
import { BOOKING_STATUSES } from '../statemachine/booking-status';
import {
  countryCode,
  currency,
  email,
  expectedVersion,
  externalId,
  isoDate,
  languageTag,
  metadata,
  money,
  optionalText,
  phone,
  shortText,
  text,
  typeId,
} from './fields';

const name = text().trim().min(1).max(100);

export const contactInput = z.object({
  firstName: name.nullish(),
  lastName: name.nullish(),
  partyType: z.enum(PARTY_TYPES).nullish(),
  taxId: text().trim().max(50).nullish(),
  email: email.nullish(),
  phone: phone.nullish(),
  preferredLanguage: languageTag.nullish(),
  country: countryCode.nullish(),
  region: text().max(100).nullish(),
  city: text().max(100).nullish(),
  addressLine1: text().max(200).nullish(),
  addressLine2: text().max(200).nullish(),
  postalCode: text().max(20).nullish(),
});

const itemFields = {
  title: shortText,
  description: optionalText(5000),
  itemType: z.enum(ITEM_TYPES),
  serviceDate: isoDate.nullish(),
  startsAt: z.date().nullish(),
  endsAt: z.date().nullish(),
  quantity: z.number().int().min(1, 'must be at least 1').max(10000),
  unitSellAmount: money,
  unitCostAmount: money.nullish(),
  productId: externalId.nullish(),
  productName: text().max(255).nullish(),
  optionId: externalId.nullish(),
  optionName: text().max(255).nullish(),
  unitId: externalId.nullish(),
  unitName: text().max(255).nullish(),
  slotId: externalId.nullish(),
  metadata,
};

/** Only discounts and adjustments may carry negative amounts. */
const CREDIT_ITEM_TYPES: readonly string[] = ['discount', 'adjustment'];

// Totals travel as `Money.amountCents`, a GraphQL Int: the rule lives in domain/money.ts.
export { fitsMoneyAmount };

export const NEGATIVE_PRICE_MESSAGE = 'only discount and adjustment items may be negative';
export const ITEM_TOTAL_MESSAGE = mustFitMoney('quantity × unit amount');

/** Whether an item's type, quantity and prices can stand together; checked on every add and change. */
export function itemPricingProblem(item: {
  itemType: string;
  quantity: number;
  unitSellAmountCents: number;
  unitCostAmountCents?: number | null;
}): 'negative' | 'total' | null {
  if (item.unitSellAmountCents < 0 && !CREDIT_ITEM_TYPES.includes(item.itemType)) return 'negative';
  const costTotal =
    item.unitCostAmountCents === null || item.unitCostAmountCents === undefined
      ? 0
      : item.quantity * item.unitCostAmountCents;
  if (!fitsMoneyAmount(item.quantity * item.unitSellAmountCents) || !fitsMoneyAmount(costTotal)) return 'total';
  return null;
}

function checkItem(
  item: {
    itemType?: string | null;
    quantity?: number | null;
    unitSellAmount?: { amountCents: number } | null;
    unitCostAmount?: { amountCents: number } | null;
    startsAt?: Date | null;
    endsAt?: Date | null;
  },
  ctx: z.RefinementCtx,
): void {
  if (
    item.unitSellAmount &&
    item.unitSellAmount.amountCents < 0 &&
    item.itemType &&
    !CREDIT_ITEM_TYPES.includes(item.itemType)
  ) {
    ctx.addIssue({ code: 'custom', path: ['unitSellAmount', 'amountCents'], message: NEGATIVE_PRICE_MESSAGE });
  }
  // A patch may carry only one of quantity and price; the service checks the merged item.
  const quantity = item.quantity ?? null;
  if (
    quantity !== null &&
    item.unitSellAmount &&
    (!fitsMoneyAmount(quantity * item.unitSellAmount.amountCents) ||
      !fitsMoneyAmount(quantity * (item.unitCostAmount?.amountCents ?? 0)))
  ) {
    ctx.addIssue({ code: 'custom', path: ['quantity'], message: ITEM_TOTAL_MESSAGE });
  }
  if (item.startsAt && item.endsAt && item.endsAt < item.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before startsAt' });
  }
}

export const itemInput = z
  .object({ ...itemFields, itemType: itemFields.itemType.default('unit'), quantity: itemFields.quantity.default(1) })
  .superRefine(checkItem);

export const itemPatchInput = z
  .object({
    id: typeId('bkit'),
    ...z.object(itemFields).partial().shape,
    title: shortText.optional(),
    itemType: itemFields.itemType.optional(),
    quantity: itemFields.quantity.optional(),
    unitSellAmount: money.optional(),
  })
  .superRefine(checkItem);

const travelerFields = {
  personId: typeId('pers').nullish(),
  participantType: z.enum(PARTICIPANT_TYPES),
  category: z.enum(TRAVELER_CATEGORIES),
  firstName: name,
  lastName: name,
  email: email.nullish(),
  phone: phone.nullish(),
  preferredLanguage: languageTag.nullish(),
  specialRequests: optionalText(2000),
  isPrimary: z.boolean(),
  notes: optionalText(2000),
};

export const travelerInput = z.object({
  ...travelerFields,
  participantType: travelerFields.participantType.default('traveler'),
  category: travelerFields.category.default('adult'),
  isPrimary: travelerFields.isPrimary.default(false),
});

export const travelerPatchInput = z.object({ id: typeId('bkpt'), ...z.object(travelerFields).partial().shape });

/** Which reference each provenance needs, so an origin always explains itself. */
const ORIGIN_REQUIREMENTS: Partial<Record<(typeof ORIGIN_SOURCES)[number], readonly string[]>> = {
  accepted_quote_version: ['quoteVersionId'],
  catalog_price_availability: ['catalogPriceResponseId'],
  catalog_snapshot: ['catalogSnapshotId'],
  provider_source_order: ['providerOrderRef'],
};

export const originInput = z
  .object({
    originSource: z.enum(ORIGIN_SOURCES),
    quoteId: typeId('quot').nullish(),
    quoteVersionId: typeId('qver').nullish(),
    tripSnapshotId: externalId.nullish(),
    reservationPlanId: externalId.nullish(),
    catalogPriceResponseId: externalId.nullish(),
    catalogSnapshotId: externalId.nullish(),
    providerSourceKind: externalId.nullish(),
    providerSourceProvider: externalId.nullish(),
    providerSourceConnectionId: externalId.nullish(),
    providerSourceRef: externalId.nullish(),
    providerOrderRef: externalId.nullish(),
    legacyTransactionOfferId: externalId.nullish(),
    legacyTransactionOrderId: externalId.nullish(),
    metadata,
  })
  .superRefine((origin, ctx) => {
    for (const field of ORIGIN_REQUIREMENTS[origin.originSource] ?? []) {
      if (!origin[field as keyof typeof origin]) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is required when originSource is ${origin.originSource}`,
        });
      }
    }
    if (
      origin.originSource === 'legacy_transaction' &&
      !origin.legacyTransactionOfferId &&
      !origin.legacyTransactionOrderId
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['legacyTransactionOrderId'],
        message: 'a legacy offer or order id is required when originSource is legacy_transaction',
      });
    }
  });

/**
 * The booking cost is rolled up from its items' costs; the deprecated input field is accepted
 * only empty, and dropped, so no write can leave a cost that disagrees with the items.
 */
const derivedCost = z
  .null({ error: "the booking cost is rolled up from its items' unitCostAmount; set the items' costs instead" })
  .optional()
  .transform(() => undefined);

/** Where the first item whose cost currency differs from an earlier item's sits, if any. */
export function mixedCostCurrencyIndex(
  items: readonly { unitCostAmount?: { currency: string } | null }[],
): number | null {
  const first = items.find((item) => item.unitCostAmount)?.unitCostAmount?.currency;
  const index = items.findIndex((item) => item.unitCostAmount && item.unitCostAmount.currency !== first);
  return index === -1 ? null : index;
}

const bookingFields = {
  personId: typeId('pers').nullish(),
  organizationId: typeId('org').nullish(),
  sourceType: z.enum(BOOKING_SOURCE_TYPES),
  externalBookingRef: externalId.nullish(),
  communicationLanguage: languageTag.nullish(),
  contact: contactInput.nullish(),
  costAmountCents: derivedCost,
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  internalNotes: optionalText(10000),
};

function checkBooking(
  booking: {
    personId?: string | null;
    organizationId?: string | null;
    startDate?: string | null;
    endDate?: string | null;
  },
  ctx: z.RefinementCtx,
): void {
  if (booking.personId && booking.organizationId) {
    ctx.addIssue({
      code: 'custom',
      path: ['organizationId'],
      message: 'a booking references a person or an organization, not both',
    });
  }
  if (booking.startDate && booking.endDate && booking.endDate < booking.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
  }
}

export const createBookingInput = z
  .object({
    ...bookingFields,
    bookingNumber: text().trim().min(1).max(50).regex(/^\S+$/, 'must not contain spaces').nullish(),
    sourceType: bookingFields.sourceType.default('direct'),
    sellCurrency: currency,
    items: z.array(itemInput).max(200).nullish(),
    travelers: z.array(travelerInput).max(100).nullish(),
    origin: originInput.nullish(),
  })
  .superRefine((booking, ctx) => {
    checkBooking(booking, ctx);
    booking.items?.forEach((item, index) => {
      if (item.unitSellAmount.currency !== booking.sellCurrency) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'unitSellAmount', 'currency'],
          message: "must be the booking's sell currency",
        });
      }
    });
    const mixed = mixedCostCurrencyIndex(booking.items ?? []);
    if (mixed !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', mixed, 'unitCostAmount', 'currency'],
        message: "must be the other items' cost currency: a booking's cost is in one currency",
      });
    }
    const sell = (booking.items ?? []).reduce((sum, item) => sum + item.quantity * item.unitSellAmount.amountCents, 0);
    if (!fitsMoneyAmount(sell))
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: mustFitMoney('the booking total'),
      });
    const primaries = (booking.travelers ?? []).flatMap((traveler, index) => (traveler.isPrimary ? [index] : []));
    if (primaries.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['travelers', primaries[1] ?? 0, 'isPrimary'],
        message: 'only one traveler can be primary',
      });
    }
  });

export const updateBookingInput = z
  .object({ id: typeId('book'), expectedVersion, ...z.object(bookingFields).partial().shape })
  .superRefine(checkBooking);

export const addBookingItemInput = z.object({ bookingId: typeId('book'), item: itemInput });
export const addBookingTravelerInput = z.object({ bookingId: typeId('book'), traveler: travelerInput });
export const linkItemTravelerInput = z.object({
  itemId: typeId('bkit'),
  travelerId: typeId('bkpt'),
  role: z.enum(ITEM_TRAVELER_ROLES).default('traveler'),
});
export const unlinkItemTravelerInput = z.object({ itemId: typeId('bkit'), travelerId: typeId('bkpt') });
export const setBookingOriginInput = z.object({ bookingId: typeId('book'), origin: originInput });
export const noteContent = text().trim().min(1, 'must not be empty').max(10000, 'must be at most 10000 characters');
export const addBookingNoteInput = z.object({ bookingId: typeId('book'), content: noteContent });
export const updateBookingNoteInput = z.object({ id: typeId('bnot'), content: noteContent });

export const upsertSupplierStatusInput = z.object({
  id: typeId('bkss').nullish(),
  bookingId: typeId('book'),
  supplierId: externalId.nullish(),
  supplierServiceId: externalId.nullish(),
  serviceName: shortText,
  status: z.enum(SUPPLIER_STATUSES),
  supplierReference: text().max(255).nullish(),
  cost: money
    .refine((value) => value.amountCents >= 0, { message: 'must not be negative', path: ['amountCents'] })
    .nullish(),
  notes: optionalText(5000),
});

export const transitionBookingInput = z.object({
  id: typeId('book'),
  to: z.enum(BOOKING_STATUSES),
  reason: text().trim().min(1).max(2000).nullish(),
  holdExpiresAt: z.date().nullish(),
  holdMinutes: z.number().int().min(1, 'must be between 1 and 1440').max(1440, 'must be between 1 and 1440').nullish(),
  expectedVersion,
});

export const overrideBookingStatusInput = z.object({
  id: typeId('book'),
  to: z.enum(BOOKING_STATUSES),
  reason: text().trim().min(1, 'a reason is required').max(2000, 'must be at most 2000 characters'),
});

export const idArgument = (prefix: string) => typeId(prefix);

export type CreateBookingInput = z.output<typeof createBookingInput>;
export type UpdateBookingInput = z.output<typeof updateBookingInput>;
export type ItemInput = z.output<typeof itemInput>;
export type ItemPatchInput = z.output<typeof itemPatchInput>;
export type TravelerInput = z.output<typeof travelerInput>;
export type TravelerPatchInput = z.output<typeof travelerPatchInput>;
export type OriginInput = z.output<typeof originInput>;
export type TransitionBookingInput = z.output<typeof transitionBookingInput>;
export type OverrideBookingStatusInput = z.output<typeof overrideBookingStatusInput>;
export type UpsertSupplierStatusInput = z.output<typeof upsertSupplierStatusInput>;
