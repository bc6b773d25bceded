import { z } from 'zod';
import { ALLOCATION_KINDS, FULFILLMENT_CHANNELS, FULFILLMENT_TYPES, REDEMPTION_METHODS } from '../domain/vocabulary';
import { FULFILLMENT_STATUSES } from '../statemachine/fulfillment-status';
import { createBookingInput, itemInput } from './booking-inputs';
import { externalId, metadata, storable, text, typeId } from './fields';

const holdMinutes = z.number().int().min(1, 'must be between 1 and 1440').max(1440, 'must be between 1 and 1440');
const quantity = z.number().int().min(1, 'must be at least 1').max(10000, 'must be at most 10000');
const reason = text().trim().min(1).max(2000);
const allocationKind = z.enum(ALLOCATION_KINDS);

function atMostOneHold(
  value: { holdMinutes?: number | null; holdExpiresAt?: Date | null },
  ctx: z.RefinementCtx,
): void {
  if (value.holdMinutes !== null && value.holdMinutes !== undefined && value.holdExpiresAt) {
    ctx.addIssue({ code: 'custom', path: ['holdExpiresAt'], message: 'give holdMinutes or holdExpiresAt, not both' });
  }
}

export const setAllocationCapacityInput = z.object({
  kind: allocationKind,
  targetId: externalId,
  // Required, even if null: a forgotten capacity must not silently mean "unlimited".
  capacity: z
    .number({ error: 'give a number, or null for unlimited' })
    .int()
    .min(0, 'must not be negative')
    .max(1_000_000)
    .nullable(),
  productId: externalId.nullish(),
  optionId: externalId.nullish(),
  startsAt: z.date().nullish(),
});

export const allocationCapacityArgs = z.object({ kind: allocationKind, targetId: externalId });

export const allocationRequestInput = z.object({
  kind: allocationKind,
  targetId: externalId,
  quantity: quantity.nullish(),
});

export const reserveItemInput = itemInput.safeExtend({
  allocations: z
    .array(allocationRequestInput)
    .max(20)
    .nullish()
    .transform((requests) => requests ?? []),
});

export const reserveBookingInput = createBookingInput
  .safeExtend({
    items: z.array(reserveItemInput).min(1, 'a reservation needs at least one item').max(200),
    holdMinutes: holdMinutes.nullish(),
    holdExpiresAt: z.date().nullish(),
  })
  .superRefine(atMostOneHold);

export const addBookingAllocationInput = z.object({
  bookingItemId: typeId('bkit'),
  kind: allocationKind,
  targetId: externalId,
  quantity: quantity.nullish(),
});

export const releaseBookingAllocationInput = z.object({ id: typeId('bkac'), reason: reason.nullish() });

export const extendBookingHoldInput = z
  .object({ id: typeId('book'), holdMinutes: holdMinutes.nullish(), holdExpiresAt: z.date().nullish() })
  .superRefine((value, ctx) => {
    atMostOneHold(value, ctx);
    if ((value.holdMinutes === null || value.holdMinutes === undefined) && !value.holdExpiresAt) {
      ctx.addIssue({ code: 'custom', path: ['holdMinutes'], message: 'give holdMinutes or holdExpiresAt' });
    }
  });

export const expireStaleHoldsInput = z.object({ before: z.date().nullish() });

const artifactUrl = storable(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).max(2048);

export const issueFulfillmentInput = z.object({
  bookingId: typeId('book'),
  bookingItemId: typeId('bkit').nullish(),
  travelerId: typeId('bkpt').nullish(),
  type: z.enum(FULFILLMENT_TYPES),
  deliveryChannel: z.enum(FULFILLMENT_CHANNELS),
  status: z.enum(['issued', 'pending'], { error: 'must be ISSUED or PENDING' }).default('issued'),
  artifactUrl: artifactUrl.nullish(),
  payload: metadata,
});

export const updateFulfillmentInput = z.object({
  id: typeId('bkfl'),
  status: z.enum(FULFILLMENT_STATUSES).nullish(),
  deliveryChannel: z.enum(FULFILLMENT_CHANNELS).nullish(),
  artifactUrl: artifactUrl.nullish(),
  payload: metadata,
});

export const recordRedemptionInput = z.object({
  bookingId: typeId('book'),
  fulfillmentId: typeId('bkfl'),
  bookingItemId: typeId('bkit').nullish(),
  travelerId: typeId('bkpt').nullish(),
  method: z.enum(REDEMPTION_METHODS).default('manual'),
  location: text().trim().min(1).max(255).nullish(),
  redeemedAt: z.date().nullish(),
});

export type SetAllocationCapacityInput = z.output<typeof setAllocationCapacityInput>;
export type ReserveBookingInput = z.output<typeof reserveBookingInput>;
export type AddBookingAllocationInput = z.output<typeof addBookingAllocationInput>;
export type ReleaseBookingAllocationInput = z.output<typeof releaseBookingAllocationInput>;
export type ExtendBookingHoldInput = z.output<typeof extendBookingHoldInput>;
export type ExpireStaleHoldsInput = z.output<typeof expireStaleHoldsInput>;
export type IssueFulfillmentInput = z.output<typeof issueFulfillmentInput>;
export type UpdateFulfillmentInput = z.output<typeof updateFulfillmentInput>;
export type RecordRedemptionInput = z.output<typeof recordRedemptionInput>;
