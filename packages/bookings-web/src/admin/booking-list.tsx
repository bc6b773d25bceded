import { useState, type FormEvent } from 'react';
import { useBookings, type BookingFilter, type BookingStatus } from '@bookings/react';
import { BOOKING_STATUSES, formatMoney } from '../format';
import { bookingHref } from '../route';

const PAGE_SIZE = 20;

/** Bookings, newest first, with a search box and a status filter; more pages on request. */
export function BookingList() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const [filter, setFilter] = useState<BookingFilter>({});
  const list = useBookings({ filter, pageSize: PAGE_SIZE });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...(search.trim() ? { search: search.trim() } : {}), ...(status ? { status: [status] } : {}) });
  };

  return (
    <>
      <h1>Bookings</h1>
      <form className="filters" onSubmit={apply} role="search">
        <input
          aria-label="Search"
          placeholder="Booking number, name, email…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label="Status" value={status} onChange={(event) => setStatus(toStatus(event.target.value))}>
          <option value="">All statuses</option>
          {BOOKING_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
        <button type="submit">Search</button>
      </form>
      {list.isError && <p role="alert">Could not load bookings: {list.error.message}</p>}
      {list.isPending && <p>Loading…</p>}
      {list.data && (
        <>
          <p data-testid="total-count">{list.data.totalCount} bookings</p>
          <table>
            <thead>
              <tr>
                <th>Booking</th>
                <th>Status</th>
                <th>Buyer</th>
                <th>Starts</th>
                <th>Travelers</th>
                <th>Total</th>
              </tr>
            </thead>
            <tbody>
              {list.data.entries.map((booking) => (
                <tr key={booking.id} data-testid="booking-row">
                  <td>
                    <a href={bookingHref(booking.id)}>{booking.bookingNumber}</a>
                  </td>
                  <td className="status">{booking.status}</td>
                  <td>{[booking.contact.firstName, booking.contact.lastName].filter(Boolean).join(' ') || '—'}</td>
                  <td>{booking.startDate ?? '—'}</td>
                  <td>{booking.pax}</td>
                  <td>{formatMoney(booking.sellAmount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.hasNextPage && (
            <button type="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </button>
          )}
        </>
      )}
    </>
  );
}

function toStatus(value: string): BookingStatus | '' {
  return BOOKING_STATUSES.find((candidate) => candidate === value) ?? '';
}
