import { createHash } from 'node:crypto';
import type { PricedLine } from './price-line';

/** A JSON value with nothing JSON cannot say the same way twice (no undefined, no NaN, no Date). */
export type CanonicalValue =
  null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

/** One quoted line as the digest sees it: whatever the quote shows the buyer and the apply writes. */
export interface QuoteDigestLine {
  readonly itemId: string;
  readonly [field: string]: CanonicalValue;
}

export interface QuoteDigestInput {
  sessionId: string;
  bookingVersion: number;
  lines: readonly QuoteDigestLine[];
}

/**
 * JSON with object keys sorted at every depth, so equal values always give equal text. Arrays keep
 * their order; a non-finite number is a programming error (JSON would turn it into null silently).
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no form for ${value}`);
    return JSON.stringify(value);
  }
  if (isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

function isArray(value: CanonicalValue): value is readonly CanonicalValue[] {
  return Array.isArray(value);
}

/**
 * Design §2 rule 7: sha256 (hex) over the canonical `{sessionId, bookingVersion, lines}`. Lines are
 * ordered by item id first, so the digest does not depend on the order the caller selected them in; the
 * booking version ties a quote to the state it was computed from.
 */
export function quoteDigest(input: QuoteDigestInput): string {
  const lines = [...input.lines].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  const canonical = canonicalJson({ sessionId: input.sessionId, bookingVersion: input.bookingVersion, lines });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The digest line of a priced item: its selection, the catalog data it came from and its amounts. */
export function quotedLine(itemId: string, line: PricedLine): QuoteDigestLine {
  return {
    itemId,
    optionId: line.selection.optionId,
    optionUnitId: line.selection.optionUnitId,
    pricingCategoryId: line.selection.pricingCategoryId,
    quantity: line.selection.quantity,
    currency: line.currency,
    catalogId: line.catalogId,
    rateCardId: line.rateCardId,
    ruleId: line.ruleId,
    unitRateId: line.unitRateId,
    pricingMode: line.pricingMode,
    unitSellAmountCents: line.unitSellAmountCents,
    totalSellAmountCents: line.totalSellAmountCents,
    warnings: line.warnings,
  };
}
