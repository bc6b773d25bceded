import { useBooking } from '@bookings/react';
import { formatMoney } from '../format';
import type { Session } from '../session';
import { ActivityLog } from './activity-log';
import { Approvals } from './approvals';
import { SupplierCommitments } from './supplier-commitments';
import { Transitions } from './transitions';
import { Travelers } from './travelers';

/**
 * One booking: status and the moves it allows, items, supplier commitments and their moves, travelers (masked
 * unless scoped), activity.
 */
export function BookingDetail({ id, session }: { id: string; session: Session }) {
  const booking = useBooking(id);
  if (booking.isPending) return <p>Loading…</p>;
  if (booking.isError) return <p role="alert">Could not load the booking: {booking.error.message}</p>;
  if (!booking.data) return <p role="alert">No booking has the id {id}.</p>;
  const data = booking.data;
  return (
    <>
      <p>
        <a href="#/bookings">← All bookings</a>
      </p>
      <h1>
        {data.bookingNumber}{' '}
        <span className="status" data-testid="booking-status">
          {data.status}
        </span>
      </h1>
      <section aria-label="Summary">
        <p>
          Buyer: {[data.contact.firstName, data.contact.lastName].filter(Boolean).join(' ') || '—'} ·{' '}
          <span data-testid="contact-email">{data.contact.email ?? '—'}</span> · {data.contact.phone ?? '—'}
        </p>
        <p>
          Travel {data.startDate ?? '?'} → {data.endDate ?? '?'} · total {formatMoney(data.sellAmount)} · version{' '}
          {data.version}
        </p>
      </section>
      <Transitions booking={data} />
      <Approvals bookingId={data.id} session={session} />
      <section aria-label="Items">
        <h2>Items</h2>
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th>Status</th>
              <th>Quantity</th>
              <th>Unit price</th>
              <th>Total</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <td>{item.title}</td>
                <td>{item.status}</td>
                <td>{item.quantity}</td>
                <td>{formatMoney(item.unitSellAmount)}</td>
                <td>{formatMoney(item.totalSellAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <SupplierCommitments booking={data} />
      <Travelers booking={data} session={session} />
      <ActivityLog bookingId={data.id} />
    </>
  );
}
