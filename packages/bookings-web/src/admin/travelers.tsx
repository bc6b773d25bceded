import { useState } from 'react';
import { useTravelDetails, type BookingDetailFragment, type TravelDetailsFieldsFragment } from '@bookings/react';
import { grants, type Session } from '../session';

/**
 * Travelers as the server shows them to this caller (personal fields arrive masked without bookings-pii:read),
 * and their encrypted travel details behind a reveal button for callers who may decrypt them: each reveal is
 * audited, so it happens only when asked for.
 */
export function Travelers({ booking, session }: { booking: BookingDetailFragment; session: Session }) {
  const mayReveal = grants(session, 'bookings-pii:read');
  const [revealed, setRevealed] = useState(false);
  const details = useTravelDetails(booking.id, { revealed });
  return (
    <section aria-label="Travelers">
      <h2>Travelers</h2>
      {!mayReveal && <p className="masked">Personal data is masked: it needs the bookings-pii:read scope.</p>}
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Category</th>
            <th>Email</th>
            <th>Phone</th>
            {revealed && <th>Travel details</th>}
          </tr>
        </thead>
        <tbody>
          {booking.travelers.map((traveler) => (
            <tr key={traveler.id} data-testid="traveler-row">
              <td data-testid="traveler-name">
                {traveler.firstName} {traveler.lastName}
                {traveler.isPrimary ? ' (lead)' : ''}
              </td>
              <td>{traveler.category}</td>
              <td>{traveler.email ?? '—'}</td>
              <td>{traveler.phone ?? '—'}</td>
              {revealed && (
                <td data-testid="travel-details">
                  {describeDetails(details.data?.get(traveler.id), details.isPending)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {mayReveal && !revealed && (
        <button type="button" onClick={() => setRevealed(true)}>
          Reveal travel details
        </button>
      )}
      {revealed && (
        <button type="button" onClick={() => setRevealed(false)}>
          Hide travel details
        </button>
      )}
      {details.isError && <p role="alert">Could not reveal travel details: {details.error.message}</p>}
    </section>
  );
}

function describeDetails(details: TravelDetailsFieldsFragment | null | undefined, pending: boolean): string {
  if (pending) return 'Decrypting…';
  if (!details) return 'None stored';
  const document = details.documentNumber
    ? `${details.documentType ?? 'Document'} ${details.documentNumber}`
    : 'no document';
  return [
    document,
    details.nationality,
    details.dateOfBirth && `born ${details.dateOfBirth}`,
    details.dietaryRequirements,
  ]
    .filter(Boolean)
    .join(' · ');
}
