import { describe, expect, it } from 'vitest';
import type { PublicBookingSession } from '@bookings/react';
import {
  answerSlots,
  answerValue,
  formValue,
  problemsBySlot,
  storedAnswer,
  type SessionQuestion,
} from './answer-fields';

const question = (fields: Partial<SessionQuestion> = {}): SessionQuestion => ({
  questionId: 'bq_pickup',
  label: 'Hotel to pick you up from',
  fieldType: 'TEXT',
  target: 'BOOKING',
  mode: 'REQUIRED',
  options: [],
  answers: [],
  ...fields,
});

const traveler = (id: string, firstName: string, isPrimary = false) =>
  ({ id, firstName, lastName: 'Buyer', isPrimary }) as PublicBookingSession['travelers'][number];

type SessionParts = Pick<PublicBookingSession, 'travelers' | 'items' | 'requirements'>;

const session = (fields: Partial<SessionParts> = {}): SessionParts =>
  ({
    travelers: [traveler('bkpt_ada', 'Ada', true), traveler('bkpt_bob', 'Bob')],
    items: [
      { id: 'bkit_tour', title: 'Alps tour' },
      { id: 'bkit_shirt', title: 'T-shirt' },
    ],
    requirements: { status: 'INCOMPLETE', bookingVersion: 2, questions: [], missing: [] },
    ...fields,
  }) as SessionParts;

describe('answerSlots', () => {
  it('asks a booking question once, about nobody in particular', () => {
    expect(answerSlots(question(), session())).toEqual([
      { key: 'bq_pickup||', questionId: 'bq_pickup', travelerId: null, bookingItemId: null, about: null },
    ]);
  });

  it('asks a traveler question of every traveler', () => {
    const slots = answerSlots(question({ questionId: 'bq_diet', target: 'TRAVELER' }), session());
    expect(slots.map((slot) => [slot.travelerId, slot.about])).toEqual([
      ['bkpt_ada', 'Ada Buyer'],
      ['bkpt_bob', 'Bob Buyer'],
    ]);
  });

  it('asks a lead-traveler question of the primary traveler only', () => {
    const slots = answerSlots(question({ questionId: 'bq_guide', target: 'LEAD_TRAVELER' }), session());
    expect(slots.map((slot) => slot.travelerId)).toEqual(['bkpt_ada']);
  });

  it('asks an extra question of the lines the server names for it', () => {
    const missing = [
      { kind: 'QUESTION', questionId: 'bq_shirt', field: null, travelerId: null, bookingItemId: 'bkit_shirt' },
    ] as SessionParts['requirements']['missing'];
    const parts = session({ requirements: { status: 'INCOMPLETE', bookingVersion: 2, questions: [], missing } });
    const slots = answerSlots(question({ questionId: 'bq_shirt', target: 'EXTRA' }), parts);
    expect(slots.map((slot) => [slot.bookingItemId, slot.about])).toEqual([['bkit_shirt', 'T-shirt']]);
  });
});

describe('form values', () => {
  it('reads the stored answer of its own slot', () => {
    const asked = question({
      target: 'TRAVELER',
      answers: [{ id: 'bqan_1', value: 'vegan', traveler: { id: 'bkpt_bob' }, bookingItem: null }],
    });
    const [ada, bob] = answerSlots(asked, session());
    expect([ada && storedAnswer(asked, ada), bob && storedAnswer(asked, bob)]).toEqual([null, 'vegan']);
  });

  it('sends numbers as numbers and booleans as booleans', () => {
    expect([answerValue('NUMBER', ' 7 '), answerValue('BOOLEAN', 'false')]).toEqual([7, false]);
  });

  it('sends an unparseable number as typed, for the server to refuse by field', () => {
    expect(answerValue('NUMBER', 'seven')).toBe('seven');
  });

  it('clears an empty field or an empty multi-select with null', () => {
    expect([answerValue('TEXT', '  '), answerValue('MULTI_SELECT', [])]).toEqual([null, null]);
  });

  it('shows stored values in their control', () => {
    expect([formValue('BOOLEAN', true), formValue('MULTI_SELECT', ['S', 'M']), formValue('NUMBER', 3)]).toEqual([
      'true',
      ['S', 'M'],
      '3',
    ]);
  });
});

describe('problemsBySlot', () => {
  it('puts each refusal on the field of the answer its path names', () => {
    const slots = answerSlots(question({ questionId: 'bq_diet', target: 'TRAVELER' }), session());
    expect(problemsBySlot(slots, [{ path: 'input.answers.1.value', message: 'The value is too long' }])).toEqual({
      'bq_diet|bkpt_bob|': 'The value is too long',
    });
  });
});
