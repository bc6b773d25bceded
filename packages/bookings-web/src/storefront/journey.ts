import type { PublicBookingSession } from '@bookings/react';

/** The steps after the slot is picked, in order; the wizard state's `currentStep` says which one is open. */
export const JOURNEY_STEPS = ['travelers', 'answers', 'price', 'review'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

export const STEP_TITLES: Readonly<Record<JourneyStep, string>> = {
  travelers: 'Travelers',
  answers: 'Answers',
  price: 'Price',
  review: 'Review and confirm',
};

/** Where the buyer is: the confirmation once booked, else the step the wizard state names (travelers at first). */
export function stepOf(session: Pick<PublicBookingSession, 'status' | 'wizardState'>): JourneyStep | 'booked' {
  if (session.status === 'CONFIRMED' || session.status === 'AWAITING_PAYMENT') return 'booked';
  const current = session.wizardState?.currentStep;
  return JOURNEY_STEPS.find((step) => step === current) ?? 'travelers';
}

/** The wizard's `completedSteps` once the buyer moves on to `next`: the slot, and every step before `next`. */
export function completedBefore(next: JourneyStep): string[] {
  return ['slot', ...JOURNEY_STEPS.slice(0, JOURNEY_STEPS.indexOf(next))];
}
