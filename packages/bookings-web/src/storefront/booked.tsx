import type { PublicBookingSession } from '@bookings/react';
import { formatMoney } from '../format';

/** The confirmation page: the booking number is what the buyer quotes from now on. */
export function Booked({ session }: { session: PublicBookingSession }) {
  return (
    <section aria-label="Booking confirmed">
      <h1>Booking confirmed</h1>
      <p>
        Your booking number is <strong data-testid="booking-number">{session.bookingNumber}</strong>.
      </p>
      <p>
        {session.pax ?? session.travelers.length} travelers · total{' '}
        <span data-testid="booked-total">{formatMoney(session.total)}</span> · a confirmation goes to{' '}
        {session.contact?.email ?? 'you'}.
      </p>
      <a href="#/book">Book another tour</a>
    </section>
  );
}
