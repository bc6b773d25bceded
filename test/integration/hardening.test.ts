import { randomBytes } from 'node:crypto';
import { typeid } from 'typeid-js';
import { createDetailedBooking, rowCounts } from '../fixtures/booking-operations';
import { bookingInput, CREATE_BOOKING } from '../fixtures/bookings';
import { expectGraphqlError } from '../helpers/results';
import { startTestApp, type GraphqlResponse, type TestApp } from '../helpers/test-app';

let app: TestApp;
let bookingId: string;
beforeAll(async () => {
  app = await startTestApp();
  bookingId = (await createDetailedBooking(app, bookingInput())).id;
});
afterAll(() => app.stop());

/** A raw HTTP call, for what the JSON helper cannot express (methods, bodies, headers). */
async function raw(init: {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  search?: string;
  token?: boolean;
}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== false) headers.authorization = `Bearer ${await app.token()}`;
  const response = await fetch(`${app.url}${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** `booking { items { booking { items { … { id } } } } }`, `levels` pairs deep. */
function nestedBookingQuery(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) selection = `items { booking { ${selection} } }`;
  return `query($id: ID!) { booking(id: $id) { ${selection} } }`;
}

/** Proof that a response leaks nothing of the server's insides. */
function expectNothingInternal(body: string): void {
  for (const leak of [
    /\bat [\w.<>]+ \(/,
    /node_modules/,
    /\.ts:\d+/,
    /\/work\//,
    /\bselect\b/i,
    /\binsert into\b/i,
    /\brelation\b/i,
    /booking_notes/,
    /booking_activities/,
    /stacktrace/i,
  ]) {
    expect(body).not.toMatch(leak);
  }
}

describe('operation limits', () => {
  it('rejects a very deep query before running it', async () => {
    const response = await app.graphql(nestedBookingQuery(8), { id: bookingId });
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/depth/i);
    expect(response.data ?? null).toBeNull();
    expect(response.sqlStatements).toBe(0);
  });

  it(
    'runs the deepest real operation: a page of bookings with items, ' + 'their travelers and those travelers’ items',
    async () => {
      const response =
        await app.graphql(`query { bookings(first: 5) { totalCount pageInfo { endCursor } edges { cursor node {
      id sellAmount { amountCents currency }
      items { id totalSellAmount { amountCents currency } travelers { role traveler { id items { role item {
      id totalSellAmount { amountCents } } } } } }
      travelers { id items { item { id } } }
      activity(first: 5) { totalCount edges { node { type } } pageInfo { hasNextPage } }
    } } } }`);
      expect(response.errors).toBeUndefined();
    },
  );

  it('rejects a flood of aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, n) => `b${n}: booking(id: $id) { id }`).join(' ');
    const response = await app.graphql(`query($id: ID!) { ${aliases} }`, { id: bookingId });
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/alias/i);
    expect(response.sqlStatements).toBe(0);
  });

  it('counts __typename aliases against the alias limit', async () => {
    const aliases = Array.from({ length: 31 }, (_, n) => `t${n}: __typename`).join(' ');
    const response = await app.graphql(`query { ${aliases} }`);
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/alias/i);
  });

  it('runs a dashboard that asks for a few lists under aliases', async () => {
    const response = await app.graphql(
      `query { drafts: bookings(filter: { status: [DRAFT] }) { totalCount } confirmed: bookings(filter: {
        status: [CONFIRMED] }) { totalCount } recent: bookings(first: 10) { edges { node { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
  });

  it('rejects a query whose cost is out of proportion', async () => {
    const lists = Array.from(
      { length: 20 },
      (_, n) =>
        `l${n}: bookings(first: 100) { edges { node { items { travelers { traveler { items { item { id title
          } } } } } } } }`,
    ).join(' ');
    const response = await app.graphql(`query { ${lists} }`);
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/cost/i);
  });

  it('rejects a document with too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => 'id').join(' ');
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { ${fields} } }`, { id: bookingId });
    expectGraphqlError(response, 'GRAPHQL_PARSE_FAILED');
  });
});

describe('HTTP transport', () => {
  it('refuses batched requests (a JSON array body)', async () => {
    const response = await raw({
      headers: JSON_HEADERS,
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(response.json.errors?.[0].message).toMatch(/batching/i);
  });

  it('refuses a GET without a preflight header as a possible CSRF', async () => {
    const response = await raw({
      method: 'GET',
      search: `?query=${encodeURIComponent(`{ booking(id: "${bookingId}") { id } }`)}`,
    });
    expect(response.status).toBe(400);
    expect(response.json.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(response.json.data ?? null).toBeNull();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a simple %s POST without a preflight header',
    async (contentType) => {
      const before = await rowCounts(app);
      const response = await raw({
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: CREATE_BOOKING, variables: { input: { sellCurrency: 'EUR' } } }),
      });
      expect(response.status).toBe(400);
      expect(response.json.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
      expect(await rowCounts(app)).toEqual(before);
    },
  );

  it('serves a GET query that carries a preflight header', async () => {
    const response = await raw({
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
      search: `?query=${encodeURIComponent(`{ booking(id: "${bookingId}") { id } }`)}`,
    });
    expect(response.status).toBe(200);
    expect(response.json.data).toEqual({ booking: { id: bookingId } });
  });

  it('refuses a mutation sent with GET', async () => {
    const before = await rowCounts(app);
    const mutation = `mutation { createBooking(input: { sellCurrency: "EUR" }) { __typename } }`;
    const response = await raw({
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
      search: `?query=${encodeURIComponent(mutation)}`,
    });
    expect(response.status).toBe(405);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('answers a malformed JSON body with 400', async () => {
    const response = await raw({ headers: JSON_HEADERS, body: '{"query": "{ __typename }"' });
    expect(response.status).toBe(400);
    expect(response.json.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers a body over 1 MB with 413', async () => {
    const response = await raw({
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(response.json.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('keeps serving after refusing an oversized body', async () => {
    await raw({ headers: JSON_HEADERS, body: 'x'.repeat(1_100_000) });
    const response = await app.graphql(`query($id: ID!) { booking(id: $id) { id } }`, { id: bookingId });
    expect(response.data).toEqual({ booking: { id: bookingId } });
  });

  it('echoes the caller’s request id', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-request-id': 'req-hardening-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-hardening-1');
  });

  it('gives a request without one a fresh request id', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});

describe('errors', () => {
  /** Moves a table away for the duration of `action`: the safe way to make the database fail. */
  async function withTableMissing<T>(table: string, action: () => Promise<T>): Promise<T> {
    await app.database.pool.query(`alter table "${table}" rename to "${table}_hidden"`);
    try {
      return await action();
    } finally {
      await app.database.pool.query(`alter table "${table}_hidden" rename to "${table}"`);
    }
  }

  function expectMasked(response: GraphqlResponse): void {
    const error = expectGraphqlError(response, 'INTERNAL_SERVER_ERROR');
    expect(error?.message).toBe('Internal server error');
    expect(error?.extensions?.errorReference).toEqual(expect.any(String));
    expect(Object.keys(error?.extensions ?? {}).sort()).toEqual(['code', 'errorReference']);
    expectNothingInternal(JSON.stringify(response.errors));
  }

  it('masks a database failure on a read: no stack, no SQL, a reference to the log', async () => {
    const response = await withTableMissing('booking_notes', () =>
      app.graphql(`query($id: ID!) { booking(id: $id) { id notes { id content } } }`, { id: bookingId }),
    );
    expectMasked(response);
    expect(response.errors?.[0].path).toEqual(['booking', 'notes']);
  });

  it('masks a database failure on a write and commits nothing', async () => {
    const before = await rowCounts(app);
    const response = await withTableMissing('booking_activities', () =>
      app.graphql(CREATE_BOOKING, { input: bookingInput() }),
    );
    expectMasked(response);
    expect(response.data?.createBooking ?? null).toBeNull();
    expect(await rowCounts(app)).toEqual(before);
  });

  it('masks only the failing fields, each with its own reference, and answers the rest', async () => {
    const response = await withTableMissing('booking_notes', () =>
      app.graphql(
        `query($a: ID!, $b: ID!) { a: booking(id: $a) { notes { id } } d: booking(id: $a) { notes { content }
          } b: booking(id: $a) { origin { originSource } } c: booking(id: $b) { id } }`,
        { a: bookingId, b: typeid('book').toString() },
      ),
    );
    expectMasked(response);
    expect(response.data).toEqual({ a: null, d: null, b: { origin: null }, c: null });
    const references = response.errors?.map((error) => error.extensions?.errorReference);
    expect(references).toHaveLength(2);
    expect(new Set(references).size).toBe(2);
  });

  it('reports a validation error without internals', async () => {
    const response = await app.graphql(`query { bookings { totalCont } }`);
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expectNothingInternal(JSON.stringify(response.errors));
  });

  it('reports bad input without a stack trace', async () => {
    const response = await app.graphql(CREATE_BOOKING, { input: bookingInput({ sellCurrency: 'euro' }) });
    const error = expectGraphqlError(response, 'BAD_USER_INPUT', 'input.sellCurrency');
    expect(error?.extensions).not.toHaveProperty('stacktrace');
    expectNothingInternal(JSON.stringify(response.errors));
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({
      env: {
        NODE_ENV: 'production',
        ALLOW_DIRECT_ACCESS: 'true',
        KMS_PROVIDER: 'local',
        PII_LOCAL_MASTER_KEY: randomBytes(32).toString('base64'),
      },
    });
  });
  afterAll(() => production.stop());

  it('hides field suggestions', async () => {
    const development = await app.graphql(`query { bookings { totalCont } }`);
    expect(development.errors?.[0].message).toMatch(/Did you mean/);
    const response = await production.graphql(`query { bookings { totalCont } }`);
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses introspection', async () => {
    const response = await production.graphql(`query { __schema { types { name } } }`);
    expectGraphqlError(response, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('still serves _service { sdl } to the router', async () => {
    const response = await production.graphql<{ _service: { sdl: string } }>(
      `query { _service { sdl } }`,
      {},
      { as: null },
    );
    expect(response.data?._service.sdl).toContain('type Booking');
  });
});
