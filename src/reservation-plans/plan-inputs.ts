import { z } from 'zod';
import { PLAN_LINE_KINDS, type PlanLineKind } from '../domain/saga-vocabulary';
import { ALLOCATION_KINDS, BOOKING_SOURCE_TYPES } from '../domain/vocabulary';
import { contactInput, itemInput, mixedCostCurrencyIndex } from '../validation/booking-inputs';
import { currency, externalId, isoDate, languageTag, metadata, optionalText, text, typeId } from '../validation/fields';

export const MAX_PLAN_LINES = 50;

const planBookingInput = z.object({
  bookingNumber: text().trim().min(1).max(50).regex(/^\S+$/, 'must not contain spaces').nullish(),
  personId: typeId('pers').nullish(),
  organizationId: typeId('org').nullish(),
  sourceType: z.enum(BOOKING_SOURCE_TYPES).default('api_partner'),
  externalBookingRef: externalId.nullish(),
  communicationLanguage: languageTag.nullish(),
  contact: contactInput.nullish(),
  sellCurrency: currency,
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  internalNotes: optionalText(10000),
});

const planLineInput = z.object({
  planLineId: externalId,
  componentId: externalId,
  kind: z.enum(PLAN_LINE_KINDS),
  item: itemInput,
  allocation: z
    .object({
      kind: z.enum(ALLOCATION_KINDS),
      targetId: externalId,
      quantity: z.number().int().min(1).max(10000).nullish(),
    })
    .nullish(),
  provider: z.object({ provider: externalId, productRef: externalId.nullish() }).nullish(),
  supplier: z
    .object({
      supplierId: externalId.nullish(),
      serviceName: text().trim().min(1).max(255).nullish(),
      supplierReference: externalId.nullish(),
    })
    .nullish(),
});

/** Which optional parts each kind needs (true), refuses (false) or takes either way (absent). */
const PRESENCE: Record<PlanLineKind, Partial<Record<'allocation' | 'provider', boolean>>> = {
  catalog_backed: { allocation: true, provider: false },
  external_order: { allocation: false, provider: true },
  non_catalog: { allocation: false },
  manual_placeholder: { allocation: false, provider: false },
};

export const submitReservationPlanInput = z
  .object({
    reservationPlanId: externalId,
    origin: z
      .object({ catalogPriceResponseId: externalId.nullish(), tripSnapshotId: externalId.nullish(), metadata })
      .nullish(),
    booking: planBookingInput,
    lines: z.array(planLineInput).min(1, 'a plan has 1 to 50 lines').max(MAX_PLAN_LINES, 'a plan has 1 to 50 lines'),
  })
  .superRefine((plan, ctx) => {
    if (plan.booking.personId && plan.booking.organizationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['booking', 'organizationId'],
        message: 'a booking references a person or an organization, not both',
      });
    }
    const seen = new Set<string>();
    plan.lines.forEach((line, index) => {
      if (seen.has(line.planLineId))
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'planLineId'],
          message: 'must be unique within the plan',
        });
      seen.add(line.planLineId);
      if (line.item.unitSellAmount.currency !== plan.booking.sellCurrency) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'item', 'unitSellAmount', 'currency'],
          message: "must be the booking's sell currency",
        });
      }
      for (const [part, needed] of Object.entries(PRESENCE[line.kind])) {
        const present =
          line[part as 'allocation' | 'provider'] !== null && line[part as 'allocation' | 'provider'] !== undefined;
        if (needed && !present)
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, part],
            message: `is required for a ${line.kind.toUpperCase()} line`,
          });
        if (!needed && present)
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, part],
            message: `is not allowed on a ${line.kind.toUpperCase()} line`,
          });
      }
    });
    const mixed = mixedCostCurrencyIndex(plan.lines.map((line) => line.item));
    if (mixed !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', mixed, 'item', 'unitCostAmount', 'currency'],
        message: "must be the other lines' cost currency",
      });
    }
  });

export type SubmitReservationPlanInput = z.output<typeof submitReservationPlanInput>;
export type PlanLineInput = SubmitReservationPlanInput['lines'][number];

/** The stored input parses back with the same schema: the saga row holds exactly what was accepted. */
export const storedPlanInput = (input: Record<string, unknown>): SubmitReservationPlanInput =>
  submitReservationPlanInput.parse(reviveDates(input));

/** JSON turned the item dates into strings; zod's `z.date()` wants them back as dates. */
function reviveDates(input: Record<string, unknown>): Record<string, unknown> {
  const lines = Array.isArray(input.lines) ? input.lines : [];
  return {
    ...input,
    lines: lines.map((line: Record<string, unknown>) => {
      const item = (line.item ?? {}) as Record<string, unknown>;
      const revive = (value: unknown) => (typeof value === 'string' ? new Date(value) : value);
      return { ...line, item: { ...item, startsAt: revive(item.startsAt), endsAt: revive(item.endsAt) } };
    }),
  };
}
