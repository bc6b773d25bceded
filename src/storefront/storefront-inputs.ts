import { z } from 'zod';
import { CHECKOUT_ACTIONS } from '../ports/checkout-capability-port';
import { PARTICIPANT_TYPES, TRAVELER_CATEGORIES } from '../domain/vocabulary';
import { SESSION_STATE_LIMITS } from '../entities/booking-session-state.entity';
import { countryCode, email, externalId, jsonObject, languageTag, phone, text, typeId } from '../validation/fields';
import type { StorefrontConfig } from '../storefront-config';

/**
 * Storefront inputs are strict: an unknown key (a price a client tried to send, for one) is
 * BAD_USER_INPUT rather than silently dropped. Callers never send prices (design D2).
 */
const name = text().trim().min(1).max(100);

export const sessionContactInput = z.strictObject({
  firstName: name.nullish(),
  lastName: name.nullish(),
  email: email.nullish(),
  phone: phone.nullish(),
  preferredLanguage: languageTag.nullish(),
  country: countryCode.nullish(),
});

export const sessionTravelerInput = z.strictObject({
  id: typeId('bkpt').nullish(),
  firstName: name,
  lastName: name,
  email: email.nullish(),
  phone: phone.nullish(),
  preferredLanguage: languageTag.nullish(),
  participantType: z
    .enum(PARTICIPANT_TYPES)
    .nullish()
    .transform((value) => value ?? 'traveler'),
  category: z
    .enum(TRAVELER_CATEGORIES)
    .nullish()
    .transform((value) => value ?? 'adult'),
  isPrimary: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

/** The whole list: one primary at most, and no id twice (each id names one traveler). */
const travelerList = z
  .array(sessionTravelerInput)
  .max(50)
  .superRefine((travelers, ctx) => {
    const primaries = travelers.flatMap((traveler, index) => (traveler.isPrimary ? [index] : []));
    if (primaries.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [primaries[1] ?? 0, 'isPrimary'],
        message: 'only one traveler can be primary',
      });
    const seen = new Set<string>();
    travelers.forEach((traveler, index) => {
      if (!traveler.id) return;
      if (seen.has(traveler.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'lists the same traveler twice' });
      seen.add(traveler.id);
    });
  });

const sessionId = typeId('book');
const sessionVersion = z.number().int().min(1, 'must be at least 1');
const stepName = text().trim().min(1).max(SESSION_STATE_LIMITS.currentStepLength);

function inputsFor(limits: Pick<StorefrontConfig, 'maxQuantity' | 'maxHoldMinutes'>) {
  const quantity = z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(limits.maxQuantity, `must be at most ${limits.maxQuantity}`);
  const holdMinutes = z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(limits.maxHoldMinutes, `must be at most ${limits.maxHoldMinutes}`);
  const itemInput = z.strictObject({
    productId: externalId,
    optionId: externalId.nullish(),
    optionUnitId: externalId.nullish(),
    pricingCategoryId: externalId.nullish(),
    availabilitySlotId: externalId,
    quantity,
  });
  const selection = z.strictObject({
    itemId: typeId('bkit'),
    optionId: externalId.nullish(),
    optionUnitId: externalId.nullish(),
    pricingCategoryId: externalId.nullish(),
    // Quantity cannot be cleared: null means "keep".
    quantity: quantity.nullish().transform((value) => value ?? undefined),
  });
  const selections = z
    .array(selection)
    .min(1, 'give at least one selection')
    .max(20)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.itemId))
          ctx.addIssue({ code: 'custom', path: [index, 'itemId'], message: 'selects the same item twice' });
        seen.add(entry.itemId);
      });
    });
  return {
    start: z.strictObject({
      storefrontId: externalId.nullish(),
      catalogId: externalId.nullish(),
      items: z.array(itemInput).min(1, 'a session needs at least one item').max(20),
      holdMinutes: holdMinutes.nullish(),
      communicationLanguage: languageTag.nullish(),
      externalBookingRef: externalId.nullish(),
      contact: sessionContactInput.nullish(),
      travelers: travelerList.nullish(),
    }),
    update: z.strictObject({
      sessionId,
      expectedVersion: sessionVersion,
      communicationLanguage: languageTag.nullish(),
      externalBookingRef: externalId.nullish(),
      holdMinutes: holdMinutes.nullish(),
      contact: sessionContactInput.nullish(),
      travelers: travelerList.nullish(),
    }),
    quote: z.strictObject({ sessionId, catalogId: externalId.nullish(), selections }),
    reprice: z.strictObject({
      sessionId,
      expectedVersion: sessionVersion,
      catalogId: externalId.nullish(),
      selections,
      acceptQuoteDigest: text()
        .regex(/^[0-9a-f]{64}$/, 'must be a digest from storefrontSessionQuote')
        .nullish(),
    }),
  };
}

const cached = new Map<string, ReturnType<typeof inputsFor>>();

/** The inputs whose bounds come from STOREFRONT_MAX_QUANTITY and STOREFRONT_MAX_HOLD_MINUTES. */
export function storefrontInputs(
  limits: Pick<StorefrontConfig, 'maxQuantity' | 'maxHoldMinutes'>,
): ReturnType<typeof inputsFor> {
  const key = `${limits.maxQuantity}|${limits.maxHoldMinutes}`;
  let inputs = cached.get(key);
  if (!inputs) {
    inputs = inputsFor(limits);
    cached.set(key, inputs);
  }
  return inputs;
}

export const wizardStateInput = z.strictObject({
  sessionId,
  // 0: the caller has seen no state yet, so this write must be the first.
  expectedVersion: z.number().int().min(0, 'must be 0 (no state yet) or the version last read'),
  currentStep: stepName.nullish(),
  completedSteps: z
    .array(stepName)
    .max(SESSION_STATE_LIMITS.completedSteps, `at most ${SESSION_STATE_LIMITS.completedSteps} steps`)
    .nullish(),
  payload: jsonObject.nullish(),
  payloadMode: z
    .enum(['merge', 'replace'])
    .nullish()
    .transform((value) => value ?? 'merge'),
  contact: sessionContactInput.nullish(),
  travelers: travelerList.nullish(),
});

export const confirmSessionInput = z.strictObject({
  sessionId,
  expectedVersion: sessionVersion,
  target: z
    .enum(['confirmed', 'awaiting_payment'], { error: 'must be CONFIRMED or AWAITING_PAYMENT' })
    .nullish()
    .transform((value) => value ?? 'confirmed'),
});

export const abandonSessionInput = z.strictObject({ sessionId, expectedVersion: sessionVersion.nullish() });

export const refreshCapabilityInput = z.strictObject({
  sessionId,
  actions: z
    .array(z.enum(CHECKOUT_ACTIONS, { error: `must be one of ${CHECKOUT_ACTIONS.join(', ')}` }))
    .min(1, 'keep at least one action'),
});

export const revokeCapabilitiesInput = z.strictObject({ sessionId });

type Inputs = ReturnType<typeof inputsFor>;
export type StartSessionInput = z.output<Inputs['start']>;
export type UpdateSessionInput = z.output<Inputs['update']>;
export type QuoteSessionInput = z.output<Inputs['quote']>;
export type RepriceSessionInput = z.output<Inputs['reprice']>;
export type WizardStateInput = z.output<typeof wizardStateInput>;
export type SessionContactInput = z.output<typeof sessionContactInput>;
export type SessionTravelerInput = z.output<typeof sessionTravelerInput>;
export type ConfirmSessionInput = z.output<typeof confirmSessionInput>;
export type RefreshCapabilityInput = z.output<typeof refreshCapabilityInput>;
