import { createElement, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, type RenderHookResult } from '@testing-library/react';
import { SignJWT } from 'jose';
import { inject } from 'vitest';
import { BookingsClientProvider, createBookingsClient, type BookingsClient } from '../src';
import { CreateBookingDocument, type CreateBookingInput, type CreateBookingMutation } from '../src/generated/graphql';

export interface Caller {
  sub: string;
  type: 'user' | 'api_key' | 'agent' | 'workflow' | 'system';
  scope: string;
}

export const ADMIN: Caller = {
  sub: 'usr_admin',
  type: 'user',
  scope: 'bookings:* bookings-pii:* inventory:write approvals:decide',
};
export const READER: Caller = { sub: 'usr_reader', type: 'user', scope: 'bookings:read' };
export const AGENT: Caller = { sub: 'agt_assistant', type: 'agent', scope: 'bookings:read bookings:write' };

/** A token the started subgraph accepts, signed with the secret it was started with. */
export function tokenFor(caller: Caller): Promise<string> {
  return new SignJWT({ principal_type: caller.type, scope: caller.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(inject('jwtSecret')));
}

/** Requests this client sent, by operation name: proves what a hook did (or did not) fetch. */
export interface SentOperations {
  names: string[];
  /** The `Checkout-Capability` header of each request, in order; null when it had none. */
  capabilities?: (string | null)[];
}

/**
 * A client for `caller` against the started gateway, through the DOM environment's fetch: the gateway is
 * another origin, so requests go through a CORS preflight as a deployed front end's would.
 */
export function clientFor(caller: Caller | null, sent: SentOperations = { names: [] }): BookingsClient {
  return createBookingsClient({
    url: inject('gatewayUrl'),
    getToken: () => (caller ? tokenFor(caller) : undefined),
    fetch: async (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query: string }) : { query: '' };
      sent.names.push(/(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? 'anonymous');
      const headers = (init?.headers ?? {}) as Record<string, string>;
      sent.capabilities?.push(headers['checkout-capability'] ?? null);
      return globalThis.fetch(input, init);
    },
  });
}

export function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Renders `hook` inside the providers a front end sets up, for `caller` (null: no token at all). */
export function renderBookingsHook<Result>(
  hook: () => Result,
  options: { caller: Caller | null; queryClient?: QueryClient; sent?: SentOperations; client?: BookingsClient },
): RenderHookResult<Result, unknown> & { queryClient: QueryClient } {
  const queryClient = options.queryClient ?? newQueryClient();
  const client = options.client ?? clientFor(options.caller, options.sent);
  const wrapper = ({ children }: { children?: ReactNode }) =>
    createElement(
      QueryClientProvider,
      { client: queryClient },
      createElement(BookingsClientProvider, { client }, children),
    );
  return { ...renderHook(hook, { wrapper }), queryClient };
}

let sequence = 0;

/** A valid createBooking input, different on every call; `marker` ends up in the contact's last name (searchable). */
export function bookingInput(marker: string, overrides: Partial<CreateBookingInput> = {}): CreateBookingInput {
  sequence += 1;
  return {
    sellCurrency: 'EUR',
    contact: {
      firstName: 'Ana',
      lastName: `${marker}${sequence}`,
      email: `ana${sequence}@example.com`,
      phone: '+40 712 345 678',
    },
    // Search finds substrings of the reference; names only exactly (blind index), so the marker lives here.
    externalBookingRef: `${marker}-${sequence}`,
    startDate: '2027-03-01',
    endDate: '2027-03-05',
    items: [{ title: 'Danube delta tour', quantity: 2, unitSellAmount: { amountCents: 12500, currency: 'EUR' } }],
    travelers: [
      { firstName: 'Ana', lastName: `${marker}${sequence}`, isPrimary: true, email: 'ana@example.com' },
      { firstName: 'Ion', lastName: `${marker}${sequence}` },
    ],
    ...overrides,
  };
}

type CreatedBooking = Extract<CreateBookingMutation['createBooking'], { __typename: 'Booking' }>;

/** Seeds a booking through the typed client, as an admin. */
export async function seedBooking(
  marker: string,
  overrides: Partial<CreateBookingInput> = {},
): Promise<CreatedBooking> {
  const { createBooking } = await clientFor(ADMIN).request(CreateBookingDocument, {
    input: bookingInput(marker, overrides),
  });
  if (createBooking.__typename !== 'Booking') throw new Error(`seeding failed: ${createBooking.__typename}`);
  return createBooking;
}

/** A marker no other test's bookings carry, so a search finds only this test's bookings (by their reference). */
export function uniqueMarker(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}
