import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { AddBookingSupplierStatusDocument, createBookingsClient } from '@bookings/react';
import { ADMIN, launchBrowser, openSignedIn, screenshot, seedBooking, tokenFor, uniqueName } from './support';

/** A PENDING commitment to `serviceName` on the booking, recorded as an admin. */
async function seedCommitment(bookingId: string, serviceName: string): Promise<void> {
  const client = createBookingsClient({ url: inject('gatewayUrl'), getToken: () => tokenFor(ADMIN) });
  const { addBookingSupplierStatus } = await client.request(AddBookingSupplierStatusDocument, {
    input: { bookingId, serviceName, supplierReference: 'DB-7' },
  });
  if (addBookingSupplierStatus.__typename !== 'BookingSupplierStatus')
    throw new Error(`seeding failed: ${addBookingSupplierStatus.__typename}`);
}

describe('supplier commitments in the admin detail view', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("an admin records a supplier's acceptance, and only the moves left are offered", async () => {
    const lastName = uniqueName('Supplierescu');
    const booking = await seedBooking(lastName);
    await seedCommitment(booking.id, 'Delta boats');
    const page = await openSignedIn(browser, ADMIN);

    await page.getByLabel('Search').fill(lastName);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('total-count').getByText('1 bookings').waitFor();
    await page.getByTestId('booking-row').getByRole('link').click();
    const commitment = page.getByTestId('supplier-commitment');
    await commitment.getByText('PENDING').waitFor();
    expect(await page.getByTestId('supplier-confirmation').textContent()).toBe('PENDING');
    expect(await commitment.getByRole('button').allTextContents()).toEqual([
      'Mark accepted',
      'Mark refused',
      'Withdraw request',
    ]);
    await commitment.getByRole('button', { name: 'Mark accepted' }).click();

    await page.getByRole('status').getByText('Delta boats is now CONFIRMED.').waitFor();
    await page.getByTestId('supplier-confirmation').getByText('CONFIRMED').waitFor();
    expect(await commitment.getByRole('button').allTextContents()).toEqual(['Withdraw request']);
    await screenshot(page, 'admin-supplier-accepted');
    await page.close();
  });
});
