import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  cancelAsAgent,
  UNSCOPED,
  launchBrowser,
  openSignedIn,
  screenshot,
  seedBooking,
  seedTravelDetails,
  uniqueName,
} from './support';

async function openBooking(page: Page, search: string): Promise<void> {
  await page.getByLabel('Search').fill(search);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByTestId('total-count').getByText('1 bookings').waitFor();
  await page.getByTestId('booking-row').getByRole('link').click();
  await page.getByRole('heading', { name: 'Items' }).waitFor();
}

describe('admin view in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('an admin finds a draft booking by name and confirms it', async () => {
    const lastName = uniqueName('Confirmescu');
    await seedBooking(lastName);
    const page = await openSignedIn(browser, ADMIN);

    await openBooking(page, lastName);
    expect(await page.getByTestId('booking-status').textContent()).toBe('DRAFT');
    await page.getByRole('button', { name: 'Confirm' }).click();

    await page.getByRole('status').getByText('Booking is now CONFIRMED.').waitFor();
    expect(await page.getByTestId('booking-status').textContent()).toBe('CONFIRMED');
    await page
      .getByTestId('activity-entry')
      .filter({ hasText: /confirmed/i })
      .first()
      .waitFor();
    await screenshot(page, 'admin-confirmed');
    await page.close();
  });

  it('an admin cancels a booking with a reason, and the list filtered by CANCELLED shows it', async () => {
    const lastName = uniqueName('Cancelescu');
    await seedBooking(lastName);
    const page = await openSignedIn(browser, ADMIN);

    await openBooking(page, lastName);
    await page.getByLabel('Reason').fill('Customer asked');
    await page.getByRole('button', { name: 'Cancel booking' }).click();

    await page.getByRole('status').getByText('Booking is now CANCELLED.').waitFor();
    await page.getByText('No further moves: the booking is CANCELLED.').waitFor();
    await screenshot(page, 'admin-cancelled');

    await page.getByRole('link', { name: '← All bookings' }).click();
    await page.getByLabel('Search').fill(lastName);
    await page.getByLabel('Status').selectOption('CANCELLED');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('total-count').getByText('1 bookings').waitFor();
    expect(await page.getByTestId('booking-row').locator('.status').textContent()).toBe('CANCELLED');
    await page.getByLabel('Status').selectOption('CONFIRMED');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('total-count').getByText('0 bookings').waitFor();
    await page.close();
  });

  it('a user without bookings-pii:read sees travelers masked and no reveal action', async () => {
    const lastName = uniqueName('Maskescu');
    const booking = await seedBooking(lastName);
    const page = await openSignedIn(browser, UNSCOPED);

    // Searching personal fields needs the scope too (else the search would leak them): find it by number.
    await openBooking(page, booking.bookingNumber);

    expect(await page.getByTestId('traveler-name').allTextContents()).toEqual(['*** *** (lead)', '*** ***']);
    expect(await page.getByTestId('contact-email').textContent()).toBe('m***a@example.com');
    await page.getByText('Personal data is masked: it needs the bookings-pii:read scope.').waitFor();
    expect(await page.getByRole('button', { name: 'Reveal travel details' }).count()).toBe(0);
    expect(await page.getByText(lastName).count()).toBe(0);
    await screenshot(page, 'unscoped-masked');
    await page.close();
  });

  it("an admin reveals a traveler's encrypted travel details on demand", async () => {
    const lastName = uniqueName('Revealescu');
    const booking = await seedBooking(lastName);
    const lead = booking.travelers.find((traveler) => traveler.isPrimary);
    if (!lead) throw new Error('the seeded booking has no lead traveler');
    await seedTravelDetails(lead.id, 'RX445566');
    const page = await openSignedIn(browser, ADMIN);

    await openBooking(page, lastName);
    expect(await page.getByTestId('traveler-name').first().textContent()).toBe(`Maria ${lastName} (lead)`);
    expect(await page.getByText('RX445566').count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal travel details' }).click();

    await page.getByTestId('travel-details').getByText('PASSPORT RX445566 · RO · born 1988-02-14').waitFor();
    expect(await page.getByTestId('travel-details').nth(1).textContent()).toBe('None stored');
    await screenshot(page, 'admin-revealed');
    await page.close();
  });

  it('an admin approves the cancellation an agent asked for, and the agent then cancels', async () => {
    const lastName = uniqueName('Approvescu');
    const booking = await seedBooking(lastName);
    const request = await cancelAsAgent(booking.id);
    expect(request.typename).toBe('ApprovalRequired');
    const page = await openSignedIn(browser, ADMIN);

    await openBooking(page, lastName);
    const row = page.getByTestId('approval-row');
    expect(await row.locator('.status').textContent()).toBe('PENDING');
    expect(await page.getByTestId('booking-status').textContent()).toBe('DRAFT');
    await row.getByRole('button', { name: 'Approve' }).click();

    await page.getByRole('status').getByText('Approval approved.').waitFor();
    expect(await row.locator('.status').textContent()).toBe('APPROVED');
    await screenshot(page, 'admin-approved');
    expect((await cancelAsAgent(booking.id, request.approvalId)).typename).toBe('Booking');
    await page.reload();
    await page.getByTestId('booking-status').getByText('CANCELLED').waitFor();
    await page.close();
  });
});
