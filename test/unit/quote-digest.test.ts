import { createHash } from 'node:crypto';
import { priceLine } from '../../src/pricing/price-line';
import { canonicalJson, quoteDigest, quotedLine, type QuoteDigestInput } from '../../src/pricing/quote-digest';
import { rateCard } from '../fixtures/rate-cards';

const QUOTE: QuoteDigestInput = {
  sessionId: 'book_01jd8w3yq9e2v7m4k5n6p7r8s9',
  bookingVersion: 3,
  lines: [
    { itemId: 'bkit_a', quantity: 2, totalSellAmountCents: 5000, currency: 'EUR' },
    { itemId: 'bkit_b', quantity: 1, totalSellAmountCents: null, currency: 'EUR' },
  ],
};

describe('quoteDigest (rule 7)', () => {
  it('is the sha256 hex of the canonical {sessionId, bookingVersion, lines}', () => {
    const canonical =
      '{"bookingVersion":3,"lines":[{"currency":"EUR","itemId":"bkit_a","quantity":2,"totalSellAmountCents":5000},' +
      '{"currency":"EUR","itemId":"bkit_b","quantity":1,"totalSellAmountCents":null}],' +
      '"sessionId":"book_01jd8w3yq9e2v7m4k5n6p7r8s9"}';
    expect(quoteDigest(QUOTE)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('is the same for the same quote computed twice', () => {
    expect(quoteDigest(QUOTE)).toBe(quoteDigest(structuredClone(QUOTE)));
  });

  it('does not depend on the order of keys in a line', () => {
    const reordered = {
      ...QUOTE,
      lines: [{ currency: 'EUR', totalSellAmountCents: 5000, quantity: 2, itemId: 'bkit_a' }, QUOTE.lines[1]],
    };
    expect(quoteDigest(reordered)).toBe(quoteDigest(QUOTE));
  });

  it('does not depend on the order the lines were selected in', () => {
    expect(quoteDigest({ ...QUOTE, lines: [...QUOTE.lines].reverse() })).toBe(quoteDigest(QUOTE));
  });

  it('changes when the booking version changes', () => {
    expect(quoteDigest({ ...QUOTE, bookingVersion: 4 })).not.toBe(quoteDigest(QUOTE));
  });

  it('changes when an amount changes', () => {
    const cheaper = { ...QUOTE, lines: [{ ...QUOTE.lines[0], totalSellAmountCents: 4999 }, QUOTE.lines[1]] };
    expect(quoteDigest(cheaper)).not.toBe(quoteDigest(QUOTE));
  });

  it('changes when the session changes', () => {
    expect(quoteDigest({ ...QUOTE, sessionId: 'book_01jd8w3yq9e2v7m4k5n6p7r8s0' })).not.toBe(quoteDigest(QUOTE));
  });

  it('covers the priced line: a different rate card gives a different digest', () => {
    const lineFrom = (id: string) => {
      const result = priceLine({
        current: { optionId: null, optionUnitId: 'unit_adult', pricingCategoryId: null, quantity: 2 },
        rateCard: rateCard({ id }),
      });
      if (!result.ok) throw new Error(result.error.message);
      return quotedLine('bkit_a', result.line);
    };
    const digestOf = (id: string) => quoteDigest({ ...QUOTE, lines: [lineFrom(id)] });
    expect(digestOf('rcard_a')).toBe(digestOf('rcard_a'));
    expect(digestOf('rcard_a')).not.toBe(digestOf('rcard_b'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }, 'x'], a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":[{"a":2,"z":1},"x"]}',
    );
  });

  it('refuses a number JSON cannot carry', () => {
    expect(() => canonicalJson({ amount: Number.NaN })).toThrow(TypeError);
  });
});
