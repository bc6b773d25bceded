import { describe, expect, it } from 'vitest';
import { bookingHref, parseRoute } from './route';

describe('route', () => {
  it('reads a booking screen from its href', () => {
    expect(parseRoute(bookingHref('book_01abc'))).toEqual({ screen: 'booking', id: 'book_01abc' });
  });

  it('falls back to the list for any other hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'bookings' });
    expect(parseRoute('#/elsewhere')).toEqual({ screen: 'bookings' });
  });
});
