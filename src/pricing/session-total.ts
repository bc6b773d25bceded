import type { PricedLine } from './price-line';

/** An item as stored on the session: its total and currency from the last time it was priced. */
export interface StoredSessionItem {
  itemId: string;
  /** Null when the item was on request (no price known yet). */
  totalSellAmountCents: number | null;
  currency: string;
}

/** Expected outcome, never thrown: the new prices are in another currency than items left as they are. */
export interface CurrencyMismatchOutcome {
  code: 'CURRENCY_MISMATCH';
  sessionCurrency: string;
  quotedCurrency: string;
  message: string;
}

export interface SessionLineTotal {
  itemId: string;
  /** Null for an on-request line; it adds 0 to the total. */
  totalSellAmountCents: number | null;
  /** Whether the amount comes from `repriced` or from what was stored. */
  source: 'repriced' | 'stored';
}

export interface SessionTotal {
  /** Null only for a session without items. */
  total: { amountCents: number; currency: string } | null;
  /** False when any line is on request. */
  pricingComplete: boolean;
  /** One per stored item, in the stored items' order. */
  lines: SessionLineTotal[];
}

export type SessionTotalResult = { ok: true; value: SessionTotal } | { ok: false; error: CurrencyMismatchOutcome };

export interface SessionTotalInput {
  /** The currency the session's stored totals are in; null before anything was priced. */
  sessionCurrency: string | null;
  items: readonly StoredSessionItem[];
  /** Newly priced lines by item id; items not in it keep their stored totals. */
  repriced: ReadonlyMap<string, PricedLine>;
}

/**
 * Design §2 rule 6: sums the session over every item, the stored total for items not repriced. A currency
 * change is allowed only when every item was repriced into the same new currency; the reference let the
 * last selection's currency win over stored totals in another one.
 */
export function sessionTotal(input: SessionTotalInput): SessionTotalResult {
  const repricedLines = input.items.flatMap((item) => {
    const line = input.repriced.get(item.itemId);
    return line ? [line] : [];
  });
  const quotedCurrency = repricedLines[0]?.currency ?? null;
  const otherQuoted = repricedLines.find((line) => line.currency !== quotedCurrency);
  if (quotedCurrency !== null && otherQuoted) return currencyMismatch(quotedCurrency, otherQuoted.currency);
  if (quotedCurrency !== null && repricedLines.length < input.items.length) {
    if (input.sessionCurrency !== null && input.sessionCurrency !== quotedCurrency) {
      return currencyMismatch(input.sessionCurrency, quotedCurrency);
    }
    const kept = input.items.find((item) => !input.repriced.has(item.itemId) && item.currency !== quotedCurrency);
    if (kept) return currencyMismatch(kept.currency, quotedCurrency);
  }
  const currency = quotedCurrency ?? input.sessionCurrency ?? input.items[0]?.currency ?? null;
  const lines = input.items.map((item): SessionLineTotal => {
    const line = input.repriced.get(item.itemId);
    return line
      ? { itemId: item.itemId, totalSellAmountCents: line.totalSellAmountCents, source: 'repriced' }
      : { itemId: item.itemId, totalSellAmountCents: item.totalSellAmountCents, source: 'stored' };
  });
  const amountCents = lines.reduce((sum, line) => sum + (line.totalSellAmountCents ?? 0), 0);
  return {
    ok: true,
    value: {
      total: currency === null || input.items.length === 0 ? null : { amountCents, currency },
      pricingComplete: lines.every((line) => line.totalSellAmountCents !== null),
      lines,
    },
  };
}

function currencyMismatch(sessionCurrency: string, quotedCurrency: string): SessionTotalResult {
  return {
    ok: false,
    error: {
      code: 'CURRENCY_MISMATCH',
      sessionCurrency,
      quotedCurrency,
      message: `prices in ${quotedCurrency} need every item repriced: the session is in ${sessionCurrency}`,
    },
  };
}
