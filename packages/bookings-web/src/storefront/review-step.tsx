import { useState } from 'react';
import { isMember, usePublicBookingSessionFlowMutation, type PublicBookingSession } from '@bookings/react';
import { formatMoney } from '../format';
import { failureText, NoticeLine, type Notice } from './notice';
import { refusedWrite } from './step-outcome';

/** What will be booked, as the server has it, and the confirm button, sent with the version on screen. */
export function ReviewStep({ session }: { session: PublicBookingSession }) {
  const { confirm } = usePublicBookingSessionFlowMutation();
  const [notice, setNotice] = useState<Notice>(null);

  const book = async () => {
    setNotice(null);
    try {
      const result = await confirm.mutateAsync({ sessionId: session.id, expectedVersion: session.version });
      if (isMember(result, 'SessionNotReadyError'))
        setNotice({ kind: 'refused', text: `Not ready to book yet: ${result.missing.join(', ')}.` });
      else if (!isMember(result, 'StorefrontSession')) setNotice(refusedWrite(result));
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  return (
    <section aria-label="Review">
      <h1>Review and confirm</h1>
      <table>
        <tbody>
          {session.items.map((item) => (
            <tr key={item.id} data-testid="review-item">
              <td>{item.title}</td>
              <td>
                {item.quantity} × {formatMoney(item.unitPrice)}
              </td>
              <td>{formatMoney(item.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {session.travelers.map((traveler) => (
          <li key={traveler.id} data-testid="review-traveler">
            {traveler.firstName} {traveler.lastName}
            {traveler.isPrimary ? ' (lead)' : ''}
          </li>
        ))}
      </ul>
      <p>
        Total: <strong data-testid="review-total">{formatMoney(session.total)}</strong>
      </p>
      {!session.checklist.ready && <p>Still missing: {session.checklist.missing.join(', ')}</p>}
      <button type="button" disabled={confirm.isPending} onClick={() => void book()}>
        Confirm booking
      </button>
      <NoticeLine notice={notice} />
    </section>
  );
}
