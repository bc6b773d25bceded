/** Fixed example data for the quotes subgraph; tests refer to these ids. */

export type QuoteStatus = 'open' | 'won' | 'lost';
export type QuoteVersionStatus = 'draft' | 'sent' | 'accepted' | 'superseded';

export interface QuoteRecord {
  id: string;
  title: string;
  status: QuoteStatus;
}

export interface QuoteVersionRecord {
  id: string;
  quoteId: string;
  versionNumber: number;
  status: QuoteVersionStatus;
  totalAmountCents: number;
  totalCurrency: string;
  acceptedAt: string | null;
}

export const LISBON_OFFSITE_QUOTE: QuoteRecord = {
  id: 'quot_01m8bagnrse03949599xevnxe0',
  title: 'Lisbon team offsite, 3 nights',
  status: 'won',
};

export const ALPINE_RETREAT_QUOTE: QuoteRecord = {
  id: 'quot_01m8bagxp5fzy8mr9st3bmt2bh',
  title: 'Alpine leadership retreat',
  status: 'open',
};

export const LISBON_OFFSITE_V1: QuoteVersionRecord = {
  id: 'qver_01m8bagnrse039495mea62cse2',
  quoteId: LISBON_OFFSITE_QUOTE.id,
  versionNumber: 1,
  status: 'superseded',
  totalAmountCents: 1_845_000,
  totalCurrency: 'EUR',
  acceptedAt: null,
};

/** The one accepted version in the seed. */
export const LISBON_OFFSITE_V2: QuoteVersionRecord = {
  id: 'qver_01m8bagnrse039495ybxy9gds7',
  quoteId: LISBON_OFFSITE_QUOTE.id,
  versionNumber: 2,
  status: 'accepted',
  totalAmountCents: 1_712_500,
  totalCurrency: 'EUR',
  acceptedAt: '2025-02-11T14:32:00.000Z',
};

export const ALPINE_RETREAT_V1: QuoteVersionRecord = {
  id: 'qver_01m8bagxp8fzy8mra7eyy9mna6',
  quoteId: ALPINE_RETREAT_QUOTE.id,
  versionNumber: 1,
  status: 'sent',
  totalAmountCents: 2_390_000,
  totalCurrency: 'CHF',
  acceptedAt: null,
};

export const QUOTES: readonly QuoteRecord[] = [LISBON_OFFSITE_QUOTE, ALPINE_RETREAT_QUOTE];
export const QUOTE_VERSIONS: readonly QuoteVersionRecord[] = [LISBON_OFFSITE_V1, LISBON_OFFSITE_V2, ALPINE_RETREAT_V1];
