import { useState } from 'react';
import {
  isMember,
  outcomeMessage,
  useSetSupplierConfirmation,
  type BookingDetailFragment,
  type SupplierConfirmationStatus,
} from '@bookings/react';
import { formatMoney, SUPPLIER_TRANSITION_LABELS } from '../format';

type Outcome = { kind: 'done'; text: string } | { kind: 'refused'; text: string };
type Commitment = BookingDetailFragment['supplierStatuses'][number];

/** The booking's supplier commitments, each with one button per move its lifecycle allows next. */
export function SupplierCommitments({ booking }: { booking: BookingDetailFragment }) {
  const move = useSetSupplierConfirmation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const moveTo = async (commitment: Commitment, status: SupplierConfirmationStatus) => {
    setOutcome(null);
    try {
      const result = await move.mutateAsync({
        input: { bookingId: booking.id, id: commitment.id, status, expectedVersion: booking.version },
      });
      if (isMember(result, 'BookingSupplierStatus'))
        setOutcome({ kind: 'done', text: `${result.serviceName} is now ${result.status}.` });
      else if (isMember(result, 'VersionConflictError'))
        setOutcome({ kind: 'refused', text: 'Someone changed this booking meanwhile: reload it and try again.' });
      else setOutcome({ kind: 'refused', text: outcomeMessage(result) });
    } catch (error) {
      setOutcome({ kind: 'refused', text: error instanceof Error ? error.message : 'The request failed.' });
    }
  };

  if (booking.supplierStatuses.length === 0) return null;
  return (
    <section aria-label="Suppliers">
      <h2>
        Suppliers{' '}
        <span className="status" data-testid="supplier-confirmation">
          {booking.supplierConfirmation}
        </span>
      </h2>
      <table>
        <thead>
          <tr>
            <th>Service</th>
            <th>Status</th>
            <th>Reference</th>
            <th>Cost</th>
            <th>Confirmed at</th>
            <th>Moves</th>
          </tr>
        </thead>
        <tbody>
          {booking.supplierStatuses.map((commitment) => (
            <tr key={commitment.id} data-testid="supplier-commitment">
              <td>{commitment.serviceName}</td>
              <td>{commitment.status}</td>
              <td>{commitment.supplierReference ?? '—'}</td>
              <td>{formatMoney(commitment.cost)}</td>
              <td>{commitment.confirmedAt ?? '—'}</td>
              <td>
                {commitment.allowedTransitions.map((status) => (
                  <button
                    key={status}
                    type="button"
                    disabled={move.isPending}
                    onClick={() => void moveTo(commitment, status)}
                  >
                    {SUPPLIER_TRANSITION_LABELS[status]}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome && <p role={outcome.kind === 'done' ? 'status' : 'alert'}>{outcome.text}</p>}
    </section>
  );
}
