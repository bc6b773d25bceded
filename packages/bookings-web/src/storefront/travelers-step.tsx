import { useState, type FormEvent } from 'react';
import {
  isMember,
  usePublicBookingSessionFlowMutation,
  type PublicBookingSession,
  type PublicSessionState,
} from '@bookings/react';
import { completedBefore } from './journey';
import { failureText, NoticeLine, type Notice } from './notice';
import { refusedWrite } from './step-outcome';

interface Person {
  firstName: string;
  lastName: string;
}

/**
 * The buyer (who is also the lead traveler) and a name for every other seat. Travelers already on the session
 * are sent back with their ids: the server matches them by id, never by position.
 */
export function TravelersStep({ session, state }: { session: PublicBookingSession; state: PublicSessionState }) {
  const { writeState } = usePublicBookingSessionFlowMutation();
  const seats = session.items.reduce((sum, item) => sum + item.quantity, 0);
  const [contact, setContact] = useState({
    firstName: session.contact?.firstName ?? '',
    lastName: session.contact?.lastName ?? '',
    email: session.contact?.email ?? '',
  });
  const others = session.travelers.filter((traveler) => !traveler.isPrimary);
  const [companions, setCompanions] = useState<Person[]>(() =>
    Array.from({ length: Math.max(seats - 1, 0) }, (_, index) => ({
      firstName: others[index]?.firstName ?? '',
      lastName: others[index]?.lastName ?? '',
    })),
  );
  const [notice, setNotice] = useState<Notice>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const lead = session.travelers.find((traveler) => traveler.isPrimary);
    try {
      const result = await writeState.mutateAsync({
        sessionId: session.id,
        expectedVersion: state.version,
        currentStep: 'answers',
        completedSteps: completedBefore('answers'),
        contact,
        travelers: [
          {
            id: lead?.id,
            firstName: contact.firstName,
            lastName: contact.lastName,
            email: contact.email,
            isPrimary: true,
          },
          ...companions.map((person, index) => ({ id: others[index]?.id, ...person, isPrimary: false })),
        ],
      });
      if (!isMember(result, 'StorefrontSession')) setNotice(refusedWrite(result));
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  const setCompanion = (index: number, field: keyof Person, value: string) =>
    setCompanions((current) => current.map((person, at) => (at === index ? { ...person, [field]: value } : person)));

  return (
    <section aria-label="Travelers">
      <h1>Who is travelling?</h1>
      <form onSubmit={(event) => void submit(event)} className="fields">
        <fieldset>
          <legend>You (lead traveler)</legend>
          <label>
            First name
            <input
              required
              value={contact.firstName}
              onChange={(event) => setContact({ ...contact, firstName: event.target.value })}
            />
          </label>
          <label>
            Last name
            <input
              required
              value={contact.lastName}
              onChange={(event) => setContact({ ...contact, lastName: event.target.value })}
            />
          </label>
          <label>
            Email
            <input
              required
              type="email"
              value={contact.email}
              onChange={(event) => setContact({ ...contact, email: event.target.value })}
            />
          </label>
        </fieldset>
        {companions.map((person, index) => (
          <fieldset key={index}>
            <legend>Traveler {index + 2}</legend>
            <label>
              Traveler {index + 2} first name
              <input
                required
                value={person.firstName}
                onChange={(event) => setCompanion(index, 'firstName', event.target.value)}
              />
            </label>
            <label>
              Traveler {index + 2} last name
              <input
                required
                value={person.lastName}
                onChange={(event) => setCompanion(index, 'lastName', event.target.value)}
              />
            </label>
          </fieldset>
        ))}
        <button type="submit" disabled={writeState.isPending}>
          Continue
        </button>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
