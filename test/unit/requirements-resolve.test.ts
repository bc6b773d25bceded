import type { BookingQuestion, BookingQuestionnaire, QuestionTrigger } from '../../src/ports/requirements-port';
import { contactFields, travelerFields } from '../../src/requirements/filled-fields';
import {
  checkAnswerSlot,
  resolveRequirements,
  type BookedItem,
  type BookedTraveler,
  type BookingFacts,
} from '../../src/requirements/resolve';

const question = (fields: Partial<BookingQuestion> = {}): BookingQuestion => ({
  id: 'bq_pickup',
  label: 'Hotel to pick you up from',
  fieldType: 'TEXT',
  target: 'BOOKING',
  isRequired: true,
  optionOverride: null,
  options: [],
  triggers: [],
  ...fields,
});

const questionnaire = (
  questions: BookingQuestion[],
  fields: Partial<BookingQuestionnaire> = {},
): BookingQuestionnaire => ({ optionId: 'popt_morning', questions, contactRequirements: [], ...fields });

const item = (fields: Partial<BookedItem> = {}): BookedItem => ({
  id: 'bkit_tour',
  itemType: 'unit',
  productId: 'prod_alps',
  optionId: 'popt_morning',
  unitId: 'punit_adult',
  quantity: 2,
  ...fields,
});

const traveler = (id: string, isPrimary = false, filled: string[] = []): BookedTraveler => ({
  id,
  isPrimary,
  filledFields: new Set(filled),
});

const facts = (fields: Partial<BookingFacts> = {}): BookingFacts => ({
  items: [item()],
  travelers: [traveler('bkpt_ada', true), traveler('bkpt_bob')],
  contactFields: new Set(['firstName', 'lastName', 'email']),
  ...fields,
});

/** The mode each applicable question takes, by id; a question left out does not apply. */
const modes = (questions: BookingQuestion[], booking: BookingFacts = facts()) =>
  Object.fromEntries(
    resolveRequirements([questionnaire(questions)], booking, []).questions.map((resolved) => [
      resolved.question.id,
      resolved.mode,
    ]),
  );

const childTrigger = (minQuantity: number | null): QuestionTrigger => ({
  kind: 'UNIT',
  unitId: 'punit_child',
  minQuantity,
  mode: 'REQUIRED',
});

describe('resolveRequirements: a question without triggers', () => {
  it('applies as REQUIRED when the catalog marks it required', () => {
    expect(modes([question()])).toEqual({ bq_pickup: 'REQUIRED' });
  });

  it('applies as OPTIONAL when it is not required', () => {
    expect(modes([question({ isRequired: false })])).toEqual({ bq_pickup: 'OPTIONAL' });
  });
});

describe('resolveRequirements: option overrides', () => {
  it('hides a required question the option overrides to HIDDEN', () => {
    expect(modes([question({ optionOverride: 'HIDDEN' })])).toEqual({});
  });

  it('makes an optional question REQUIRED on the option that overrides it so', () => {
    expect(modes([question({ isRequired: false, optionOverride: 'REQUIRED' })])).toEqual({ bq_pickup: 'REQUIRED' });
  });

  it('takes the strongest mode when two booked options ask the same question differently', () => {
    const hidden = questionnaire([question({ optionOverride: 'HIDDEN' })], { optionId: 'popt_private' });
    const required = questionnaire([question()]);
    const resolution = resolveRequirements([hidden, required], facts(), []);
    expect(resolution.questions.map((resolved) => resolved.mode)).toEqual(['REQUIRED']);
  });
});

describe('resolveRequirements: unit triggers', () => {
  const childAge = (minQuantity: number | null) =>
    question({ id: 'bq_child_age', target: 'TRAVELER', isRequired: false, triggers: [childTrigger(minQuantity)] });

  it('does not fire when the unit is not booked', () => {
    expect(modes([childAge(null)])).toEqual({});
  });

  it('fires at one booked unit when no minimum is set', () => {
    const booking = facts({ items: [item(), item({ id: 'bkit_child', unitId: 'punit_child', quantity: 1 })] });
    expect(modes([childAge(null)], booking)).toEqual({ bq_child_age: 'REQUIRED' });
  });

  it('does not fire one unit below its minimum', () => {
    const booking = facts({ items: [item({ unitId: 'punit_child', quantity: 2 })] });
    expect(modes([childAge(3)], booking)).toEqual({});
  });

  it('fires at exactly its minimum, summed over the lines of the unit', () => {
    const booking = facts({
      items: [
        item({ id: 'bkit_a', unitId: 'punit_child', quantity: 2 }),
        item({ id: 'bkit_b', unitId: 'punit_child', quantity: 1 }),
      ],
    });
    expect(modes([childAge(3)], booking)).toEqual({ bq_child_age: 'REQUIRED' });
  });

  it('does not fire on a minimum of zero when the unit is not booked at all', () => {
    expect(modes([childAge(0)])).toEqual({});
  });
});

describe('resolveRequirements: option triggers', () => {
  const guideLanguage = question({
    id: 'bq_guide',
    target: 'LEAD_TRAVELER',
    isRequired: false,
    triggers: [{ kind: 'OPTION', optionId: 'popt_private', mode: 'OPTIONAL' }],
  });

  it('fires when the option is booked', () => {
    expect(modes([guideLanguage], facts({ items: [item({ optionId: 'popt_private' })] }))).toEqual({
      bq_guide: 'OPTIONAL',
    });
  });

  it('does not fire when another option is booked', () => {
    expect(modes([guideLanguage])).toEqual({});
  });
});

describe('resolveRequirements: extra triggers', () => {
  const shirtSize = (minQuantity: number | null) =>
    question({
      id: 'bq_shirt',
      target: 'EXTRA',
      isRequired: false,
      triggers: [{ kind: 'EXTRA', extraProductId: 'prod_shirt', minQuantity, mode: 'REQUIRED' }],
    });
  const shirt = (quantity: number, itemType = 'extra') =>
    item({ id: 'bkit_shirt', itemType, productId: 'prod_shirt', optionId: null, unitId: null, quantity });

  it('fires at its minimum quantity of the extra', () => {
    expect(modes([shirtSize(2)], facts({ items: [item(), shirt(2)] }))).toEqual({ bq_shirt: 'REQUIRED' });
  });

  it('does not fire one below its minimum', () => {
    expect(modes([shirtSize(2)], facts({ items: [item(), shirt(1)] }))).toEqual({});
  });

  it('does not fire on a line of the product that is not an extra', () => {
    expect(modes([shirtSize(null)], facts({ items: [item(), shirt(5, 'unit')] }))).toEqual({});
  });
});

describe('resolveRequirements: precedence between triggers', () => {
  const booking = facts({ items: [item({ unitId: 'punit_child', optionId: 'popt_private', quantity: 1 })] });
  const triggered = (...triggerModes: ('REQUIRED' | 'OPTIONAL' | 'HIDDEN')[]) =>
    question({
      isRequired: false,
      triggers: triggerModes.map((mode, index) =>
        index % 2 === 0
          ? { kind: 'UNIT' as const, unitId: 'punit_child', minQuantity: null, mode }
          : { kind: 'OPTION' as const, optionId: 'popt_private', mode },
      ),
    });

  it('REQUIRED beats OPTIONAL', () => {
    expect(modes([triggered('OPTIONAL', 'REQUIRED')], booking)).toEqual({ bq_pickup: 'REQUIRED' });
  });

  it('OPTIONAL beats HIDDEN', () => {
    expect(modes([triggered('HIDDEN', 'OPTIONAL')], booking)).toEqual({ bq_pickup: 'OPTIONAL' });
  });

  it('a question only HIDDEN triggers fire for is not asked', () => {
    expect(modes([triggered('HIDDEN', 'HIDDEN')], booking)).toEqual({});
  });

  it('a trigger that does not fire lends its mode to nothing', () => {
    const question_ = question({
      isRequired: false,
      triggers: [
        { kind: 'UNIT', unitId: 'punit_senior', minQuantity: null, mode: 'REQUIRED' },
        { kind: 'OPTION', optionId: 'popt_private', mode: 'OPTIONAL' },
      ],
    });
    expect(modes([question_], booking)).toEqual({ bq_pickup: 'OPTIONAL' });
  });
});

describe('resolveRequirements: targets', () => {
  const slots = (target: BookingQuestion['target'], booking: BookingFacts = facts()) =>
    resolveRequirements([questionnaire([question({ target })])], booking, []).questions[0]?.slots;

  it('TRAVELER expects one answer per traveler', () => {
    expect(slots('TRAVELER')).toEqual([
      { travelerId: 'bkpt_ada', bookingItemId: null },
      { travelerId: 'bkpt_bob', bookingItemId: null },
    ]);
  });

  it('LEAD_TRAVELER expects one answer, for the primary traveler', () => {
    expect(slots('LEAD_TRAVELER')).toEqual([{ travelerId: 'bkpt_ada', bookingItemId: null }]);
  });

  it('BOOKING and BOOKER expect one answer for the booking', () => {
    expect([slots('BOOKING'), slots('BOOKER')]).toEqual([
      [{ travelerId: null, bookingItemId: null }],
      [{ travelerId: null, bookingItemId: null }],
    ]);
  });

  it('EXTRA expects one answer per extra line, SERVICE one per service line', () => {
    const booking = facts({
      items: [
        item(),
        item({ id: 'bkit_shirt', itemType: 'extra' }),
        item({ id: 'bkit_mug', itemType: 'extra' }),
        item({ id: 'bkit_transfer', itemType: 'service' }),
      ],
    });
    expect([slots('EXTRA', booking), slots('SERVICE', booking)]).toEqual([
      [
        { travelerId: null, bookingItemId: 'bkit_shirt' },
        { travelerId: null, bookingItemId: 'bkit_mug' },
      ],
      [{ travelerId: null, bookingItemId: 'bkit_transfer' }],
    ]);
  });

  it('an EXTRA question with an extra trigger is asked only of the lines of that product', () => {
    const booking = facts({
      items: [
        item(),
        item({ id: 'bkit_shirt', itemType: 'extra', productId: 'prod_shirt' }),
        item({ id: 'bkit_mug', itemType: 'extra', productId: 'prod_mug' }),
      ],
    });
    const shirtSize = question({
      target: 'EXTRA',
      triggers: [{ kind: 'EXTRA', extraProductId: 'prod_shirt', minQuantity: null, mode: 'REQUIRED' }],
    });
    expect(resolveRequirements([questionnaire([shirtSize])], booking, []).questions[0]?.slots).toEqual([
      { travelerId: null, bookingItemId: 'bkit_shirt' },
    ]);
  });
});

describe('resolveRequirements: what is missing', () => {
  const perTraveler = question({ id: 'bq_diet', target: 'TRAVELER' });

  it('lists every required slot without an answer', () => {
    const resolution = resolveRequirements([questionnaire([perTraveler])], facts(), [
      { questionId: 'bq_diet', travelerId: 'bkpt_ada', bookingItemId: null },
    ]);
    expect(resolution.missing).toEqual([
      { kind: 'QUESTION', questionId: 'bq_diet', travelerId: 'bkpt_bob', bookingItemId: null },
    ]);
    expect(resolution.complete).toBe(false);
  });

  it('is complete once every required slot is answered, whatever optional ones lack', () => {
    const optional = question({ id: 'bq_note', isRequired: false });
    const answered = ['bkpt_ada', 'bkpt_bob'].map((travelerId) => ({
      questionId: 'bq_diet',
      travelerId,
      bookingItemId: null,
    }));
    const resolution = resolveRequirements([questionnaire([perTraveler, optional])], facts(), answered);
    expect({ missing: resolution.missing, complete: resolution.complete }).toEqual({ missing: [], complete: true });
  });

  it('a required lead-traveler question is missing while the booking has no primary traveler', () => {
    const lead = question({ id: 'bq_lead', target: 'LEAD_TRAVELER' });
    const booking = facts({ travelers: [traveler('bkpt_bob')] });
    expect(resolveRequirements([questionnaire([lead])], booking, []).missing).toEqual([
      { kind: 'QUESTION', questionId: 'bq_lead', travelerId: null, bookingItemId: null },
    ]);
  });

  it('an option the catalog does not know asks nothing', () => {
    expect(resolveRequirements([null], facts(), [])).toEqual({
      questions: [],
      contactRequirements: [],
      missing: [],
      complete: true,
    });
  });
});

describe('resolveRequirements: contact requirements', () => {
  const requiring = (...requirements: BookingQuestionnaire['contactRequirements']) =>
    questionnaire([], { contactRequirements: requirements });

  it('checks a CONTACT field against the contact', () => {
    const resolution = resolveRequirements(
      [requiring({ field: 'phone', target: 'CONTACT', mode: 'REQUIRED' })],
      facts(),
      [],
    );
    expect(resolution.missing).toEqual([
      { kind: 'CONTACT_FIELD', field: 'phone', target: 'CONTACT', travelerId: null },
    ]);
  });

  it('checks a TRAVELER field against every traveler, travel details by their filled field names', () => {
    const booking = facts({ travelers: [traveler('bkpt_ada', true, ['dateOfBirth']), traveler('bkpt_bob')] });
    const resolution = resolveRequirements(
      [requiring({ field: 'dateOfBirth', target: 'TRAVELER', mode: 'REQUIRED' })],
      booking,
      [],
    );
    expect(resolution.contactRequirements).toEqual([
      { field: 'dateOfBirth', target: 'TRAVELER', mode: 'REQUIRED', travelersWithout: ['bkpt_bob'], satisfied: false },
    ]);
    expect(resolution.missing).toEqual([
      { kind: 'CONTACT_FIELD', field: 'dateOfBirth', target: 'TRAVELER', travelerId: 'bkpt_bob' },
    ]);
  });

  it('checks a LEAD_TRAVELER field against the primary traveler only', () => {
    const booking = facts({ travelers: [traveler('bkpt_ada', true, ['documentNumber']), traveler('bkpt_bob')] });
    const resolution = resolveRequirements(
      [requiring({ field: 'documentNumber', target: 'LEAD_TRAVELER', mode: 'REQUIRED' })],
      booking,
      [],
    );
    expect(resolution.complete).toBe(true);
  });

  it('an OPTIONAL field is listed but never missing, a HIDDEN one not listed', () => {
    const resolution = resolveRequirements(
      [
        requiring(
          { field: 'phone', target: 'CONTACT', mode: 'OPTIONAL' },
          { field: 'taxId', target: 'CONTACT', mode: 'HIDDEN' },
        ),
      ],
      facts(),
      [],
    );
    expect(resolution.contactRequirements.map(({ field, satisfied }) => [field, satisfied])).toEqual([
      ['phone', false],
    ]);
    expect(resolution.missing).toEqual([]);
  });
});

describe('checkAnswerSlot', () => {
  const resolution = resolveRequirements(
    [questionnaire([question({ id: 'bq_diet', target: 'TRAVELER' })])],
    facts(),
    [],
  );

  it('accepts an answer on one of the question slots', () => {
    const checked = checkAnswerSlot(resolution, { questionId: 'bq_diet', travelerId: 'bkpt_bob', bookingItemId: null });
    expect(typeof checked === 'string' ? checked : checked.question.id).toBe('bq_diet');
  });

  it('refuses a question that does not apply as NOT_APPLICABLE', () => {
    expect(checkAnswerSlot(resolution, { questionId: 'bq_other', travelerId: null, bookingItemId: null })).toBe(
      'NOT_APPLICABLE',
    );
  });

  it('refuses a traveler question answered for the booking as WRONG_TARGET', () => {
    expect(checkAnswerSlot(resolution, { questionId: 'bq_diet', travelerId: null, bookingItemId: null })).toBe(
      'WRONG_TARGET',
    );
  });
});

describe('filled field names', () => {
  it('names the contact fields that hold a value, blanks excluded', () => {
    expect([...contactFields({ contactEmail: 'ada@example.com', contactPhone: '', contactCity: null })]).toEqual([
      'email',
    ]);
  });

  it('joins a traveler columns with the travel-detail names', () => {
    expect([...travelerFields({ firstName: 'Ada', email: null }, ['dateOfBirth'])]).toEqual([
      'firstName',
      'dateOfBirth',
    ]);
  });
});
