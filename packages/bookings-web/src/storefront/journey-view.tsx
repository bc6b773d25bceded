import { usePublicBookingSession, usePublicBookingSessionState } from '@bookings/react';
import { formatMoney } from '../format';
import { AnswersStep } from './answers-step';
import { Booked } from './booked';
import { JOURNEY_STEPS, STEP_TITLES, stepOf } from './journey';
import { failureText } from './notice';
import type { OfferedDeparture } from './offer';
import { PriceStep } from './price-step';
import { ReviewStep } from './review-step';
import { TravelersStep } from './travelers-step';

/** One session's journey: the step its wizard state names, over the session as the server has it. */
export function Journey({ sessionId, departures }: { sessionId: string; departures: readonly OfferedDeparture[] }) {
  const session = usePublicBookingSession(sessionId);
  const state = usePublicBookingSessionState(sessionId, 'wizard');

  if (session.isError) return <StartOver text={failureText(session.error)} />;
  if (session.isPending || state.isPending) return <p>Loading your booking…</p>;
  if (!session.data || !state.data) return <StartOver text="There is no booking in progress under this link." />;

  const step = stepOf(session.data);
  if (step === 'booked') return <Booked session={session.data} />;
  const slotId = session.data.items[0]?.availabilitySlotId;
  const departure = departures.find((candidate) => candidate.slotId === slotId);
  return (
    <>
      <ol className="steps" aria-label="Steps">
        {JOURNEY_STEPS.map((candidate) => (
          <li key={candidate} aria-current={candidate === step ? 'step' : undefined}>
            {STEP_TITLES[candidate]}
          </li>
        ))}
      </ol>
      <p className="summary">
        {departure?.label ?? session.data.items[0]?.title} · booking{' '}
        <span data-testid="session-number">{session.data.bookingNumber}</span> · held until{' '}
        {session.data.holdExpiresAt ? new Date(session.data.holdExpiresAt).toLocaleTimeString() : '—'} · total{' '}
        <span data-testid="session-total">{formatMoney(session.data.total)}</span>
      </p>
      {step === 'travelers' && <TravelersStep session={session.data} state={state.data} />}
      {step === 'answers' && <AnswersStep session={session.data} state={state.data} />}
      {step === 'price' && <PriceStep session={session.data} state={state.data} fares={departure?.fares ?? []} />}
      {step === 'review' && <ReviewStep session={session.data} />}
    </>
  );
}

function StartOver({ text }: { text: string }) {
  return (
    <section>
      <p role="alert">{text}</p>
      <a href="#/book">Start a new booking</a>
    </section>
  );
}
