import { z } from 'zod';
import { callSubgraph } from '../graphql-call';
import { PricingUnavailable, type PricingPort, type RateCard, type RateCardRequest } from '../pricing-port';
import type { SystemTokenSource } from '../system-token';

const RATE_CARDS_QUERY = `query BookingsRateCards($requests: [RateCardRequest!]!) {
  rateCards(requests: $requests) {
    id catalogId currency productId optionId departureOverrideApplied validUntil
    rule { id pricingMode baseSellAmountCents }
    unitRates {
      id unitId unitName unitType pricingCategoryId pricingMode sellAmountCents
      minQuantity maxQuantity occupancyMin occupancyMax
      tiers { minQuantity maxQuantity sellAmountCents }
    }
  }
}`;

const PRICING_MODES = [
  'PER_UNIT',
  'PER_PERSON',
  'PER_BOOKING',
  'STARTING_FROM',
  'INCLUDED',
  'FREE',
  'ON_REQUEST',
] as const;
// Amounts are GraphQL Ints (32 bits); a negative price or quantity would be a catalog bug, not a discount.
const amount = z.number().int().min(0);
const count = z.number().int().min(0);

const rateCardSchema = z.object({
  id: z.string().min(1),
  catalogId: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  productId: z.string().min(1),
  optionId: z.string().min(1),
  departureOverrideApplied: z.boolean(),
  validUntil: z.iso
    .datetime({ offset: true })
    .nullable()
    .transform((value) => (value === null ? null : new Date(value))),
  rule: z.object({ id: z.string().min(1), pricingMode: z.enum(PRICING_MODES), baseSellAmountCents: amount.nullable() }),
  unitRates: z.array(
    z.object({
      id: z.string().min(1),
      unitId: z.string().min(1),
      unitName: z.string().nullable(),
      unitType: z.string().nullable(),
      pricingCategoryId: z.string().nullable(),
      pricingMode: z.enum(PRICING_MODES),
      sellAmountCents: amount.nullable(),
      minQuantity: count.nullable(),
      maxQuantity: count.nullable(),
      occupancyMin: count.nullable(),
      occupancyMax: count.nullable(),
      tiers: z.array(
        z.object({ minQuantity: count, maxQuantity: count.nullable(), sellAmountCents: amount.nullable() }),
      ),
    }),
  ),
});

export interface FederatedPricingOptions {
  /** PRICING_URL, else CATALOG_URL. */
  url: string;
  /** PORT_TIMEOUT_MS: the whole call, token, connect and body included. */
  timeoutMs: number;
  systemToken?: SystemTokenSource;
}

/**
 * The pricing port over GraphQL to the catalog's `Query.rateCards` (design §2): one POST per call,
 * answers by position. Every failure, including an answer of the wrong length or shape, is
 * `PricingUnavailable`, which callers report as `PricingUnavailableError(UPSTREAM_UNAVAILABLE)`.
 */
export function federatedPricing(options: FederatedPricingOptions): PricingPort {
  return {
    async rateCards(requests: RateCardRequest[]): Promise<(RateCard | null)[]> {
      if (requests.length === 0) return [];
      const result = await callSubgraph({
        url: options.url,
        query: RATE_CARDS_QUERY,
        variables: { requests: requests.map(requestVariables) },
        timeoutMs: options.timeoutMs,
        systemToken: options.systemToken,
      });
      if (!result.ok) throw new PricingUnavailable(result.failure);
      const parsed = z
        .object({ rateCards: z.array(rateCardSchema.nullable()).length(requests.length) })
        .safeParse(result.data);
      if (!parsed.success) throw new PricingUnavailable('invalid_response');
      const cards = parsed.data.rateCards;
      // Positional answers: a card for another product means the catalog mixed up the order.
      if (cards.some((card, index) => card !== null && card.productId !== requests[index].productId)) {
        throw new PricingUnavailable('invalid_response');
      }
      return cards;
    },
  };
}

/** Only the fields the caller set, so the catalog's defaults apply to the rest. */
function requestVariables(request: RateCardRequest): Record<string, string> {
  const variables: Record<string, string> = { productId: request.productId };
  if (request.optionId) variables.optionId = request.optionId;
  if (request.departureId) variables.departureId = request.departureId;
  if (request.catalogId) variables.catalogId = request.catalogId;
  return variables;
}
