import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { MORNING_DEPARTURE } from './storefront-offer';
import { bookingByNumber, launchBrowser, screenshot } from './support';

async function openShop(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${inject('appUrl')}#/book`);
  return page;
}

/** Picks the morning departure for two and fills in who travels: the journey up to the answers step. */
async function startForTwo(page: Page, lastName: string): Promise<void> {
  await page.getByLabel(MORNING_DEPARTURE.label).check();
  await page.getByLabel('Travelers').fill('2');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who is travelling?' }).waitFor();
  await page.getByLabel('First name', { exact: true }).fill('Ada');
  await page.getByLabel('Last name', { exact: true }).fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill('ada@example.com');
  await page.getByLabel('Traveler 2 first name').fill('Bob');
  await page.getByLabel('Traveler 2 last name').fill(lastName);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'A few questions' }).waitFor();
}

describe('storefront in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('a customer books two seats at the early-bird price the catalog quotes, and gets a booking number', async () => {
    const page = await openShop(browser);
    await startForTwo(page, 'Lovelace');
    // Two adults at the catalog's public rate, before any fare is chosen.
    expect(await page.getByTestId('session-total').textContent()).toBe('500.00 EUR');
    // The example catalog's morning tour requires the pickup hotel (a question for the booking).
    await page.getByLabel('Hotel to pick you up from').fill('Hotel Post, Grindelwald');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Your price' }).waitFor();
    await page.getByLabel('Early bird').check();
    await page.getByRole('button', { name: 'Show price' }).click();
    await page.getByTestId('quote-total').getByText('420.00 EUR').waitFor();
    await screenshot(page, 'storefront-quote');
    await page.getByRole('button', { name: 'Accept this price' }).click();

    await page.getByRole('heading', { name: 'Review and confirm' }).waitFor();
    expect(await page.getByTestId('review-total').textContent()).toBe('420.00 EUR');
    expect(await page.getByTestId('review-traveler').allTextContents()).toEqual([
      'Ada Lovelace (lead)',
      'Bob Lovelace',
    ]);
    await screenshot(page, 'storefront-review');
    await page.getByRole('button', { name: 'Confirm booking' }).click();

    await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    const bookingNumber = (await page.getByTestId('booking-number').textContent()) ?? '';
    expect(bookingNumber).toMatch(/^BK-\d{4}-\d{6}$/);
    expect(await page.getByTestId('booked-total').textContent()).toBe('420.00 EUR');
    await screenshot(page, 'storefront-booked');
    expect(await bookingByNumber(bookingNumber)).toMatchObject({
      status: 'CONFIRMED',
      pax: 2,
      sellAmount: { amountCents: 42_000, currency: 'EUR' },
    });
    await page.close();
  });

  it("asks the catalog's questions: the lunch for each traveler, the pickup hotel once", async () => {
    const page = await openShop(browser);
    await startForTwo(page, 'Questionescu');

    const labels = await page.getByRole('region', { name: 'Answers' }).locator('label').allTextContents();
    expect(labels).toEqual([
      'Dietary requirements for the mountain lunch — Ada Questionescu (optional)',
      'Dietary requirements for the mountain lunch — Bob Questionescu (optional)',
      'Hotel to pick you up from',
    ]);
    await screenshot(page, 'storefront-answers');
    await page.close();
  });

  it('a reload of the tab continues the booking at the step the wizard state names', async () => {
    const page = await openShop(browser);
    await startForTwo(page, 'Reloadescu');

    await page.reload();

    await page.getByRole('heading', { name: 'A few questions' }).waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toBe('Answers');
    await page.close();
  });

  it('another browser opening the booking link is refused: it holds no checkout capability', async () => {
    const page = await openShop(browser);
    await startForTwo(page, 'Linkescu');
    const link = page.url();

    const stranger = await browser.newPage();
    await stranger.goto(link);

    await stranger
      .getByRole('alert')
      .getByText('This booking can only be continued in the browser tab that started it.')
      .waitFor();
    await screenshot(stranger, 'storefront-refused-without-capability');
    await Promise.all([page.close(), stranger.close()]);
  });
});
