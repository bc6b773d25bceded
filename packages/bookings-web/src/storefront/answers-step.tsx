import { useState, type FormEvent } from 'react';
import {
  isMember,
  usePublicBookingSessionFlowMutation,
  type PublicBookingSession,
  type PublicSessionState,
} from '@bookings/react';
import {
  answerSlots,
  answerValue,
  formValue,
  problemsBySlot,
  storedAnswer,
  type AnswerSlot,
  type SessionQuestion,
} from './answer-fields';
import { completedBefore } from './journey';
import { failureText, NoticeLine, type Notice } from './notice';
import { refusedWrite } from './step-outcome';

type FormValues = Record<string, string | string[]>;

const INPUT_TYPES: Partial<Record<SessionQuestion['fieldType'], string>> = {
  NUMBER: 'number',
  EMAIL: 'email',
  PHONE: 'tel',
  DATE: 'date',
  FILE: 'url',
};

function initialValues(questions: readonly { question: SessionQuestion; slots: AnswerSlot[] }[]): FormValues {
  return Object.fromEntries(
    questions.flatMap(({ question, slots }) =>
      slots.map((slot) => [slot.key, formValue(question.fieldType, storedAnswer(question, slot))]),
    ),
  );
}

function AnswerControl(props: {
  question: SessionQuestion;
  value: string | string[];
  onChange: (value: string | string[]) => void;
}) {
  const { question, value, onChange } = props;
  const required = question.mode === 'REQUIRED';
  switch (question.fieldType) {
    case 'TEXTAREA':
      return <textarea required={required} value={value} onChange={(event) => onChange(event.target.value)} />;
    case 'SELECT':
    case 'BOOLEAN': {
      const options =
        question.fieldType === 'BOOLEAN'
          ? [
              { value: 'true', label: 'Yes' },
              { value: 'false', label: 'No' },
            ]
          : question.options;
      return (
        <select required={required} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose…</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'MULTI_SELECT':
      return (
        <select
          multiple
          required={required}
          value={Array.isArray(value) ? value : []}
          onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}
        >
          {question.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    default:
      return (
        <input
          type={INPUT_TYPES[question.fieldType] ?? 'text'}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

/**
 * The catalog's questions for this booking, as Bookings resolves them, one field per traveler, line or the
 * booking; answers are sent all at once (refusals shown by their field), then the wizard moves on.
 */
export function AnswersStep({ session, state }: { session: PublicBookingSession; state: PublicSessionState }) {
  const { answer, writeState } = usePublicBookingSessionFlowMutation();
  const questions = session.requirements.questions.map((question) => ({
    question,
    slots: answerSlots(question, session),
  }));
  const [values, setValues] = useState<FormValues>(() => initialValues(questions));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const unavailable = session.requirements.status === 'UNAVAILABLE';

  const moveOn = async () => {
    const result = await writeState.mutateAsync({
      sessionId: session.id,
      expectedVersion: state.version,
      currentStep: 'price',
      completedSteps: completedBefore('price'),
    });
    if (!isMember(result, 'StorefrontSession')) setNotice(refusedWrite(result));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setProblems({});
    const sent = questions.flatMap(({ slots }) => slots);
    try {
      if (sent.length > 0) {
        const result = await answer.mutateAsync({
          sessionId: session.id,
          expectedVersion: session.version,
          answers: sent.map((slot) => {
            const question = questions.find((entry) => entry.question.questionId === slot.questionId)?.question;
            return {
              questionId: slot.questionId,
              travelerId: slot.travelerId,
              bookingItemId: slot.bookingItemId,
              value: question ? answerValue(question.fieldType, values[slot.key] ?? '') : null,
            };
          }),
        });
        if (isMember(result, 'AnswerValidationError')) {
          setProblems(problemsBySlot(sent, result.problems));
          setNotice({ kind: 'refused', text: 'Some answers need another look.' });
          return;
        }
        if (!isMember(result, 'BookingRequirements')) {
          setNotice(refusedWrite(result));
          return;
        }
      }
      await moveOn();
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  return (
    <section aria-label="Answers">
      <h1>A few questions</h1>
      {unavailable && (
        <p role="alert">The questions for this trip cannot be loaded right now; booking needs them, try again soon.</p>
      )}
      <form onSubmit={(event) => void submit(event)} className="fields">
        {questions.map(({ question, slots }) =>
          slots.map((slot) => (
            <label key={slot.key}>
              {question.label}
              {slot.about ? ` — ${slot.about}` : ''}
              {question.mode === 'REQUIRED' ? '' : ' (optional)'}
              <AnswerControl
                question={question}
                value={values[slot.key] ?? ''}
                onChange={(value) => setValues({ ...values, [slot.key]: value })}
              />
              {problems[slot.key] && <span role="alert">{problems[slot.key]}</span>}
            </label>
          )),
        )}
        {questions.length === 0 && !unavailable && <p>Nothing to ask for this trip.</p>}
        <button type="submit" disabled={answer.isPending || writeState.isPending || unavailable}>
          Continue
        </button>
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
