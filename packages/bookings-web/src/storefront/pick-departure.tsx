import { useState, type FormEvent } from 'react';
import { isMember, outcomeMessage, usePublicBookingSessionFlowMutation } from '@bookings/react';
import { bookingSessionHref } from '../route';
import { failureText, NoticeLine, type Notice } from './notice';
import type { OfferedDeparture } from './offer';

const MAX_TRAVELERS = 8;

/** Step one: a departure and how many travelers. Starting the session holds their seats. */
export function PickDeparture({ departures }: { departures: readonly OfferedDeparture[] }) {
  const { start } = usePublicBookingSessionFlowMutation();
  const [slotId, setSlotId] = useState(departures[0]?.slotId ?? '');
  const [travelers, setTravelers] = useState(2);
  const [notice, setNotice] = useState<Notice>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const departure = departures.find((candidate) => candidate.slotId === slotId);
    if (!departure) return;
    setNotice(null);
    try {
      const result = await start.mutateAsync({
        storefrontId: 'sf_web',
        items: [
          {
            productId: departure.productId,
            optionId: departure.optionId,
            optionUnitId: departure.optionUnitId,
            availabilitySlotId: departure.slotId,
            quantity: travelers,
          },
        ],
      });
      if (isMember(result, 'StartStorefrontSessionPayload'))
        window.location.hash = bookingSessionHref(result.session.id);
      else if (isMember(result, 'CapacityExhaustedError'))
        setNotice({ kind: 'refused', text: `Only ${result.remaining} seats are left on this departure.` });
      else setNotice({ kind: 'refused', text: outcomeMessage(result) });
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  if (departures.length === 0) return <p>No departures are on sale right now.</p>;
  return (
    <section aria-label="Pick a departure">
      <h1>Pick a departure</h1>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>Departure</legend>
          {departures.map((departure) => (
            <label key={departure.slotId} className="choice">
              <input
                type="radio"
                name="departure"
                value={departure.slotId}
                checked={slotId === departure.slotId}
                onChange={() => setSlotId(departure.slotId)}
              />
              {departure.label}
            </label>
          ))}
        </fieldset>
        <label htmlFor="traveler-count">Travelers</label>
        <input
          id="traveler-count"
          type="number"
          min={1}
          max={MAX_TRAVELERS}
          value={travelers}
          onChange={(event) => setTravelers(Number(event.target.value))}
        />
        <button type="submit" disabled={start.isPending}>
          Continue
        </button>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
