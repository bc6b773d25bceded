import { createBooking, type BookingSummary } from '../fixtures/bookings';
import { expectGraphqlError, expectOutcome, expectSuccess } from '../helpers/results';
import { planInput, planLines, submitPlan, type ReservationPlanView } from '../fixtures/sagas';
import { sagaFakes } from '../helpers/saga-ports';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

const fakes = sagaFakes();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ app: { sagas: fakes.options } });
});
afterAll(() => app.stop());

const COMMITMENT_FIELDS = `
  __typename
  ... on BookingSupplierStatus {
    id serviceName status supplierId supplierServiceId supplierReference notes confirmedAt allowedTransitions
    cost { amountCents currency }
    booking { id version supplierConfirmation }
    supplier { id }
    supplierService { id }
    supplierInvoiceLine { id }
  }
  ... on BookingError { code message }
  ... on VersionConflictError { expectedVersion actualVersion }
`;
const TRANSITION_FIELDS = `... on SupplierStatusTransitionError { from to }`;

const ADD = `mutation($input: AddBookingSupplierStatusInput!) {
  addBookingSupplierStatus(input: $input) { ${COMMITMENT_FIELDS} ${TRANSITION_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateBookingSupplierStatusInput!) {
  updateBookingSupplierStatus(input: $input) { ${COMMITMENT_FIELDS} } }`;
const SET = `mutation($input: SetSupplierConfirmationInput!) {
  setSupplierConfirmation(input: $input) { ${COMMITMENT_FIELDS} ${TRANSITION_FIELDS} } }`;
const LINK = `mutation($input: LinkSupplierInvoiceLineInput!) {
  linkSupplierInvoiceLine(input: $input) { ${COMMITMENT_FIELDS}
    ... on SupplierInvoiceLineAlreadyLinkedError { supplierInvoiceLineId } } }`;
const UPSERT = `mutation($input: UpsertBookingSupplierStatusInput!) {
  upsertBookingSupplierStatus(input: $input) { __typename ... on BookingError { code }
    ... on SupplierStatusTransitionError { from to } } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on BookingSupplierStatus { id status booking { id } }
  ... on SupplierInvoiceLine { id bookingSupplierStatus { id } }
} }`;
const SUPPLIER_COMMITMENTS = `query(
  $representations: [_Any!]!, $status: [SupplierConfirmationStatus!], $unmatched: Boolean
) {
  _entities(representations: $representations) {
    ... on Supplier { id bookingCommitments(status: $status, unmatched: $unmatched, first: 10) {
      totalCount edges { node { id status } } } }
  } }`;

interface Commitment {
  __typename: 'BookingSupplierStatus';
  id: string;
  serviceName: string;
  status: string;
  supplierId: string | null;
  supplierServiceId: string | null;
  supplierReference: string | null;
  notes: string | null;
  confirmedAt: string | null;
  allowedTransitions: string[];
  cost: { amountCents: number; currency: string } | null;
  booking: { id: string; version: number; supplierConfirmation: string };
  supplier: { id: string } | null;
  supplierService: { id: string } | null;
  supplierInvoiceLine: { id: string } | null;
}

let sequence = 0;
const nextSupplier = () => `sup_${++sequence}_${Date.now()}`;

async function added(booking: BookingSummary, input: Record<string, unknown> = {}): Promise<Commitment> {
  const response = await app.graphql(ADD, {
    input: { bookingId: booking.id, serviceName: 'Delta boats', supplierId: nextSupplier(), ...input },
  });
  return expectSuccess<Commitment>(response, 'addBookingSupplierStatus', 'BookingSupplierStatus');
}

async function activityCount(bookingId: string): Promise<number> {
  const { rows } = await app.database.pool.query<{ count: string }>(
    'select count(*) from booking_activities where booking_id = $1',
    [bookingId],
  );
  return Number(rows[0]?.count);
}

async function storedCommitment(id: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await app.database.pool.query<Record<string, unknown>>(
    `select status, service_name, supplier_reference, supplier_invoice_line_id, updated_at
     from booking_supplier_statuses where id = $1`,
    [id],
  );
  return rows[0];
}

describe('confirmedAt', () => {
  it('is stamped from the server clock when recorded as confirmed (upstream auto confirmedAt)', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking, { status: 'CONFIRMED' });
    expect({ status: commitment.status, confirmedAt: commitment.confirmedAt }).toEqual({
      status: 'CONFIRMED',
      confirmedAt: app.clock.now().toISOString(),
    });
  });

  it('is stamped at the move to CONFIRMED, not when the commitment was recorded', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking);
    app.clock.advanceMinutes(30);
    const response = await app.graphql(SET, {
      input: { bookingId: booking.id, id: commitment.id, status: 'CONFIRMED' },
    });
    expect(expectSuccess<Commitment>(response, 'setSupplierConfirmation', 'BookingSupplierStatus').confirmedAt).toBe(
      app.clock.now().toISOString(),
    );
  });

  it('is not an input a caller can send', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql(ADD, {
      input: { bookingId: booking.id, serviceName: 'Delta boats', confirmedAt: '2020-01-01T00:00:00.000Z' },
    });
    expect(response.errors?.[0]?.message).toContain('"confirmedAt" is not defined');
  });
});

describe('a commitment of another booking', () => {
  const MUTATIONS: [string, string, Record<string, unknown>][] = [
    ['updateBookingSupplierStatus', UPDATE, { notes: 'moved' }],
    ['setSupplierConfirmation', SET, { status: 'CONFIRMED' }],
    ['linkSupplierInvoiceLine', LINK, { supplierInvoiceLineId: 'sil_cross_booking' }],
  ];

  it.each(MUTATIONS)(
    '%s answers NOT_FOUND and writes no activity on either booking',
    async (_name, document, extra) => {
      const mine = await createBooking(app);
      const other = await createBooking(app);
      const commitment = await added(other);
      const before = {
        mine: await activityCount(mine.id),
        other: await activityCount(other.id),
        stored: await storedCommitment(commitment.id),
      };
      const response = await app.graphql(document, { input: { bookingId: mine.id, id: commitment.id, ...extra } });
      expectGraphqlError(response, 'NOT_FOUND', 'input.id');
      expect({
        mine: await activityCount(mine.id),
        other: await activityCount(other.id),
        stored: await storedCommitment(commitment.id),
      }).toEqual(before);
    },
  );
});

describe('the supplier lifecycle through setSupplierConfirmation', () => {
  const STATES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'] as const;
  const ALLOWED = new Set([
    'PENDING>CONFIRMED',
    'PENDING>REJECTED',
    'PENDING>CANCELLED',
    'CONFIRMED>CANCELLED',
    'REJECTED>PENDING',
  ]);
  const PAIRS = STATES.flatMap((from) => STATES.map((to) => ({ from, to, allowed: ALLOWED.has(`${from}>${to}`) })));
  let booking: BookingSummary;
  beforeAll(async () => {
    booking = await createBooking(app);
  });

  it.each(PAIRS.filter((pair) => pair.allowed))('moves $from → $to', async ({ from, to }) => {
    const commitment = await added(booking, { status: from });
    const response = await app.graphql(SET, { input: { bookingId: booking.id, id: commitment.id, status: to } });
    expect(expectSuccess<Commitment>(response, 'setSupplierConfirmation', 'BookingSupplierStatus').status).toBe(to);
  });

  it.each(PAIRS.filter((pair) => !pair.allowed))(
    'refuses $from → $to with SupplierStatusTransitionError and writes nothing',
    async ({ from, to }) => {
      const commitment = await added(booking, { status: from });
      const before = { activity: await activityCount(booking.id), stored: await storedCommitment(commitment.id) };
      const response = await app.graphql(SET, { input: { bookingId: booking.id, id: commitment.id, status: to } });
      const outcome = expectOutcome<{ code: string; from: string; to: string }>(
        response,
        'setSupplierConfirmation',
        'INVALID_SUPPLIER_STATUS_TRANSITION',
      );
      expect({ from: outcome.from, to: outcome.to }).toEqual({ from, to });
      expect({ activity: await activityCount(booking.id), stored: await storedCommitment(commitment.id) }).toEqual(
        before,
      );
    },
  );

  it('lists the moves the lifecycle allows next', async () => {
    const commitment = await added(booking, { status: 'PENDING' });
    expect(commitment.allowedTransitions).toEqual(['CONFIRMED', 'REJECTED', 'CANCELLED']);
  });

  it('keeps the deprecated upsert on the same lifecycle', async () => {
    const commitment = await added(booking, { status: 'CANCELLED' });
    const response = await app.graphql(UPSERT, {
      input: { id: commitment.id, bookingId: booking.id, serviceName: 'Delta boats', status: 'CONFIRMED' },
    });
    const outcome = expectOutcome<{ code: string; from: string; to: string }>(
      response,
      'upsertBookingSupplierStatus',
      'INVALID_SUPPLIER_STATUS_TRANSITION',
    );
    expect({ from: outcome.from, to: outcome.to }).toEqual({ from: 'CANCELLED', to: 'CONFIRMED' });
  });
});

describe('updateBookingSupplierStatus', () => {
  it('clears the fields sent as null and leaves the absent ones as they were', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking, {
      supplierServiceId: 'svc_boat',
      supplierReference: 'DB-1',
      cost: { amountCents: 5000, currency: 'RON' },
      notes: 'deposit paid',
    });
    const response = await app.graphql(UPDATE, {
      input: { bookingId: booking.id, id: commitment.id, supplierReference: null, cost: null, notes: null },
    });
    const updated = expectSuccess<Commitment>(response, 'updateBookingSupplierStatus', 'BookingSupplierStatus');
    expect(updated).toMatchObject({
      serviceName: 'Delta boats',
      supplierId: commitment.supplierId,
      supplierServiceId: 'svc_boat',
      supplierService: { id: 'svc_boat' },
      supplierReference: null,
      cost: null,
      notes: null,
    });
  });

  it('refuses a null serviceName with BAD_USER_INPUT on its path, writing nothing', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking);
    const before = await activityCount(booking.id);
    const response = await app.graphql(UPDATE, {
      input: { bookingId: booking.id, id: commitment.id, serviceName: null },
    });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.serviceName');
    expect(await activityCount(booking.id)).toBe(before);
  });

  it('refuses a stale booking version with VersionConflictError', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking);
    const response = await app.graphql(UPDATE, {
      input: { bookingId: booking.id, id: commitment.id, notes: 'late', expectedVersion: booking.version },
    });
    expectOutcome(response, 'updateBookingSupplierStatus', 'VERSION_CONFLICT');
  });
});

describe('scopes', () => {
  it('refuses a caller without bookings:write with FORBIDDEN, writing nothing', async () => {
    const booking = await createBooking(app);
    const before = await activityCount(booking.id);
    const response = await app.graphql(
      ADD,
      { input: { bookingId: booking.id, serviceName: 'Delta boats' } },
      { as: { sub: 'usr_reader', type: 'user', scope: 'bookings:read' } },
    );
    expectGraphqlError(response, 'FORBIDDEN');
    expect(await activityCount(booking.id)).toBe(before);
  });
});

describe('bad input', () => {
  it.each([
    ['a negative cost', { cost: { amountCents: -1, currency: 'EUR' } }, 'input.cost.amountCents'],
    ['an empty service name', { serviceName: ' ' }, 'input.serviceName'],
    ['a malformed booking id', { bookingId: 'book_nope' }, 'input.bookingId'],
  ])('refuses %s with BAD_USER_INPUT on its path', async (_what, patch, field) => {
    const booking = await createBooking(app);
    const before = await activityCount(booking.id);
    const response = await app.graphql(ADD, { input: { bookingId: booking.id, serviceName: 'Delta boats', ...patch } });
    expectGraphqlError(response, 'BAD_USER_INPUT', field);
    expect(await activityCount(booking.id)).toBe(before);
  });

  it('refuses a malformed commitment id with BAD_USER_INPUT on input.id', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql(SET, { input: { bookingId: booking.id, id: 'bkss_nope', status: 'CONFIRMED' } });
    expectGraphqlError(response, 'BAD_USER_INPUT', 'input.id');
  });
});

describe('Booking.supplierConfirmation', () => {
  it('is PARTIAL while some standing commitments are confirmed, ignoring cancelled ones', async () => {
    const booking = await createBooking(app);
    await added(booking, { status: 'CONFIRMED' });
    await added(booking, { status: 'CANCELLED' });
    const last = await added(booking);
    expect(last.booking.supplierConfirmation).toBe('PARTIAL');
  });

  it('is NONE for a booking without commitments', async () => {
    const booking = await createBooking(app);
    const response = await app.graphql<{ booking: { supplierConfirmation: string } }>(
      `query($id: ID!) { booking(id: $id) { supplierConfirmation } }`,
      { id: booking.id },
    );
    expect(response.data?.booking.supplierConfirmation).toBe('NONE');
  });
});

describe('booking.supplier_status_changed', () => {
  it('is published after a commitment moves, with ids and statuses only', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking, { supplierReference: 'DB-9' });
    const from = app.events.length;
    await app.graphql(SET, { input: { bookingId: booking.id, id: commitment.id, status: 'REJECTED' } });
    expect(app.events.slice(from).map((event) => ({ type: event.type, payload: event.payload }))).toEqual([
      {
        type: 'booking.supplier_status_changed',
        payload: {
          bookingId: booking.id,
          supplierStatusId: commitment.id,
          supplierId: commitment.supplierId,
          previousStatus: 'pending',
          status: 'rejected',
          cause: 'set',
        },
      },
    ]);
  });

  it('is not published when the move is refused', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking, { status: 'CANCELLED' });
    const from = app.events.length;
    await app.graphql(SET, { input: { bookingId: booking.id, id: commitment.id, status: 'PENDING' } });
    expect(app.events.slice(from)).toEqual([]);
  });
});

describe('linkSupplierInvoiceLine', () => {
  it('matches the commitment to the line, which resolves back to it', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking);
    const line = `sil_${nextSupplier()}`;
    const response = await app.graphql(LINK, {
      input: { bookingId: booking.id, id: commitment.id, supplierInvoiceLineId: line },
    });
    expect(
      expectSuccess<Commitment>(response, 'linkSupplierInvoiceLine', 'BookingSupplierStatus').supplierInvoiceLine,
    ).toEqual({ id: line });
    const entities = await app.graphql<{ _entities: unknown[] }>(ENTITIES, {
      representations: [{ __typename: 'SupplierInvoiceLine', id: line }],
    });
    expect(entities.data?._entities).toEqual([{ id: line, bookingSupplierStatus: { id: commitment.id } }]);
  });

  it('refuses a line that already bills another commitment', async () => {
    const booking = await createBooking(app);
    const first = await added(booking);
    const second = await added(booking);
    const line = `sil_${nextSupplier()}`;
    await app.graphql(LINK, { input: { bookingId: booking.id, id: first.id, supplierInvoiceLineId: line } });
    const response = await app.graphql(LINK, {
      input: { bookingId: booking.id, id: second.id, supplierInvoiceLineId: line },
    });
    const outcome = expectOutcome<{ code: string; supplierInvoiceLineId: string }>(
      response,
      'linkSupplierInvoiceLine',
      'SUPPLIER_INVOICE_LINE_ALREADY_LINKED',
    );
    expect(outcome.supplierInvoiceLineId).toBe(line);
  });

  it('lets exactly one of two bookings racing for the same line win, the other a typed outcome', async () => {
    const [one, two] = await Promise.all([createBooking(app), createBooking(app)]);
    const [first, second] = await Promise.all([added(one), added(two)]);
    const line = `sil_${nextSupplier()}`;
    const responses: GraphqlResponse[] = await Promise.all([
      app.graphql(LINK, { input: { bookingId: one.id, id: first.id, supplierInvoiceLineId: line } }),
      app.graphql(LINK, { input: { bookingId: two.id, id: second.id, supplierInvoiceLineId: line } }),
    ]);
    const results = responses.map((response) => {
      expect(response.errors).toBeUndefined();
      const value = (response.data as { linkSupplierInvoiceLine: { __typename: string; code?: string } })
        .linkSupplierInvoiceLine;
      return value.code ?? value.__typename;
    });
    expect(results.sort()).toEqual(['BookingSupplierStatus', 'SUPPLIER_INVOICE_LINE_ALREADY_LINKED']);
    const { rows } = await app.database.pool.query<{ count: string }>(
      'select count(*) from booking_supplier_statuses where supplier_invoice_line_id = $1',
      [line],
    );
    expect(Number(rows[0]?.count)).toBe(1);
  });
});

describe('linkSupplierInvoiceLine under the unique index', () => {
  it('answers the typed outcome when another transaction claims the line after the check', async () => {
    const [one, two] = await Promise.all([createBooking(app), createBooking(app)]);
    const [first, second] = await Promise.all([added(one), added(two)]);
    const line = `sil_${nextSupplier()}`;
    const rival = await app.database.pool.connect();
    try {
      // An uncommitted claim: the mutation's check cannot see it, and its write waits on the index entry.
      await rival.query('begin');
      await rival.query('update booking_supplier_statuses set supplier_invoice_line_id = $1 where id = $2', [
        line,
        first.id,
      ]);
      const linking = app.graphql(LINK, {
        input: { bookingId: two.id, id: second.id, supplierInvoiceLineId: line },
      });
      const waiting = async () => {
        const { rows } = await rival.query<{ count: string }>(
          `select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        return Number(rows[0]?.count) > 0;
      };
      while (!(await waiting()));
      await rival.query('commit');
      const outcome = expectOutcome<{ code: string; supplierInvoiceLineId: string }>(
        await linking,
        'linkSupplierInvoiceLine',
        'SUPPLIER_INVOICE_LINE_ALREADY_LINKED',
      );
      expect(outcome.supplierInvoiceLineId).toBe(line);
    } finally {
      rival.release();
    }
  });
});

describe('_entities', () => {
  it('resolves BookingSupplierStatus by id, and an unknown id to null', async () => {
    const booking = await createBooking(app);
    const commitment = await added(booking);
    const response = await app.graphql<{ _entities: unknown[] }>(ENTITIES, {
      representations: [
        { __typename: 'BookingSupplierStatus', id: commitment.id },
        { __typename: 'BookingSupplierStatus', id: 'bkss_01jd0000000000000000000000' },
      ],
    });
    expect(response.data?._entities).toEqual([
      { id: commitment.id, status: 'PENDING', booking: { id: booking.id } },
      null,
    ]);
  });
});

describe('Supplier.bookingCommitments', () => {
  it('reads the commitments of 50 suppliers in one SQL statement', async () => {
    const booking = await createBooking(app);
    const suppliers = Array.from({ length: 50 }, () => nextSupplier());
    for (const supplierId of suppliers) await added(booking, { supplierId });
    const response = await app.graphql<{
      _entities: { id: string; bookingCommitments: { totalCount: number; edges: unknown[] } }[];
    }>(SUPPLIER_COMMITMENTS, { representations: suppliers.map((id) => ({ __typename: 'Supplier', id })) });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((supplier) => supplier.bookingCommitments.totalCount)).toEqual(
      suppliers.map(() => 1),
    );
    expect(response.sqlStatements).toBe(1);
  });

  it('narrows by status and by whether a commitment is matched to an invoice line', async () => {
    const booking = await createBooking(app);
    const supplierId = nextSupplier();
    // Newest first: the clock moves between them so the order does not rest on ids alone.
    const pending = await added(booking, { supplierId });
    app.clock.advanceMinutes(1);
    const confirmed = await added(booking, { supplierId, status: 'CONFIRMED' });
    app.clock.advanceMinutes(1);
    const linked = await added(booking, { supplierId, status: 'CONFIRMED' });
    await app.graphql(LINK, {
      input: { bookingId: booking.id, id: linked.id, supplierInvoiceLineId: `sil_${nextSupplier()}` },
    });
    const read = async (variables: Record<string, unknown>) => {
      const response = await app.graphql<{
        _entities: { bookingCommitments: { edges: { node: { id: string } }[] } }[];
      }>(SUPPLIER_COMMITMENTS, { representations: [{ __typename: 'Supplier', id: supplierId }], ...variables });
      return response.data?._entities[0]?.bookingCommitments.edges.map((edge) => edge.node.id);
    };
    expect({
      all: await read({}),
      confirmed: await read({ status: ['CONFIRMED'] }),
      unmatchedConfirmed: await read({ status: ['CONFIRMED'], unmatched: true }),
      matched: await read({ unmatched: false }),
    }).toEqual({
      all: [linked.id, confirmed.id, pending.id],
      confirmed: [linked.id, confirmed.id],
      unmatchedConfirmed: [confirmed.id],
      matched: [linked.id],
    });
  });
});

describe('commitments written by a reservation plan', () => {
  it('records the PENDING commitment of a manual line with its booking.supplier_status_changed event', async () => {
    const plan = expectSuccess<ReservationPlanView>(
      await submitPlan(app, planInput([planLines.manual('c')])),
      'submitReservationPlan',
      'ReservationPlan',
    );
    const [commitment] = plan.booking.supplierStatuses;
    const { rows } = await app.database.pool.query<{ payload: Record<string, unknown> }>(
      `select payload from booking_outbox where booking_id = $1 and type = 'booking.supplier_status_changed'`,
      [plan.booking.id],
    );
    expect({ status: commitment?.status, payloads: rows.map((row) => row.payload) }).toEqual({
      status: 'PENDING',
      payloads: [
        {
          bookingId: plan.booking.id,
          supplierStatusId: commitment?.id,
          supplierId: null,
          previousStatus: null,
          status: 'pending',
          cause: 'reservation_plan',
        },
      ],
    });
  });
});
