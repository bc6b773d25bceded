import { describe, expect, it } from 'vitest';
import { completedBefore, stepOf } from './journey';

const wizard = (currentStep: string | null) => ({
  currentStep,
  completedSteps: [],
  payload: {},
  version: 1,
  updatedAt: '2027-01-01T10:00:00.000Z',
});

describe('journey', () => {
  it('opens the travelers step before the first wizard write', () => {
    expect(stepOf({ status: 'ON_HOLD', wizardState: null })).toBe('travelers');
  });

  it('opens the step the wizard state names', () => {
    expect(stepOf({ status: 'ON_HOLD', wizardState: wizard('price') })).toBe('price');
  });

  it('falls back to travelers for a step this storefront does not know', () => {
    expect(stepOf({ status: 'ON_HOLD', wizardState: wizard('payment') })).toBe('travelers');
  });

  it('shows the confirmation once the session is booked, whatever the wizard says', () => {
    expect(stepOf({ status: 'CONFIRMED', wizardState: wizard('review') })).toBe('booked');
  });

  it('counts the slot and every earlier step as completed', () => {
    expect(completedBefore('price')).toEqual(['slot', 'travelers', 'answers']);
  });
});
