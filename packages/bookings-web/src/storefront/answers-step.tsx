import { useState, type FormEvent } from 'react';
import {
  isMember,
  usePublicBookingSessionFlowMutation,
  type PublicBookingSession,
  type PublicSessionState,
} from '@bookings/react';
import { answersOf, completedBefore } from './journey';
import { failureText, NoticeLine, type Notice } from './notice';
import { STOREFRONT_QUESTIONS } from './offer';
import { refusedWrite } from './step-outcome';

/** The shop's questions, answered into the wizard state's payload (merged, so other keys stay). */
export function AnswersStep({ session, state }: { session: PublicBookingSession; state: PublicSessionState }) {
  const { writeState } = usePublicBookingSessionFlowMutation();
  const [answers, setAnswers] = useState<Record<string, string>>(() => answersOf(state.payload));
  const [notice, setNotice] = useState<Notice>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const result = await writeState.mutateAsync({
        sessionId: session.id,
        expectedVersion: state.version,
        currentStep: 'price',
        completedSteps: completedBefore('price'),
        payload: { answers },
        payloadMode: 'MERGE',
      });
      if (!isMember(result, 'StorefrontSession')) setNotice(refusedWrite(result));
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  return (
    <section aria-label="Answers">
      <h1>A few questions</h1>
      <form onSubmit={(event) => void submit(event)} className="fields">
        {STOREFRONT_QUESTIONS.map((question) => (
          <label key={question.id}>
            {question.label}
            {question.required ? '' : ' (optional)'}
            <input
              required={question.required}
              value={answers[question.id] ?? ''}
              onChange={(event) => setAnswers({ ...answers, [question.id]: event.target.value })}
            />
          </label>
        ))}
        <button type="submit" disabled={writeState.isPending}>
          Continue
        </button>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
