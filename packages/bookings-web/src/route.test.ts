import { describe, expect, it } from 'vitest';
import { bookingHref, bookingSessionHref, isStorefrontRoute, parseRoute } from './route';

describe('route', () => {
  it('reads a booking screen from its href', () => {
    expect(parseRoute(bookingHref('book_01abc'))).toEqual({ screen: 'booking', id: 'book_01abc' });
  });

  it('reads the storefront start from #/book', () => {
    expect(parseRoute('#/book')).toEqual({ screen: 'book' });
  });

  it("reads a customer's session from its href", () => {
    expect(parseRoute(bookingSessionHref('book_01xyz'))).toEqual({ screen: 'book-session', sessionId: 'book_01xyz' });
  });

  it('tells storefront routes from admin ones', () => {
    expect([parseRoute('#/book'), parseRoute('#/bookings')].map(isStorefrontRoute)).toEqual([true, false]);
  });

  it('falls back to the list for any other hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'bookings' });
    expect(parseRoute('#/elsewhere')).toEqual({ screen: 'bookings' });
  });
});
