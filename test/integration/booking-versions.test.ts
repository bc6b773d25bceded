import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { ADMIN, declareCapacity, reserved, type ReservedBooking } from '../fixtures/inventory';
import { expectOutcome, expectSuccess } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ANSWER = `__typename ... on Booking { id version } ... on BookingError { code message } ... on
  VersionConflictError { expectedVersion actualVersion }`;

const withInput = (field: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${field}(input: $input) { ${ANSWER} } }`;
const withId = (field: string) =>
  `mutation($id: ID!, $expectedVersion: Int) { ${field}(id: $id, expectedVersion: $expectedVersion) { ${ANSWER} } }`;

/** One change to a booking or its parts, made against the version the caller read. */
interface Change {
  bookingId: string;
  send(expectedVersion: number): Promise<GraphqlResponse>;
}

const seeded = async (): Promise<BookingSummary> => createBooking(app);

const byInput = (
  field: string,
  inputType: string,
  bookingId: string,
  input: Record<string, unknown>,
  as = {},
): Change => ({
  bookingId,
  send: (expectedVersion) => app.graphql(withInput(field, inputType), { input: { ...input, expectedVersion } }, as),
});

const byId = (field: string, bookingId: string, id: string): Change => ({
  bookingId,
  send: (expectedVersion) => app.graphql(withId(field), { id, expectedVersion }),
});

async function noteOn(booking: BookingSummary): Promise<string> {
  const response = await app.graphql<{ addBookingNote: { notes: { id: string }[] } }>(
    `mutation($input: AddBookingNoteInput!) { addBookingNote(input: $input) { ... on Booking { notes { id } } } }`,
    { input: { bookingId: booking.id, content: 'call the supplier' } },
  );
  const id = response.data?.addBookingNote.notes[0]?.id;
  if (!id) throw new Error('no note was added');
  return id;
}

async function linked(booking: BookingSummary): Promise<{ itemId: string; travelerId: string }> {
  const link = { itemId: booking.items[0].id, travelerId: booking.travelers[0].id };
  expectSuccess(
    await app.graphql(withInput('linkItemTraveler', 'LinkItemTravelerInput'), { input: link }),
    'linkItemTraveler',
  );
  return link;
}

const heldBooking = async (): Promise<ReservedBooking> => reserved(app, [{ targetId: await declareCapacity(app, 5) }]);

/** Every mutation that changes a booking or its parts, each on a fresh booking. */
const CHANGES: [string, () => Promise<Change>][] = [
  [
    'updateBooking',
    async () => {
      const b = await seeded();
      return byInput('updateBooking', 'UpdateBookingInput', b.id, { id: b.id, internalNotes: 'checked' });
    },
  ],
  [
    'addBookingItem',
    async () => {
      const b = await seeded();
      return byInput('addBookingItem', 'AddBookingItemInput', b.id, {
        bookingId: b.id,
        item: { title: 'Transfer', quantity: 1, unitSellAmount: { amountCents: 3000, currency: 'EUR' } },
      });
    },
  ],
  [
    'updateBookingItem',
    async () => {
      const b = await seeded();
      return byInput('updateBookingItem', 'UpdateBookingItemInput', b.id, { id: b.items[0].id, quantity: 3 });
    },
  ],
  [
    'removeBookingItem',
    async () => {
      const b = await seeded();
      return byId('removeBookingItem', b.id, b.items[1].id);
    },
  ],
  [
    'addBookingTraveler',
    async () => {
      const b = await seeded();
      return byInput('addBookingTraveler', 'AddBookingTravelerInput', b.id, {
        bookingId: b.id,
        traveler: { firstName: 'Mara', lastName: 'Ionescu' },
      });
    },
  ],
  [
    'updateBookingTraveler',
    async () => {
      const b = await seeded();
      return byInput('updateBookingTraveler', 'UpdateBookingTravelerInput', b.id, {
        id: b.travelers[1].id,
        firstName: 'Ioan',
      });
    },
  ],
  [
    'removeBookingTraveler',
    async () => {
      const b = await seeded();
      return byId('removeBookingTraveler', b.id, b.travelers[1].id);
    },
  ],
  [
    'linkItemTraveler',
    async () => {
      const b = await seeded();
      return byInput('linkItemTraveler', 'LinkItemTravelerInput', b.id, {
        itemId: b.items[0].id,
        travelerId: b.travelers[0].id,
      });
    },
  ],
  [
    'unlinkItemTraveler',
    async () => {
      const b = await seeded();
      return byInput('unlinkItemTraveler', 'UnlinkItemTravelerInput', b.id, await linked(b));
    },
  ],
  [
    'setBookingOrigin',
    async () => {
      const b = await seeded();
      return byInput('setBookingOrigin', 'SetBookingOriginInput', b.id, {
        bookingId: b.id,
        origin: { originSource: 'MANUAL' },
      });
    },
  ],
  [
    'addBookingNote',
    async () => {
      const b = await seeded();
      return byInput('addBookingNote', 'AddBookingNoteInput', b.id, { bookingId: b.id, content: 'paid by card' });
    },
  ],
  [
    'updateBookingNote',
    async () => {
      const b = await seeded();
      return byInput('updateBookingNote', 'UpdateBookingNoteInput', b.id, {
        id: await noteOn(b),
        content: 'paid by transfer',
      });
    },
  ],
  [
    'deleteBookingNote',
    async () => {
      const b = await seeded();
      return byId('deleteBookingNote', b.id, await noteOn(b));
    },
  ],
  [
    'upsertBookingSupplierStatus',
    async () => {
      const b = await seeded();
      return byInput('upsertBookingSupplierStatus', 'UpsertBookingSupplierStatusInput', b.id, {
        bookingId: b.id,
        serviceName: 'Delta boats',
        status: 'CONFIRMED',
      });
    },
  ],
  [
    'transitionBooking',
    async () => {
      const b = await seeded();
      return byInput('transitionBooking', 'TransitionBookingInput', b.id, { id: b.id, to: 'CONFIRMED' });
    },
  ],
  [
    'overrideBookingStatus',
    async () => {
      const b = await seeded();
      return byInput(
        'overrideBookingStatus',
        'OverrideBookingStatusInput',
        b.id,
        { id: b.id, to: 'CANCELLED', reason: 'duplicate' },
        { as: ADMIN },
      );
    },
  ],
  [
    'addBookingAllocation',
    async () => {
      const b = await seeded();
      const targetId = await declareCapacity(app, 5);
      return byInput('addBookingAllocation', 'AddBookingAllocationInput', b.id, {
        bookingItemId: b.items[0].id,
        kind: 'SLOT',
        targetId,
      });
    },
  ],
  [
    'releaseBookingAllocation',
    async () => {
      const b = await heldBooking();
      return byInput('releaseBookingAllocation', 'ReleaseBookingAllocationInput', b.id, { id: b.allocations[0].id });
    },
  ],
  [
    'extendBookingHold',
    async () => {
      const b = await heldBooking();
      return byInput('extendBookingHold', 'ExtendBookingHoldInput', b.id, { id: b.id, holdMinutes: 90 });
    },
  ],
];

const RECORD_TABLES = [
  'bookings',
  'booking_items',
  'booking_travelers',
  'booking_item_travelers',
  'booking_origins',
  'booking_notes',
  'booking_supplier_statuses',
  'booking_activities',
  'booking_allocations',
  'booking_outbox',
  'allocation_capacities',
];

/** Every row of every table a booking change can touch, as stored: equal snapshots mean nothing was written. */
async function storedRecord(): Promise<Record<string, unknown>> {
  const selects = RECORD_TABLES.map(
    (table) => `(select coalesce(json_agg(t order by t::text), '[]') from "${table}" t) as "${table}"`,
  ).join(', ');
  const result = await app.database.pool.query<Record<string, unknown>>(`select ${selects}`);
  return result.rows[0];
}

async function storedVersion(bookingId: string): Promise<number> {
  const result = await app.database.pool.query<{ version: number }>('select version from bookings where id = $1', [
    bookingId,
  ]);
  const version = result.rows[0]?.version;
  if (version === undefined) throw new Error(`booking ${bookingId} not stored`);
  return version;
}

describe.each(CHANGES)('%s with expectedVersion', (name, prepare) => {
  it('refuses a stale version with VersionConflictError and writes nothing', async () => {
    const change = await prepare();
    const version = await storedVersion(change.bookingId);
    const before = await storedRecord();
    const conflict = expectOutcome<Record<string, unknown>>(await change.send(version + 3), name, 'VERSION_CONFLICT');
    expect(conflict).toMatchObject({
      __typename: 'VersionConflictError',
      expectedVersion: version + 3,
      actualVersion: version,
    });
    expect(await storedRecord()).toEqual(before);
  });

  it('applies the change at the current version and moves the version by exactly one', async () => {
    const change = await prepare();
    const version = await storedVersion(change.bookingId);
    const changed = expectSuccess<{ __typename?: string; version: number }>(await change.send(version), name);
    expect({ answered: changed.version, stored: await storedVersion(change.bookingId) }).toEqual({
      answered: version + 1,
      stored: version + 1,
    });
  });
});

describe('expectedVersion on a bare-id mutation', () => {
  it('is BAD_USER_INPUT, at its own argument, when not a positive integer', async () => {
    const booking = await seeded();
    const response = await app.graphql(withId('removeBookingItem'), { id: booking.items[0].id, expectedVersion: 0 });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
  });
});

describe('two writers holding the same version', () => {
  it('lets exactly one change the booking; the other gets VersionConflictError', async () => {
    const booking = await seeded();
    const version = await storedVersion(booking.id);
    const [first, second] = await Promise.all(
      [booking.items[0].id, booking.items[1].id].map((id) =>
        app.graphql(withInput('updateBookingItem', 'UpdateBookingItemInput'), {
          input: { id, quantity: 4, expectedVersion: version },
        }),
      ),
    );
    const answers = [first, second]
      .map((response) => (response.data?.updateBookingItem as { __typename: string }).__typename)
      .sort();
    expect(answers).toEqual(['Booking', 'VersionConflictError']);
    expect(await storedVersion(booking.id)).toBe(version + 1);
  });
});
