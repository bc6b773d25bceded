import { useState } from 'react';
import { isMember, outcomeMessage, useTransitionBooking, type BookingDetailFragment } from '@bookings/react';
import { TRANSITION_LABELS } from '../format';

type Outcome = { kind: 'done'; text: string } | { kind: 'refused'; text: string };

/** One button per status the state machine allows next, sent with the version on screen. */
export function Transitions({ booking }: { booking: BookingDetailFragment }) {
  const transition = useTransitionBooking();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const move = async (to: BookingDetailFragment['status']) => {
    setOutcome(null);
    try {
      const result = await transition.mutateAsync({
        input: { id: booking.id, to, expectedVersion: booking.version, reason: reason.trim() || undefined },
      });
      if (isMember(result, 'Booking')) setOutcome({ kind: 'done', text: `Booking is now ${result.status}.` });
      else if (isMember(result, 'VersionConflictError'))
        setOutcome({ kind: 'refused', text: 'Someone changed this booking meanwhile: reload it and try again.' });
      else if (isMember(result, 'ApprovalRequired'))
        setOutcome({ kind: 'refused', text: `This needs approval (${result.approval.reasonCode}).` });
      else setOutcome({ kind: 'refused', text: outcomeMessage(result) });
    } catch (error) {
      setOutcome({ kind: 'refused', text: error instanceof Error ? error.message : 'The request failed.' });
    }
  };

  return (
    <section aria-label="Status">
      <h2>Status</h2>
      {booking.allowedTransitions.length === 0 ? (
        <p>No further moves: the booking is {booking.status}.</p>
      ) : (
        <>
          <input
            aria-label="Reason"
            placeholder="Reason (optional)"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />{' '}
          {booking.allowedTransitions.map((to) => (
            <button key={to} type="button" disabled={transition.isPending} onClick={() => void move(to)}>
              {TRANSITION_LABELS[to]}
            </button>
          ))}
        </>
      )}
      {outcome && <p role={outcome.kind === 'done' ? 'status' : 'alert'}>{outcome.text}</p>}
    </section>
  );
}
