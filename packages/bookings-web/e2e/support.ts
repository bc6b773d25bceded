import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import {
  BookingByNumberDocument,
  CreateBookingDocument,
  TransitionBookingDocument,
  UpsertTravelerTravelDetailsDocument,
  createBookingsClient,
  type CreateBookingInput,
  type CreateBookingMutation,
} from '@bookings/react';

export interface Caller {
  sub: string;
  type: 'user' | 'agent';
  scope: string;
}

export const ADMIN: Caller = { sub: 'usr_admin', type: 'user', scope: 'bookings:* bookings-pii:* approvals:decide' };
export const AGENT: Caller = { sub: 'agt_concierge', type: 'agent', scope: 'bookings:read bookings:write' };
export const UNSCOPED: Caller = { sub: 'usr_support', type: 'user', scope: 'bookings:read bookings:write' };

/** Screenshots stay after the run (CI keeps test-artifacts/ as the run's artifacts); the folder is gitignored. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/e2e/', import.meta.url));

/** What this machine's closed network needs: no background calls home, no QUIC, no GPU, no sandbox as root. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (scripts/ensure-chromium.sh), headless; Playwright gives every launch a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export function tokenFor(caller: Caller): Promise<string> {
  return new SignJWT({ principal_type: caller.type, scope: caller.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(inject('jwtSecret')));
}

/** Opens the app and signs in the way a person does: pasting a token. */
export async function openSignedIn(browser: Browser, caller: Caller): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(inject('appUrl'));
  await page.getByLabel('Access token').fill(await tokenFor(caller));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('subject').getByText(caller.sub).waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, fullPage: true });
}

const clientAs = (caller: Caller) =>
  createBookingsClient({ url: inject('gatewayUrl'), getToken: () => tokenFor(caller) });
const adminClient = () => clientAs(ADMIN);

type SeededBooking = Extract<CreateBookingMutation['createBooking'], { __typename: 'Booking' }>;

/** A DRAFT booking whose buyer's last name is `lastName` (searchable), with two travelers. */
export async function seedBooking(
  lastName: string,
  overrides: Partial<CreateBookingInput> = {},
): Promise<SeededBooking> {
  const { createBooking } = await adminClient().request(CreateBookingDocument, {
    input: {
      sellCurrency: 'EUR',
      contact: { firstName: 'Maria', lastName, email: 'maria@example.com', phone: '+40 712 345 678' },
      startDate: '2027-05-01',
      endDate: '2027-05-04',
      items: [{ title: 'Danube delta tour', quantity: 2, unitSellAmount: { amountCents: 12500, currency: 'EUR' } }],
      travelers: [
        { firstName: 'Maria', lastName, email: 'maria@example.com', isPrimary: true },
        { firstName: 'Andrei', lastName },
      ],
      ...overrides,
    },
  });
  if (createBooking.__typename !== 'Booking') throw new Error(`seeding failed: ${createBooking.__typename}`);
  return createBooking;
}

export async function seedTravelDetails(travelerId: string, documentNumber: string): Promise<void> {
  const { upsertTravelerTravelDetails } = await adminClient().request(UpsertTravelerTravelDetailsDocument, {
    input: { travelerId, documentNumber, nationality: 'RO', dateOfBirth: '1988-02-14' },
  });
  if (upsertTravelerTravelDetails.__typename !== 'BookingTraveler')
    throw new Error(`seeding failed: ${upsertTravelerTravelDetails.__typename}`);
}

export function uniqueName(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * An agent asks to cancel (it gets an approval request, the booking is untouched), and once `approvalId` is
 * given, repeats the call to execute it; answers the result's `__typename` and the approval id.
 */
export async function cancelAsAgent(
  bookingId: string,
  approvalId?: string,
): Promise<{ typename: string; approvalId?: string }> {
  const input = {
    id: bookingId,
    to: 'CANCELLED' as const,
    reason: 'Guest asked',
    idempotencyKey: `cancel-${bookingId}`,
    approvalId,
  };
  const { transitionBooking } = await clientAs(AGENT).request(TransitionBookingDocument, { input });
  return {
    typename: transitionBooking.__typename,
    approvalId: transitionBooking.__typename === 'ApprovalRequired' ? transitionBooking.approval.id : undefined,
  };
}

/** A booking as the back office sees it, by its number: what a storefront booking really wrote. */
export async function bookingByNumber(bookingNumber: string) {
  const { bookingByNumber: booking } = await adminClient().request(BookingByNumberDocument, { bookingNumber });
  return booking;
}
