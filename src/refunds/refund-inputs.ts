import { z } from 'zod';
import { expectedVersion, money, text, typeId } from '../validation/fields';
import { idempotencyKey } from '../validation/request-keys';

export const refundBookingInput = z.object({
  bookingId: typeId('book'),
  reason: text().trim().min(1, 'must not be empty').max(2000),
  amount: money
    .refine((amount) => amount.amountCents >= 0, { message: 'must not be negative', path: ['amountCents'] })
    .nullish(),
  expectedVersion,
  idempotencyKey: idempotencyKey.nullish(),
  approvalId: typeId('alap').nullish(),
});

export type RefundBookingInput = z.output<typeof refundBookingInput>;

/** What a refund saga stores as its input: the claim's decisions, so every later step reads them back. */
export const storedRefund = z.object({
  bookingId: z.string(),
  reason: z.string(),
  amountCents: z.number().int(),
  refundableCents: z.number().int(),
  currency: z.string(),
  previousStatus: z.string(),
});

export type StoredRefund = z.output<typeof storedRefund>;
