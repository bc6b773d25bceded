import fc from 'fast-check';
import { AGENT, APPROVER, DECIDE, GATED_TRANSITION, pendingCancel } from '../fixtures/approvals';
import {
  ADD_ITEM,
  ADD_NOTE,
  ADD_TRAVELER,
  CREATE_BOOKING_DETAIL,
  OVERRIDE_STATUS,
  SET_ORIGIN,
  UPDATE_BOOKING,
  UPDATE_ITEM,
  UPDATE_NOTE,
  UPDATE_TRAVELER,
  UPSERT_SUPPLIER_STATUS,
  createBareBooking,
  createDetailedBooking,
} from '../fixtures/booking-operations';
import { bookingInput, TRANSITION_BOOKING } from '../fixtures/bookings';
import {
  ADD_ALLOCATION,
  INVENTORY_WRITER,
  ISSUE_FULFILLMENT,
  RECORD_REDEMPTION,
  RELEASE_ALLOCATION,
  RESERVE_BOOKING,
  SET_CAPACITY,
  UPDATE_FULFILLMENT,
  confirmedBooking,
  declareCapacity,
  reservationInput,
  reserved,
} from '../fixtures/inventory';
import { UPSERT_TRAVEL_DETAILS, travelDetailsInput } from '../fixtures/travel-details';
import { startTestApp, type Caller, type GraphqlResponse, type TestApp } from '../helpers/test-app';

/**
 * Random text and JSON, NUL bytes, lone surrogates, deep and large JSON, sent to the text fields of
 * every mutation: the answer is the mutation's result or BAD_USER_INPUT on that very field, never
 * INTERNAL_SERVER_ERROR, and a refusal writes nothing.
 */
const RUNS = 8;
/** For mutations whose every run first builds its own fixtures (a fresh booking, reservation, fulfillment). */
const COSTLY_RUNS = 5;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// ---------------------------------------------------------------- values

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const around = (middle: fc.Arbitrary<string>) =>
  fc.tuple(anyText, middle, anyText).map(([before, inner, after]) => `${before}${inner}${after}`);

const textValue: fc.Arbitrary<string> = fc.oneof(
  anyText,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  around(fc.constant('\u0000')),
  around(loneSurrogate),
  fc.string({
    unit: fc.oneof(fc.constant('\u0000'), loneSurrogate, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    maxLength: 12,
  }),
);

/** An object `depth` levels deep. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 1; level < depth; level += 1) value = { a: value };
  return value;
}

/** JSON values, tagged when PostgreSQL could not store them (or the contract refuses them). */
const jsonValue: fc.Arbitrary<{ value: unknown; refused: boolean | null }> = fc.oneof(
  fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }).map((value) => ({ value: { value }, refused: null })),
  fc
    .dictionary(textValue, fc.oneof(textValue, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 })
    .map((value) => ({ value, refused: null })),
  fc
    .constantFrom({ note: 'a\u0000b' }, { ['k\u0000']: 1 }, { list: ['ok', { deeper: '\ud83d' }] })
    .map((value) => ({ value, refused: true })),
  fc.integer({ min: 33, max: 60 }).map((depth) => ({ value: nested(depth), refused: true })),
  fc.integer({ min: 1, max: 32 }).map((depth) => ({ value: nested(depth), refused: false })),
  fc
    .integer({ min: 65_537, max: 70_000 })
    .map((size) => ({ value: { padding: 'x'.repeat(size - '{"padding":""}'.length) }, refused: true })),
);

/** Independent of the code under test: U+0000, or a string that does not survive UTF-8. */
const unstorable = (value: string): boolean =>
  value.includes('\u0000') || Buffer.from(value, 'utf8').toString('utf8') !== value;

// ---------------------------------------------------------------- mutations

interface Case {
  costly?: boolean;
  /** Builds valid variables for one run (fresh fixtures where a run consumes them). */
  variables: () => Promise<Record<string, unknown>>;
  document: string;
  as?: Caller;
  text: string[];
  json?: string[];
}

let draftId: string;
let itemId: string;
let travelerId: string;
let noteId: string;

beforeAll(async () => {
  const draft = await createDetailedBooking(app, bookingInput());
  draftId = draft.id;
  itemId = draft.items[0]?.id ?? '';
  travelerId = draft.travelers[0]?.id ?? '';
  const noted = await app.graphql<{ addBookingNote: { notes: { id: string }[] } }>(ADD_NOTE, {
    input: { bookingId: draftId, content: 'first note' },
  });
  noteId = noted.data?.addBookingNote.notes[0]?.id ?? '';
});

const fixed = (variables: () => Record<string, unknown>) => async () => variables();

const CASES: Record<string, Case> = {
  createBooking: {
    document: CREATE_BOOKING_DETAIL,
    variables: fixed(() => ({
      input: {
        ...bookingInput(),
        internalNotes: 'notes',
        items: [{ title: 'Tour', quantity: 1, unitSellAmount: { amountCents: 100, currency: 'EUR' }, metadata: {} }],
        origin: { originSource: 'MANUAL', metadata: {} },
      },
    })),
    text: [
      'input.internalNotes',
      'input.externalBookingRef',
      'input.bookingNumber',
      'input.idempotencyKey',
      'input.contact.firstName',
      'input.contact.lastName',
      'input.contact.taxId',
      'input.contact.region',
      'input.contact.city',
      'input.contact.addressLine1',
      'input.contact.addressLine2',
      'input.contact.postalCode',
      'input.items.0.title',
      'input.items.0.description',
      'input.items.0.productId',
      'input.items.0.productName',
      'input.items.0.optionName',
      'input.items.0.unitName',
      'input.items.0.slotId',
      'input.travelers.0.firstName',
      'input.travelers.0.lastName',
      'input.travelers.0.specialRequests',
      'input.travelers.0.notes',
      'input.origin.tripSnapshotId',
      'input.origin.providerSourceRef',
      'input.personId',
    ],
    json: ['input.items.0.metadata', 'input.origin.metadata'],
  },
  updateBooking: {
    document: UPDATE_BOOKING,
    variables: fixed(() => ({ input: { id: draftId, contact: { firstName: 'Ana' } } })),
    text: [
      'input.internalNotes',
      'input.externalBookingRef',
      'input.contact.firstName',
      'input.contact.city',
      'input.id',
    ],
  },
  addBookingItem: {
    document: ADD_ITEM,
    variables: fixed(() => ({
      input: {
        bookingId: draftId,
        item: { title: 'Extra', quantity: 1, unitSellAmount: { amountCents: 100, currency: 'EUR' } },
      },
    })),
    text: ['input.item.title', 'input.item.description', 'input.item.productName', 'input.item.slotId'],
    json: ['input.item.metadata'],
  },
  updateBookingItem: {
    document: UPDATE_ITEM,
    variables: fixed(() => ({ input: { id: itemId } })),
    text: ['input.title', 'input.description', 'input.unitName'],
    json: ['input.metadata'],
  },
  addBookingTraveler: {
    document: ADD_TRAVELER,
    variables: fixed(() => ({ input: { bookingId: draftId, traveler: { firstName: 'Ion', lastName: 'Pop' } } })),
    text: [
      'input.traveler.firstName',
      'input.traveler.lastName',
      'input.traveler.specialRequests',
      'input.traveler.notes',
    ],
  },
  updateBookingTraveler: {
    document: UPDATE_TRAVELER,
    variables: fixed(() => ({ input: { id: travelerId } })),
    text: ['input.firstName', 'input.notes', 'input.specialRequests'],
  },
  setBookingOrigin: {
    document: SET_ORIGIN,
    variables: fixed(() => ({ input: { bookingId: draftId, origin: { originSource: 'MANUAL' } } })),
    text: ['input.origin.tripSnapshotId', 'input.origin.reservationPlanId', 'input.origin.providerSourceKind'],
    json: ['input.origin.metadata'],
  },
  addBookingNote: {
    document: ADD_NOTE,
    variables: fixed(() => ({ input: { bookingId: draftId, content: 'note' } })),
    text: ['input.content', 'input.bookingId'],
  },
  updateBookingNote: {
    document: UPDATE_NOTE,
    variables: fixed(() => ({ input: { id: noteId, content: 'note' } })),
    text: ['input.content'],
  },
  upsertBookingSupplierStatus: {
    document: UPSERT_SUPPLIER_STATUS,
    variables: fixed(() => ({ input: { bookingId: draftId, serviceName: 'Hotel', status: 'PENDING' } })),
    text: ['input.serviceName', 'input.supplierId', 'input.supplierReference', 'input.notes'],
  },
  transitionBooking: {
    costly: true,
    document: TRANSITION_BOOKING,
    variables: async () => ({ input: { id: (await createBareBooking(app)).id, to: 'CANCELLED', reason: 'asked' } }),
    text: ['input.reason'],
  },
  'transitionBooking (approval requested)': {
    costly: true,
    document: GATED_TRANSITION,
    as: AGENT,
    variables: async () => ({
      input: {
        id: (await createBareBooking(app)).id,
        to: 'CANCELLED',
        reason: 'asked',
        idempotencyKey: `key-${Math.random()}`,
      },
    }),
    text: ['input.reason', 'input.idempotencyKey'],
  },
  overrideBookingStatus: {
    costly: true,
    document: OVERRIDE_STATUS,
    variables: async () => ({ input: { id: (await createBareBooking(app)).id, to: 'CANCELLED', reason: 'asked' } }),
    text: ['input.reason'],
  },
  decideActionApproval: {
    costly: true,
    document: DECIDE,
    as: APPROVER,
    variables: async () => ({
      input: { approvalId: (await pendingCancel(app)).approvalId, decision: 'DENIED', reason: 'no' },
    }),
    text: ['input.reason'],
  },
  reserveBooking: {
    costly: true,
    document: RESERVE_BOOKING,
    variables: async () => ({ input: reservationInput([{ targetId: await declareCapacity(app, null) }]) }),
    text: ['input.internalNotes', 'input.items.0.title', 'input.items.0.allocations.0.targetId'],
    json: ['input.items.0.metadata'],
  },
  setAllocationCapacity: {
    document: SET_CAPACITY,
    as: INVENTORY_WRITER,
    variables: fixed(() => ({ input: { kind: 'SLOT', targetId: `slot_${Math.random()}`, capacity: 5 } })),
    text: ['input.targetId', 'input.productId', 'input.optionId'],
  },
  addBookingAllocation: {
    costly: true,
    document: ADD_ALLOCATION,
    variables: async () => {
      const booking = await reserved(app, [{ targetId: await declareCapacity(app, null) }]);
      return {
        input: { bookingItemId: booking.items[0]?.id, kind: 'SLOT', targetId: await declareCapacity(app, null) },
      };
    },
    text: ['input.targetId'],
  },
  releaseBookingAllocation: {
    costly: true,
    document: RELEASE_ALLOCATION,
    variables: async () => {
      const booking = await reserved(app, [{ targetId: await declareCapacity(app, null) }]);
      return { input: { id: booking.allocations[0]?.id, reason: 'released' } };
    },
    text: ['input.reason'],
  },
  issueFulfillment: {
    costly: true,
    document: ISSUE_FULFILLMENT,
    variables: async () => ({
      input: { bookingId: (await confirmedBooking(app)).id, type: 'VOUCHER', deliveryChannel: 'EMAIL', payload: {} },
    }),
    text: ['input.artifactUrl', 'input.idempotencyKey'],
    json: ['input.payload'],
  },
  updateFulfillment: {
    costly: true,
    document: UPDATE_FULFILLMENT,
    variables: async () => ({ input: { id: await issuedFulfillment(), payload: {} } }),
    text: ['input.artifactUrl'],
    json: ['input.payload'],
  },
  recordRedemption: {
    costly: true,
    document: RECORD_REDEMPTION,
    variables: async () => {
      const fulfillmentId = await issuedFulfillment();
      const bookingId = (
        await app.database.pool.query<{ booking_id: string }>(
          'select booking_id from booking_fulfillments where id = $1',
          [fulfillmentId],
        )
      ).rows[0]?.booking_id;
      return { input: { bookingId, fulfillmentId, location: 'Gate 1' } };
    },
    text: ['input.location'],
  },
  upsertTravelerTravelDetails: {
    document: UPSERT_TRAVEL_DETAILS,
    variables: fixed(() => ({ input: travelDetailsInput(travelerId) })),
    text: [
      'input.documentIssuingAuthority',
      'input.dietaryRequirements',
      'input.accessibilityNeeds',
      'input.documentNumber',
    ],
  },
};

async function issuedFulfillment(): Promise<string> {
  const response = await app.graphql<{ issueFulfillment: { id: string } }>(ISSUE_FULFILLMENT, {
    input: { bookingId: (await confirmedBooking(app)).id, type: 'VOUCHER', deliveryChannel: 'EMAIL' },
  });
  return response.data?.issueFulfillment.id ?? '';
}

// ---------------------------------------------------------------- checks

/** Sets `path` (`input.items.0.title`) inside `variables`, creating objects on the way. */
function setAt(variables: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  const parts = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = typeof next === 'object' && next !== null ? next : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] ?? ''] = value;
  return copy;
}

let fingerprintQuery: string | null = null;

/**
 * Each table's row count and newest row version (`xmin`): an insert or update makes a newer one,
 * a delete lowers the count. The outbox relay and the migrations table change on their own.
 */
async function databaseFingerprint(): Promise<string> {
  if (fingerprintQuery === null) {
    const tables = await app.database.pool.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type =
        'BASE TABLE' and table_name not in ('booking_outbox', 'mikro_orm_migrations') order by table_name`,
    );
    fingerprintQuery = tables.rows
      .map(
        ({ table_name: table }) =>
          `select '${table}:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as digest from "${table}"`,
      )
      .join(' union all ');
  }
  const digests = await app.database.pool.query<{ digest: string }>(fingerprintQuery);
  return digests.rows.map((row) => row.digest).join(',');
}

/** The refusal, if the mutation refused: only ever BAD_USER_INPUT on the field that was sent. */
function refusal(response: GraphqlResponse, field: string): boolean {
  const codes = (response.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.field]);
  expect(codes.filter(([code]) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
  if (codes.length === 0) return false;
  expect(codes).toEqual([['BAD_USER_INPUT', field]]);
  return true;
}

async function send(spec: Case, field: string, value: unknown): Promise<boolean> {
  const variables = setAt(await spec.variables(), field, value);
  const before = await databaseFingerprint();
  const response = await app.graphql(spec.document, variables, spec.as ? { as: spec.as } : {});
  const refused = refusal(response, field);
  if (refused) expect(await databaseFingerprint()).toBe(before);
  return refused;
}

describe.each(Object.entries(CASES))('%s', (_mutation, spec) => {
  it('answers random text in its text fields with its result or BAD_USER_INPUT on that field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...spec.text), textValue, async (field, value) => {
        const refused = await send(spec, field, value);
        if (unstorable(value)) expect(refused).toBe(true);
      }),
      { numRuns: spec.costly ? COSTLY_RUNS : RUNS },
    );
  });

  if (spec.json) {
    const json = spec.json;
    it('answers random JSON in its JSON fields with its result or BAD_USER_INPUT on that field', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...json), jsonValue, async (field, { value, refused: expected }) => {
          const refused = await send(spec, field, value);
          if (expected !== null) expect(refused).toBe(expected);
        }),
        { numRuns: spec.costly ? COSTLY_RUNS : RUNS },
      );
    });
  }
});
