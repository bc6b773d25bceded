import { typeid } from 'typeid-js';
import {
  ADD_ITEM,
  ADD_NOTE,
  ADD_TRAVELER,
  activityOf,
  CREATE_BOOKING_DETAIL,
  createDetailedBooking,
  DELETE_NOTE,
  LINK_ITEM_TRAVELER,
  OVERRIDE_STATUS,
  readBooking,
  REMOVE_ITEM,
  REMOVE_TRAVELER,
  rowCounts,
  SET_ORIGIN,
  storedBooking,
  UNLINK_ITEM_TRAVELER,
  UPDATE_BOOKING,
  UPDATE_ITEM,
  UPDATE_NOTE,
  UPDATE_TRAVELER,
  UPSERT_SUPPLIER_STATUS,
  type BookingDetail,
} from '../fixtures/booking-operations';
import { bookingIn, bookingInput, transition } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const qverId = () => typeid('qver').toString();
const quotId = () => typeid('quot').toString();

/** Runs a mutation that must fail and asserts no table of the booking record changed. */
async function expectNothingWritten(action: () => Promise<GraphqlResponse>): Promise<GraphqlResponse> {
  const before = await rowCounts(app);
  const response = await action();
  expect(await rowCounts(app)).toEqual(before);
  return response;
}

/** A fresh booking with two items and two travelers (the first primary). */
const draftBooking = (overrides: Record<string, unknown> = {}) => createDetailedBooking(app, bookingInput(overrides));

describe('createBooking', () => {
  it('creates a booking with its items, travelers and origin in one call', async () => {
    const quoteVersionId = qverId();
    const booking = await draftBooking({ origin: { originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId } });
    expect(booking.items.map((item) => [item.title, item.quantity, item.totalSellAmount.amountCents])).toEqual([
      ['Danube delta tour', 2, 25000],
      ['Hotel night', 1, 9000],
    ]);
    expect(booking.travelers.map((traveler) => traveler.isPrimary)).toEqual([true, false]);
    expect(booking.origin).toMatchObject({ originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId });
    expect(booking.sellAmount).toEqual({ amountCents: 34000, currency: 'EUR' });
    expect(booking.pax).toBe(2);
  });

  it('always starts a booking in DRAFT', async () => {
    const booking = await draftBooking();
    expect(booking.status).toBe('DRAFT');
    expect(booking.allowedTransitions).toEqual(['ON_HOLD', 'AWAITING_PAYMENT', 'CONFIRMED', 'CANCELLED']);
  });

  it('refuses a status in the create input', async () => {
    const response = await app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ status: 'CONFIRMED' }) });
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });

  it('generates a BK-YYMM-NNNNNN number from the current month when none is supplied', async () => {
    app.clock.set('2027-02-03T08:00:00.000Z');
    const booking = await draftBooking();
    expect(booking.bookingNumber).toMatch(/^BK-\d{4}-\d{6}$/);
    expect(booking.bookingNumber.startsWith('BK-2702-')).toBe(true);
  });

  it('keeps a supplied booking number', async () => {
    const booking = await draftBooking({ bookingNumber: 'AGENCY-0001' });
    expect(booking.bookingNumber).toBe('AGENCY-0001');
  });

  it('answers a taken booking number with BookingNumberTakenError and writes nothing', async () => {
    await draftBooking({ bookingNumber: 'AGENCY-0002' });
    const response = await expectNothingWritten(() =>
      app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ bookingNumber: 'AGENCY-0002' }) }),
    );
    const taken = expectOutcome<Record<string, unknown>>(response, 'createBooking', 'BOOKING_NUMBER_TAKEN');
    expect(taken).toMatchObject({ __typename: 'BookingNumberTakenError', bookingNumber: 'AGENCY-0002' });
  });

  it('refuses a supplied booking number with spaces, with the field path', async () => {
    const response = await app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ bookingNumber: 'BK 1' }) });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.bookingNumber');
  });

  it('refuses a supplied booking number longer than 50 characters', async () => {
    const response = await app.graphql(CREATE_BOOKING_DETAIL, {
      input: bookingInput({ bookingNumber: 'B'.repeat(51) }),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.bookingNumber');
  });

  it('writes nothing when its second item is invalid', async () => {
    const items = [
      { title: 'Valid item', quantity: 1, unitSellAmount: { amountCents: 1000, currency: 'EUR' } },
      { title: 'Invalid item', quantity: 0, unitSellAmount: { amountCents: 1000, currency: 'EUR' } },
    ];
    const response = await expectNothingWritten(() =>
      app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ items }) }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.items.1.quantity');
  });

  it('refuses items whose sum a Money amount cannot carry, and writes nothing', async () => {
    const items = [1, 2].map((n) => ({
      title: `Charter ${n}`,
      quantity: 1,
      unitSellAmount: { amountCents: 1_500_000_000, currency: 'EUR' },
    }));
    const response = await expectNothingWritten(() =>
      app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ items }) }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.items');
  });

  it('refuses an item priced in another currency than the booking', async () => {
    const items = [{ title: 'Tour', quantity: 1, unitSellAmount: { amountCents: 1000, currency: 'USD' } }];
    const response = await app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ items }) });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.items.0.unitSellAmount.currency');
  });

  it('refuses two primary travelers in one call', async () => {
    const travelers = [
      { firstName: 'Ana', lastName: 'Lupu', isPrimary: true },
      { firstName: 'Ion', lastName: 'Lupu', isPrimary: true },
    ];
    const response = await expectNothingWritten(() =>
      app.graphql(CREATE_BOOKING_DETAIL, { input: bookingInput({ travelers }) }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.travelers.1.isPrimary');
  });

  it('refuses a person and an organization together', async () => {
    const response = await app.graphql(CREATE_BOOKING_DETAIL, {
      input: bookingInput({ personId: typeid('pers').toString(), organizationId: typeid('org').toString() }),
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.organizationId');
  });
});

describe('updateBooking', () => {
  it('changes the booking fields and bumps the version', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_BOOKING, {
        input: { id: booking.id, externalBookingRef: 'PARTNER-77', internalNotes: 'VIP', contact: { city: 'Tulcea' } },
      }),
      'updateBooking',
    );
    expect(updated).toMatchObject({
      externalBookingRef: 'PARTNER-77',
      internalNotes: 'VIP',
      version: booking.version + 1,
    });
    expect(updated.contact).toMatchObject({
      city: 'Tulcea',
      firstName: booking.contact.firstName,
      email: booking.contact.email,
    });
  });

  it('never changes the status', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(UPDATE_BOOKING, { input: { id: booking.id, status: 'CONFIRMED' } });
    expectGraphqlError(response, 'BAD_USER_INPUT');
    expect((await readBooking(app, booking.id))?.status).toBe('DRAFT');
  });

  it('keeps the status it had when other fields change', async () => {
    const booking = await bookingIn(app, 'CONFIRMED');
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_BOOKING, { input: { id: booking.id, internalNotes: 'late check-in' } }),
      'updateBooking',
    );
    expect(updated.status).toBe('CONFIRMED');
  });

  it('applies the change when expectedVersion is current', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_BOOKING, {
        input: { id: booking.id, expectedVersion: booking.version, internalNotes: 'checked' },
      }),
      'updateBooking',
    );
    expect(updated.version).toBe(booking.version + 1);
  });

  it('answers a stale expectedVersion with VersionConflictError and writes nothing', async () => {
    const booking = await draftBooking();
    await app.graphql(UPDATE_BOOKING, { input: { id: booking.id, internalNotes: 'first writer' } });
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_BOOKING, {
        input: { id: booking.id, expectedVersion: booking.version, internalNotes: 'second writer' },
      }),
    );
    const conflict = expectOutcome<Record<string, unknown>>(response, 'updateBooking', 'VERSION_CONFLICT');
    expect(conflict).toMatchObject({
      __typename: 'VersionConflictError',
      expectedVersion: booking.version,
      actualVersion: booking.version + 1,
    });
    expect((await readBooking(app, booking.id))?.internalNotes).toBe('first writer');
  });

  it('refuses a person and an organization in one input, naming the field', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(UPDATE_BOOKING, {
      input: { id: booking.id, personId: typeid('pers').toString(), organizationId: typeid('org').toString() },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.organizationId');
  });

  it('refuses an organization on a booking that already references a person, and writes nothing', async () => {
    const booking = await draftBooking({ personId: typeid('pers').toString() });
    const before = await storedBooking(app, booking.id);
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_BOOKING, { input: { id: booking.id, organizationId: typeid('org').toString() } }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.organizationId');
    expect(await storedBooking(app, booking.id)).toEqual(before);
  });

  it('switches from a person to an organization when the person is cleared in the same call', async () => {
    const booking = await draftBooking({ personId: typeid('pers').toString() });
    const organizationId = typeid('org').toString();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_BOOKING, { input: { id: booking.id, personId: null, organizationId } }),
      'updateBooking',
    );
    expect(updated).toMatchObject({ personId: null, organizationId });
  });

  it('refuses to change a terminal booking', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const refused = expectOutcome<Record<string, unknown>>(
      await app.graphql(UPDATE_BOOKING, { input: { id: booking.id, internalNotes: 'too late' } }),
      'updateBooking',
      'BOOKING_NOT_EDITABLE',
    );
    expect(refused).toMatchObject({ __typename: 'BookingNotEditableError', status: 'CANCELLED' });
  });

  it('answers NOT_FOUND for an unknown booking', async () => {
    const response = await app.graphql(UPDATE_BOOKING, {
      input: { id: typeid('book').toString(), internalNotes: 'x' },
    });
    expectGraphqlError(response, 'NOT_FOUND', 'input.id');
  });
});

describe('booking items', () => {
  const tour = (overrides: Record<string, unknown> = {}) => ({
    title: 'Kayak trip',
    quantity: 3,
    unitSellAmount: { amountCents: 1000, currency: 'EUR' },
    ...overrides,
  });

  it('adds an item and rolls its total up into the sell amount', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(ADD_ITEM, { input: { bookingId: booking.id, item: tour() } }),
      'addBookingItem',
    );
    expect(updated.items).toHaveLength(3);
    expect(updated.items[2]).toMatchObject({
      title: 'Kayak trip',
      status: 'DRAFT',
      itemType: 'UNIT',
      totalSellAmount: { amountCents: 3000, currency: 'EUR' },
    });
    expect(updated.sellAmount).toEqual({ amountCents: 37000, currency: 'EUR' });
  });

  it('recomputes the item and booking totals when the quantity or price changes', async () => {
    const booking = await draftBooking();
    const [first] = booking.items;
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_ITEM, {
        input: { id: first.id, quantity: 4, unitSellAmount: { amountCents: 10000, currency: 'EUR' } },
      }),
      'updateBookingItem',
    );
    expect(updated.items[0]).toMatchObject({
      quantity: 4,
      unitSellAmount: { amountCents: 10000 },
      totalSellAmount: { amountCents: 40000 },
    });
    expect(updated.sellAmount.amountCents).toBe(49000);
  });

  it('removes an item and takes it out of the sell amount', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(REMOVE_ITEM, { id: booking.items[0].id }),
      'removeBookingItem',
    );
    expect(updated.items.map((item) => item.id)).toEqual([booking.items[1].id]);
    expect(updated.sellAmount.amountCents).toBe(9000);
  });

  it('records the cost in its own currency and totals it by quantity', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(ADD_ITEM, {
        input: { bookingId: booking.id, item: tour({ unitCostAmount: { amountCents: 700, currency: 'USD' } }) },
      }),
      'addBookingItem',
    );
    expect(updated.items[2]).toMatchObject({
      unitCostAmount: { amountCents: 700, currency: 'USD' },
      totalCostAmount: { amountCents: 2100, currency: 'USD' },
    });
  });

  it('leaves the cost empty when the item has none', async () => {
    const booking = await draftBooking();
    expect(booking.items[0]).toMatchObject({ unitCostAmount: null, totalCostAmount: null });
  });

  it('refuses a cost amount without a currency', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, { input: { bookingId: booking.id, item: tour({ unitCostAmount: { amountCents: 700 } }) } }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT');
  });

  it('refuses a cost currency that is not an ISO 4217 code', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(ADD_ITEM, {
      input: { bookingId: booking.id, item: tour({ unitCostAmount: { amountCents: 700, currency: 'usd' } }) },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.item.unitCostAmount.currency');
  });

  it('clears the cost when updated to null', async () => {
    const booking = await draftBooking();
    const added = expectSuccess<BookingDetail>(
      await app.graphql(ADD_ITEM, {
        input: { bookingId: booking.id, item: tour({ unitCostAmount: { amountCents: 700, currency: 'USD' } }) },
      }),
      'addBookingItem',
    );
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_ITEM, { input: { id: added.items[2].id, unitCostAmount: null } }),
      'updateBookingItem',
    );
    expect(updated.items[2]).toMatchObject({ unitCostAmount: null, totalCostAmount: null });
  });

  it.each(['DISCOUNT', 'ADJUSTMENT'])('accepts a negative price on a %s item and subtracts it', async (itemType) => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: tour({ itemType, quantity: 1, unitSellAmount: { amountCents: -4000, currency: 'EUR' } }),
        },
      }),
      'addBookingItem',
    );
    expect(updated.sellAmount.amountCents).toBe(30000);
  });

  it.each(['UNIT', 'FEE', 'ACCOMMODATION'])('refuses a negative price on a %s item', async (itemType) => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: tour({ itemType, unitSellAmount: { amountCents: -1, currency: 'EUR' } }),
        },
      }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.item.unitSellAmount.amountCents');
  });

  it('refuses a negative price set on an existing unit item', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_ITEM, {
        input: { id: booking.items[0].id, unitSellAmount: { amountCents: -500, currency: 'EUR' } },
      }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.unitSellAmount.amountCents');
  });

  it('refuses turning a negative discount into a unit item', async () => {
    const booking = await draftBooking();
    const added = expectSuccess<BookingDetail>(
      await app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: tour({ itemType: 'DISCOUNT', quantity: 1, unitSellAmount: { amountCents: -4000, currency: 'EUR' } }),
        },
      }),
      'addBookingItem',
    );
    const response = await app.graphql(UPDATE_ITEM, { input: { id: added.items[2].id, itemType: 'UNIT' } });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.itemType');
    expect((await readBooking(app, booking.id))?.items[2].itemType).toBe('DISCOUNT');
  });

  it('refuses a quantity below 1', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(UPDATE_ITEM, { input: { id: booking.items[0].id, quantity: 0 } });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.quantity');
  });

  it('refuses an item total that a Money amount cannot carry', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: tour({ quantity: 2, unitSellAmount: { amountCents: 2_000_000_000, currency: 'EUR' } }),
        },
      }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.item.quantity');
  });

  it('refuses an item that would take the booking total past what a Money amount can carry', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, {
        input: {
          bookingId: booking.id,
          item: tour({ quantity: 1, unitSellAmount: { amountCents: 2_147_483_000, currency: 'EUR' } }),
        },
      }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.item.unitSellAmount.amountCents');
    expect((await readBooking(app, booking.id))?.sellAmount.amountCents).toBe(34000);
  });

  it('refuses a quantity change that takes the item total past what a Money amount can carry', async () => {
    const booking = await draftBooking();
    const [first] = booking.items;
    expectSuccess(
      await app.graphql(UPDATE_ITEM, {
        input: { id: first.id, quantity: 1, unitSellAmount: { amountCents: 2_000_000_000, currency: 'EUR' } },
      }),
      'updateBookingItem',
    );
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_ITEM, { input: { id: first.id, quantity: 2 } }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.quantity');
  });

  it(
    'refuses a price change that takes the booking total past what a Money amount can carry, ' + 'and writes nothing',
    async () => {
      const booking = await draftBooking();
      const [first, second] = booking.items;
      expectSuccess(
        await app.graphql(UPDATE_ITEM, {
          input: { id: first.id, quantity: 1, unitSellAmount: { amountCents: 2_000_000_000, currency: 'EUR' } },
        }),
        'updateBookingItem',
      );
      const before = await storedBooking(app, booking.id);
      const response = await expectNothingWritten(() =>
        app.graphql(UPDATE_ITEM, {
          input: { id: second.id, unitSellAmount: { amountCents: 200_000_000, currency: 'EUR' } },
        }),
      );
      expectGraphqlError(response, 'BAD_USER_INPUT', 'input.unitSellAmount.amountCents');
      expect(await storedBooking(app, booking.id)).toEqual(before);
      expect((await readBooking(app, booking.id))?.items[1].unitSellAmount.amountCents).toBe(9000);
    },
  );

  it('refuses an item priced in another currency than the booking', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(ADD_ITEM, {
      input: { bookingId: booking.id, item: tour({ unitSellAmount: { amountCents: 100, currency: 'GBP' } }) },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.item.unitSellAmount.currency');
  });

  it.each(['COMPLETED', 'EXPIRED', 'CANCELLED'])('refuses a new item on a %s booking', async (status) => {
    const booking = await bookingIn(app, status);
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_ITEM, { input: { bookingId: booking.id, item: tour() } }),
    );
    const refused = expectOutcome<Record<string, unknown>>(response, 'addBookingItem', 'BOOKING_NOT_EDITABLE');
    expect(refused).toMatchObject({ __typename: 'BookingNotEditableError', status });
  });

  it('refuses to change an item of a terminal booking', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_ITEM, { input: { id: booking.items[0].id, quantity: 5 } }),
    );
    expectOutcome(response, 'updateBookingItem', 'BOOKING_NOT_EDITABLE');
  });

  it('refuses to remove an item of a terminal booking', async () => {
    const booking = await bookingIn(app, 'COMPLETED');
    const response = await expectNothingWritten(() => app.graphql(REMOVE_ITEM, { id: booking.items[0].id }));
    expectOutcome(response, 'removeBookingItem', 'BOOKING_NOT_EDITABLE');
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    const response = await app.graphql(REMOVE_ITEM, { id: typeid('bkit').toString() });
    expectGraphqlError(response, 'NOT_FOUND', 'id');
  });
});

describe('booking travelers', () => {
  const traveler = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Mara',
    lastName: 'Dobre',
    category: 'CHILD',
    ...overrides,
  });

  it('adds a traveler and recomputes pax', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(ADD_TRAVELER, { input: { bookingId: booking.id, traveler: traveler() } }),
      'addBookingTraveler',
    );
    expect(updated.pax).toBe(3);
    expect(updated.travelers[2]).toMatchObject({
      firstName: 'Mara',
      lastName: 'Dobre',
      category: 'CHILD',
      isPrimary: false,
    });
  });

  it('updates a traveler without changing pax', async () => {
    const booking = await draftBooking();
    app.clock.advanceMinutes(1);
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_TRAVELER, {
        input: { id: booking.travelers[1].id, firstName: 'Ioan', email: 'ioan@example.com' },
      }),
      'updateBookingTraveler',
    );
    expect(updated.travelers[1]).toMatchObject({
      firstName: 'Ioan',
      email: 'ioan@example.com',
      lastName: booking.travelers[1].lastName,
    });
    expect(updated.pax).toBe(2);
    expect(updated.version).toBe(booking.version + 1);
  });

  it('removes a traveler and recomputes pax', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(REMOVE_TRAVELER, { id: booking.travelers[1].id }),
      'removeBookingTraveler',
    );
    expect(updated.pax).toBe(1);
    expect(updated.travelers.map((t) => t.id)).toEqual([booking.travelers[0].id]);
  });

  it('answers a second primary traveler with PrimaryTravelerConflictError and writes nothing', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_TRAVELER, { input: { bookingId: booking.id, traveler: traveler({ isPrimary: true }) } }),
    );
    const conflict = expectOutcome<Record<string, unknown>>(
      response,
      'addBookingTraveler',
      'PRIMARY_TRAVELER_CONFLICT',
    );
    expect(conflict).toMatchObject({
      __typename: 'PrimaryTravelerConflictError',
      existingPrimaryTravelerId: booking.travelers[0].id,
    });
  });

  it('refuses to promote a second traveler to primary', async () => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(UPDATE_TRAVELER, { input: { id: booking.travelers[1].id, isPrimary: true } }),
    );
    expectOutcome(response, 'updateBookingTraveler', 'PRIMARY_TRAVELER_CONFLICT');
  });

  it('accepts isPrimary on the traveler who already is primary', async () => {
    const booking = await draftBooking();
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_TRAVELER, { input: { id: booking.travelers[0].id, isPrimary: true } }),
      'updateBookingTraveler',
    );
    expect(updated.travelers.map((t) => t.isPrimary)).toEqual([true, false]);
  });

  it('promotes another traveler once the primary is demoted', async () => {
    const booking = await draftBooking();
    expectSuccess(
      await app.graphql(UPDATE_TRAVELER, { input: { id: booking.travelers[0].id, isPrimary: false } }),
      'updateBookingTraveler',
    );
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(UPDATE_TRAVELER, { input: { id: booking.travelers[1].id, isPrimary: true } }),
      'updateBookingTraveler',
    );
    expect(updated.travelers.map((t) => t.isPrimary)).toEqual([false, true]);
  });

  it('refuses to add a traveler to a terminal booking', async () => {
    const booking = await bookingIn(app, 'EXPIRED');
    const response = await expectNothingWritten(() =>
      app.graphql(ADD_TRAVELER, { input: { bookingId: booking.id, traveler: traveler() } }),
    );
    expectOutcome(response, 'addBookingTraveler', 'BOOKING_NOT_EDITABLE');
  });

  it('refuses to remove a traveler from a terminal booking', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const response = await expectNothingWritten(() => app.graphql(REMOVE_TRAVELER, { id: booking.travelers[1].id }));
    expectOutcome(response, 'removeBookingTraveler', 'BOOKING_NOT_EDITABLE');
  });

  it('refuses a traveler without a first name, naming the field', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(ADD_TRAVELER, {
      input: { bookingId: booking.id, traveler: traveler({ firstName: '  ' }) },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.traveler.firstName');
  });
});

describe('item ↔ traveler links', () => {
  it('links a traveler to an item in a role, visible from both sides', async () => {
    const booking = await draftBooking();
    const [item] = booking.items;
    const [, second] = booking.travelers;
    const linked = expectSuccess<BookingDetail>(
      await app.graphql(LINK_ITEM_TRAVELER, { input: { itemId: item.id, travelerId: second.id, role: 'OCCUPANT' } }),
      'linkItemTraveler',
    );
    expect(linked.items[0].travelers).toEqual([
      { id: expect.any(String), role: 'OCCUPANT', traveler: { id: second.id } },
    ]);
    expect(linked.travelers[1].items).toEqual([
      { id: linked.items[0].travelers[0].id, role: 'OCCUPANT', item: { id: item.id } },
    ]);
  });

  it('keeps one link per item and traveler, updating the role when linked again', async () => {
    const booking = await draftBooking();
    const input = { itemId: booking.items[0].id, travelerId: booking.travelers[0].id };
    await app.graphql(LINK_ITEM_TRAVELER, { input: { ...input, role: 'TRAVELER' } });
    const linked = expectSuccess<BookingDetail>(
      await app.graphql(LINK_ITEM_TRAVELER, { input: { ...input, role: 'BENEFICIARY' } }),
      'linkItemTraveler',
    );
    expect(linked.items[0].travelers.map((link) => link.role)).toEqual(['BENEFICIARY']);
    const stored = await app.database.pool.query(
      'select count(*)::int as n from booking_item_travelers where item_id = $1',
      [input.itemId],
    );
    expect(stored.rows[0].n).toBe(1);
  });

  it('unlinks a traveler from an item', async () => {
    const booking = await draftBooking();
    const input = { itemId: booking.items[0].id, travelerId: booking.travelers[0].id };
    await app.graphql(LINK_ITEM_TRAVELER, { input });
    const unlinked = expectSuccess<BookingDetail>(
      await app.graphql(UNLINK_ITEM_TRAVELER, { input }),
      'unlinkItemTraveler',
    );
    expect(unlinked.items[0].travelers).toEqual([]);
    expect(unlinked.travelers[0].items).toEqual([]);
  });

  it('refuses to link a traveler of another booking and writes nothing', async () => {
    const booking = await draftBooking();
    const other = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(LINK_ITEM_TRAVELER, { input: { itemId: booking.items[0].id, travelerId: other.travelers[0].id } }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.travelerId');
  });

  it('refuses to link on a terminal booking', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const response = await expectNothingWritten(() =>
      app.graphql(LINK_ITEM_TRAVELER, { input: { itemId: booking.items[0].id, travelerId: booking.travelers[0].id } }),
    );
    expectOutcome(response, 'linkItemTraveler', 'BOOKING_NOT_EDITABLE');
  });

  it('drops the links of a removed traveler', async () => {
    const booking = await draftBooking();
    await app.graphql(LINK_ITEM_TRAVELER, {
      input: { itemId: booking.items[0].id, travelerId: booking.travelers[1].id },
    });
    const updated = expectSuccess<BookingDetail>(
      await app.graphql(REMOVE_TRAVELER, { id: booking.travelers[1].id }),
      'removeBookingTraveler',
    );
    expect(updated.items[0].travelers).toEqual([]);
  });
});

describe('setBookingOrigin', () => {
  it('records the origin of a booking that has none', async () => {
    const booking = await draftBooking();
    expect(booking.origin).toBeNull();
    const updated = await app.graphql<{ setBookingOrigin: BookingDetail }>(SET_ORIGIN, {
      input: { bookingId: booking.id, origin: { originSource: 'MANUAL' } },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.setBookingOrigin.origin).toMatchObject({ originSource: 'MANUAL' });
  });

  it('replaces the origin in place, keeping one row and clearing references not given', async () => {
    const quoteId = quotId();
    const booking = await draftBooking({
      origin: { originSource: 'ACCEPTED_QUOTE_VERSION', quoteId, quoteVersionId: qverId() },
    });
    app.clock.advanceMinutes(5);
    const response = await app.graphql<{ setBookingOrigin: BookingDetail }>(SET_ORIGIN, {
      input: { bookingId: booking.id, origin: { originSource: 'CATALOG_SNAPSHOT', catalogSnapshotId: 'snap-42' } },
    });
    expect(response.errors).toBeUndefined();
    const origin = response.data?.setBookingOrigin.origin;
    expect(origin).toMatchObject({
      originSource: 'CATALOG_SNAPSHOT',
      catalogSnapshotId: 'snap-42',
      quoteId: null,
      quoteVersionId: null,
    });
    expect(origin?.createdAt).toBe(booking.origin?.createdAt);
    expect(origin?.updatedAt).toBe(app.clock.now().toISOString());
    const rows = await app.database.pool.query('select count(*)::int as n from booking_origins where booking_id = $1', [
      booking.id,
    ]);
    expect(rows.rows[0].n).toBe(1);
  });

  it.each([
    ['ACCEPTED_QUOTE_VERSION', 'quoteVersionId'],
    ['CATALOG_PRICE_AVAILABILITY', 'catalogPriceResponseId'],
    ['CATALOG_SNAPSHOT', 'catalogSnapshotId'],
    ['PROVIDER_SOURCE_ORDER', 'providerOrderRef'],
    ['LEGACY_TRANSACTION', 'legacyTransactionOrderId'],
  ])('requires its reference for %s (%s)', async (originSource, field) => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() =>
      app.graphql(SET_ORIGIN, { input: { bookingId: booking.id, origin: { originSource } } }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', `input.origin.${field}`);
  });

  it.each<[string, () => Record<string, string>]>([
    ['ACCEPTED_QUOTE_VERSION', () => ({ quoteVersionId: qverId() })],
    ['CATALOG_PRICE_AVAILABILITY', () => ({ catalogPriceResponseId: 'cpr-1' })],
    ['CATALOG_SNAPSHOT', () => ({ catalogSnapshotId: 'snap-1' })],
    ['PROVIDER_SOURCE_ORDER', () => ({ providerOrderRef: 'PO-1' })],
    ['LEGACY_TRANSACTION', () => ({ legacyTransactionOfferId: 'offer-1' })],
    ['DIRECT_B2C', () => ({})],
  ])('accepts %s with its reference', async (originSource, references) => {
    const booking = await draftBooking();
    const origin = { originSource, ...references() };
    const response = await app.graphql<{ setBookingOrigin: BookingDetail }>(SET_ORIGIN, {
      input: { bookingId: booking.id, origin },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.setBookingOrigin.origin?.originSource).toBe(originSource);
  });

  it('refuses a quote version id from the wrong owner', async () => {
    const booking = await draftBooking();
    const response = await app.graphql(SET_ORIGIN, {
      input: { bookingId: booking.id, origin: { originSource: 'ACCEPTED_QUOTE_VERSION', quoteVersionId: quotId() } },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.origin.quoteVersionId');
  });

  it('validates the origin given to createBooking the same way', async () => {
    const response = await expectNothingWritten(() =>
      app.graphql(CREATE_BOOKING_DETAIL, {
        input: bookingInput({ origin: { originSource: 'ACCEPTED_QUOTE_VERSION' } }),
      }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.origin.quoteVersionId');
  });
});

describe('booking notes', () => {
  const addNote = (bookingId: string, content: string) =>
    app.graphql<{ addBookingNote: BookingDetail }>(ADD_NOTE, { input: { bookingId, content } });

  it('adds a note authored by the caller', async () => {
    const booking = await draftBooking();
    const response = await addNote(booking.id, 'Guest asked for a river view');
    expect(response.errors).toBeUndefined();
    expect(response.data?.addBookingNote.notes).toEqual([
      expect.objectContaining({
        authorId: 'usr_tester',
        content: 'Guest asked for a river view',
        createdAt: app.clock.now().toISOString(),
      }),
    ]);
    expect((await activityOf(app, booking.id))[0]).toMatchObject({ type: 'note_added', actorId: 'usr_tester' });
  });

  it('edits a note and logs the edit', async () => {
    const booking = await draftBooking();
    const noteId = (await addNote(booking.id, 'first draft')).data?.addBookingNote.notes[0].id;
    app.clock.advanceMinutes(1);
    const response = await app.graphql<{ updateBookingNote: BookingDetail }>(UPDATE_NOTE, {
      input: { id: noteId, content: 'second draft' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateBookingNote.notes[0]).toMatchObject({
      id: noteId,
      content: 'second draft',
      updatedAt: app.clock.now().toISOString(),
    });
    expect((await activityOf(app, booking.id))[0]).toMatchObject({
      type: 'note_updated',
      metadata: expect.objectContaining({ noteId }),
    });
  });

  it('deletes a note and logs the deletion', async () => {
    const booking = await draftBooking();
    const noteId = (await addNote(booking.id, 'to be removed')).data?.addBookingNote.notes[0].id;
    const response = await app.graphql<{ deleteBookingNote: BookingDetail }>(DELETE_NOTE, { id: noteId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.deleteBookingNote.notes).toEqual([]);
    expect((await activityOf(app, booking.id))[0]).toMatchObject({
      type: 'note_deleted',
      metadata: expect.objectContaining({ noteId }),
    });
  });

  it('accepts a note of exactly 10000 characters', async () => {
    const booking = await draftBooking();
    const response = await addNote(booking.id, 'n'.repeat(10000));
    expect(response.errors).toBeUndefined();
    expect(response.data?.addBookingNote.notes[0].content).toHaveLength(10000);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['longer than 10000 characters', 'n'.repeat(10001)],
  ])('refuses %s content, naming the field', async (_label, content) => {
    const booking = await draftBooking();
    const response = await expectNothingWritten(() => addNote(booking.id, content));
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.content');
  });

  it('keeps notes writable on a terminal booking', async () => {
    const booking = await bookingIn(app, 'COMPLETED');
    const response = await addNote(booking.id, 'Trip went well');
    expect(response.errors).toBeUndefined();
    expect(response.data?.addBookingNote.notes).toHaveLength(1);
  });

  it('answers NOT_FOUND when editing an unknown note', async () => {
    const response = await app.graphql(UPDATE_NOTE, { input: { id: typeid('bnot').toString(), content: 'x' } });
    expectGraphqlError(response, 'NOT_FOUND', 'input.id');
  });
});

describe('upsertBookingSupplierStatus', () => {
  const upsert = (input: Record<string, unknown>) =>
    app.graphql<{ upsertBookingSupplierStatus: BookingDetail }>(UPSERT_SUPPLIER_STATUS, { input });

  it('adds a pending supplier status without a confirmation stamp', async () => {
    const booking = await draftBooking();
    const response = await upsert({
      bookingId: booking.id,
      serviceName: 'Delta boats',
      status: 'PENDING',
      cost: { amountCents: 5000, currency: 'RON' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.upsertBookingSupplierStatus.supplierStatuses).toEqual([
      expect.objectContaining({
        serviceName: 'Delta boats',
        status: 'PENDING',
        confirmedAt: null,
        cost: { amountCents: 5000, currency: 'RON' },
      }),
    ]);
  });

  it('stamps confirmedAt when the supplier confirms', async () => {
    const booking = await draftBooking();
    const added = await upsert({ bookingId: booking.id, serviceName: 'Delta boats', status: 'PENDING' });
    const id = added.data?.upsertBookingSupplierStatus.supplierStatuses[0].id;
    app.clock.advanceMinutes(10);
    const confirmed = await upsert({
      id,
      bookingId: booking.id,
      serviceName: 'Delta boats',
      status: 'CONFIRMED',
      supplierReference: 'DB-991',
    });
    expect(confirmed.data?.upsertBookingSupplierStatus.supplierStatuses).toEqual([
      expect.objectContaining({
        id,
        status: 'CONFIRMED',
        supplierReference: 'DB-991',
        confirmedAt: app.clock.now().toISOString(),
      }),
    ]);
  });

  it('keeps the first confirmation stamp when a confirmed status is saved again', async () => {
    const booking = await draftBooking();
    const added = await upsert({ bookingId: booking.id, serviceName: 'Delta boats', status: 'CONFIRMED' });
    const [status] = added.data?.upsertBookingSupplierStatus.supplierStatuses ?? [];
    app.clock.advanceMinutes(10);
    const saved = await upsert({
      id: status.id,
      bookingId: booking.id,
      serviceName: 'Delta boats',
      status: 'CONFIRMED',
      notes: 'paid deposit',
    });
    expect(saved.data?.upsertBookingSupplierStatus.supplierStatuses[0]).toMatchObject({
      confirmedAt: status.confirmedAt,
      notes: 'paid deposit',
    });
  });

  it('refuses a supplier status of another booking', async () => {
    const booking = await draftBooking();
    const other = await draftBooking();
    const added = await upsert({ bookingId: other.id, serviceName: 'Delta boats', status: 'PENDING' });
    const id = added.data?.upsertBookingSupplierStatus.supplierStatuses[0].id;
    const response = await expectNothingWritten(() =>
      upsert({ id, bookingId: booking.id, serviceName: 'Delta boats', status: 'CONFIRMED' }),
    );
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.id');
  });

  it('refuses a negative supplier cost', async () => {
    const booking = await draftBooking();
    const response = await upsert({
      bookingId: booking.id,
      serviceName: 'Delta boats',
      status: 'PENDING',
      cost: { amountCents: -1, currency: 'EUR' },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.cost.amountCents');
  });
});

describe('activity log', () => {
  interface Subject {
    booking: BookingDetail;
    noteId: string;
    supplierStatusId: string;
  }

  async function subject(): Promise<Subject> {
    const booking = await draftBooking();
    const note = await app.graphql<{ addBookingNote: BookingDetail }>(ADD_NOTE, {
      input: { bookingId: booking.id, content: 'seed note' },
    });
    const supplier = await app.graphql<{ upsertBookingSupplierStatus: BookingDetail }>(UPSERT_SUPPLIER_STATUS, {
      input: { bookingId: booking.id, serviceName: 'Delta boats', status: 'PENDING' },
    });
    await app.graphql(LINK_ITEM_TRAVELER, {
      input: { itemId: booking.items[0].id, travelerId: booking.travelers[0].id },
    });
    return {
      booking,
      noteId: note.data?.addBookingNote.notes[0].id ?? '',
      supplierStatusId: supplier.data?.upsertBookingSupplierStatus.supplierStatuses[0].id ?? '',
    };
  }

  const MUTATIONS: [string, string, (s: Subject) => Promise<GraphqlResponse>][] = [
    [
      'updateBooking',
      'booking_updated',
      (s) => app.graphql(UPDATE_BOOKING, { input: { id: s.booking.id, internalNotes: 'x' } }),
    ],
    [
      'addBookingItem',
      'item_update',
      (s) =>
        app.graphql(ADD_ITEM, {
          input: {
            bookingId: s.booking.id,
            item: { title: 'Fee', itemType: 'FEE', unitSellAmount: { amountCents: 100, currency: 'EUR' } },
          },
        }),
    ],
    [
      'updateBookingItem',
      'item_update',
      (s) => app.graphql(UPDATE_ITEM, { input: { id: s.booking.items[1].id, quantity: 2 } }),
    ],
    ['removeBookingItem', 'item_update', (s) => app.graphql(REMOVE_ITEM, { id: s.booking.items[1].id })],
    [
      'addBookingTraveler',
      'traveler_update',
      (s) =>
        app.graphql(ADD_TRAVELER, {
          input: { bookingId: s.booking.id, traveler: { firstName: 'Mara', lastName: 'Dobre' } },
        }),
    ],
    [
      'updateBookingTraveler',
      'traveler_update',
      (s) => app.graphql(UPDATE_TRAVELER, { input: { id: s.booking.travelers[1].id, lastName: 'Dobrescu' } }),
    ],
    [
      'removeBookingTraveler',
      'traveler_update',
      (s) => app.graphql(REMOVE_TRAVELER, { id: s.booking.travelers[1].id }),
    ],
    [
      'linkItemTraveler',
      'item_update',
      (s) =>
        app.graphql(LINK_ITEM_TRAVELER, {
          input: { itemId: s.booking.items[1].id, travelerId: s.booking.travelers[1].id },
        }),
    ],
    [
      'unlinkItemTraveler',
      'item_update',
      (s) =>
        app.graphql(UNLINK_ITEM_TRAVELER, {
          input: { itemId: s.booking.items[0].id, travelerId: s.booking.travelers[0].id },
        }),
    ],
    [
      'setBookingOrigin',
      'origin_update',
      (s) => app.graphql(SET_ORIGIN, { input: { bookingId: s.booking.id, origin: { originSource: 'MANUAL' } } }),
    ],
    [
      'addBookingNote',
      'note_added',
      (s) => app.graphql(ADD_NOTE, { input: { bookingId: s.booking.id, content: 'another' } }),
    ],
    [
      'updateBookingNote',
      'note_updated',
      (s) => app.graphql(UPDATE_NOTE, { input: { id: s.noteId, content: 'edited' } }),
    ],
    ['deleteBookingNote', 'note_deleted', (s) => app.graphql(DELETE_NOTE, { id: s.noteId })],
    [
      'upsertBookingSupplierStatus',
      'supplier_update',
      (s) =>
        app.graphql(UPSERT_SUPPLIER_STATUS, {
          input: { id: s.supplierStatusId, bookingId: s.booking.id, serviceName: 'Delta boats', status: 'CONFIRMED' },
        }),
    ],
    ['transitionBooking', 'status_change', (s) => transition(app, s.booking.id, 'CONFIRMED')],
    [
      'overrideBookingStatus',
      'status_overridden',
      (s) => app.graphql(OVERRIDE_STATUS, { input: { id: s.booking.id, to: 'COMPLETED', reason: 'closed by hand' } }),
    ],
  ];

  it.each(MUTATIONS)('%s appends exactly one %s row', async (_name, type, mutate) => {
    const s = await subject();
    const before = await activityOf(app, s.booking.id);
    const countsBefore = await rowCounts(app);
    const response = await mutate(s);
    expect(response.errors).toBeUndefined();
    const after = await activityOf(app, s.booking.id);
    expect(after).toHaveLength(before.length + 1);
    expect((await rowCounts(app)).booking_activities).toBe(countsBefore.booking_activities + 1);
    const newest = after.find((entry) => !before.some((old) => old.id === entry.id));
    expect(newest).toMatchObject({
      type,
      actorId: 'usr_tester',
      actorType: 'USER',
      createdAt: app.clock.now().toISOString(),
    });
  });

  it('createBooking appends exactly one booking_created row', async () => {
    const countsBefore = await rowCounts(app);
    const booking = await draftBooking();
    expect((await rowCounts(app)).booking_activities).toBe(countsBefore.booking_activities + 1);
    expect((await activityOf(app, booking.id)).map((entry) => entry.type)).toEqual(['booking_created']);
  });

  it('records the acting principal and its type', async () => {
    const booking = await createDetailedBooking(app, bookingInput());
    await app.graphql(
      UPDATE_BOOKING,
      { input: { id: booking.id, internalNotes: 'by the workflow' } },
      { as: { sub: 'wf_nightly', type: 'workflow', scope: 'bookings:*' } },
    );
    expect((await activityOf(app, booking.id))[0]).toMatchObject({
      type: 'booking_updated',
      actorId: 'wf_nightly',
      actorType: 'WORKFLOW',
    });
  });

  it('never writes contact or traveler personal data into the log', async () => {
    const personalData = [
      'Zenobia',
      'Quaglieri',
      'zenobia.q@example.org',
      '799 111 222',
      'Xanthippe',
      'Oyelaran',
      'xan@example.net',
      'Perpetua',
      'Lindqvist',
      'Hieronymus',
      'Ashdown',
      'Ottoline',
      'Brackenbury',
      'RO123456',
      'Strada Lunga',
    ];
    const booking = await createDetailedBooking(
      app,
      bookingInput({
        contact: {
          firstName: 'Zenobia',
          lastName: 'Quaglieri',
          email: 'zenobia.q@example.org',
          phone: '+40 799 111 222',
          taxId: 'RO123456',
          addressLine1: 'Strada Lunga 5',
        },
        travelers: [
          { firstName: 'Zenobia', lastName: 'Quaglieri', isPrimary: true, email: 'zenobia.q@example.org' },
          {
            firstName: 'Xanthippe',
            lastName: 'Oyelaran',
            email: 'xan@example.net',
            specialRequests: 'Xanthippe needs a cot',
          },
        ],
      }),
    );
    await app.graphql(UPDATE_BOOKING, {
      input: { id: booking.id, contact: { firstName: 'Ottoline', lastName: 'Brackenbury' } },
    });
    const added = await app.graphql<{ addBookingTraveler: BookingDetail }>(ADD_TRAVELER, {
      input: {
        bookingId: booking.id,
        traveler: { firstName: 'Perpetua', lastName: 'Lindqvist', phone: '+40 799 111 222' },
      },
    });
    const perpetua = added.data?.addBookingTraveler.travelers[2].id;
    await app.graphql(UPDATE_TRAVELER, {
      input: { id: booking.travelers[1].id, firstName: 'Hieronymus', lastName: 'Ashdown' },
    });
    await app.graphql(LINK_ITEM_TRAVELER, {
      input: { itemId: booking.items[0].id, travelerId: booking.travelers[1].id },
    });
    await app.graphql(UNLINK_ITEM_TRAVELER, {
      input: { itemId: booking.items[0].id, travelerId: booking.travelers[1].id },
    });
    await app.graphql(REMOVE_TRAVELER, { id: perpetua });
    await app.graphql(ADD_NOTE, {
      input: { bookingId: booking.id, content: 'Call Zenobia Quaglieri on zenobia.q@example.org' },
    });
    await app.graphql(UPSERT_SUPPLIER_STATUS, {
      input: { bookingId: booking.id, serviceName: 'Delta boats', status: 'CONFIRMED', notes: 'Booked for Xanthippe' },
    });
    const log = await activityOf(app, booking.id);
    expect(log.length).toBeGreaterThanOrEqual(9);
    const written = log
      .map((entry) => `${entry.description} ${JSON.stringify(entry.metadata)}`)
      .join('\n')
      .toLowerCase();
    for (const value of personalData) expect(written).not.toContain(value.toLowerCase());
  });

  it('is not written by a mutation that fails', async () => {
    const booking = await bookingIn(app, 'CANCELLED');
    const before = await activityOf(app, booking.id);
    const response = await app.graphql(ADD_ITEM, {
      input: {
        bookingId: booking.id,
        item: { title: 'Late add', unitSellAmount: { amountCents: 100, currency: 'EUR' } },
      },
    });
    expectOutcome(response, 'addBookingItem', 'BOOKING_NOT_EDITABLE');
    expect(await activityOf(app, booking.id)).toEqual(before);
  });
});

describe('nothing is written when a mutation fails', () => {
  it('leaves the booking row and version untouched by a refused override', async () => {
    const booking = await draftBooking();
    const before = await storedBooking(app, booking.id);
    const response = await expectNothingWritten(() =>
      app.graphql(OVERRIDE_STATUS, { input: { id: booking.id, to: 'DRAFT', reason: 'no-op' } }),
    );
    expectOutcome(response, 'overrideBookingStatus', 'INVALID_BOOKING_TRANSITION');
    expect(await storedBooking(app, booking.id)).toEqual(before);
  });

  it('leaves the booking untouched by a refused transition', async () => {
    const booking = await bookingIn(app, 'COMPLETED');
    const before = await storedBooking(app, booking.id);
    const response = await expectNothingWritten(() => transition(app, booking.id, 'CANCELLED'));
    expectOutcome(response, 'transitionBooking', 'INVALID_BOOKING_TRANSITION');
    expect(await storedBooking(app, booking.id)).toEqual(before);
  });

  it('leaves the booking untouched by a removal of an unknown traveler', async () => {
    const response = await expectNothingWritten(() => app.graphql(REMOVE_TRAVELER, { id: typeid('bkpt').toString() }));
    expectGraphqlError(response, 'NOT_FOUND', 'id');
  });
});
