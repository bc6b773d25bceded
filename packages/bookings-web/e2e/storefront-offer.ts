import { SignJWT } from 'jose';
import {
  ADULT_UNIT_ID,
  ALPS_DAY_TOUR,
  EARLY_BIRD_CATEGORY_ID,
  MORNING_TOUR,
} from '../../../examples/supergraph/catalog/seed';
import type { OfferedDeparture } from '../src/storefront/offer';

/** The departure the storefront specs book: the example catalog's morning Alps tour, two fares. */
export const MORNING_DEPARTURE: OfferedDeparture = {
  slotId: 'slot_alps_morning_e2e',
  label: 'Alps day tour · morning departure',
  productId: ALPS_DAY_TOUR.id,
  optionId: MORNING_TOUR.id,
  optionUnitId: ADULT_UNIT_ID,
  fares: [
    { label: 'Standard', pricingCategoryId: null },
    { label: 'Early bird', pricingCategoryId: EARLY_BIRD_CATEGORY_ID },
  ],
};

const DEPARTURES = [MORNING_DEPARTURE];

const SET_CAPACITY = `mutation SetCapacity($input: SetAllocationCapacityInput!) {
  setAllocationCapacity(input: $input) { targetId }
}`;

function sign(secret: string, claims: { sub: string; type: string; scope: string }): Promise<string> {
  return new SignJWT({ principal_type: claims.type, scope: claims.scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
}

/**
 * Inventory declares the departures' seats, and the build gets what a shop's deployment is configured with:
 * its publishable key (bookings:storefront only) and the departures on sale. Vite reads VITE_* from the
 * environment when it builds.
 */
export async function openStorefront(gatewayUrl: string, jwtSecret: string): Promise<void> {
  const inventory = await sign(jwtSecret, { sub: 'usr_inventory', type: 'user', scope: 'inventory:write' });
  for (const departure of DEPARTURES) {
    const input = {
      kind: 'SLOT',
      targetId: departure.slotId,
      capacity: 40,
      productId: departure.productId,
      optionId: departure.optionId,
    };
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inventory}` },
      body: JSON.stringify({ query: SET_CAPACITY, variables: { input } }),
    });
    const answer = (await response.json()) as { errors?: unknown[] };
    if (answer.errors) throw new Error(`declaring ${departure.slotId} failed: ${JSON.stringify(answer.errors)}`);
  }
  process.env.VITE_BOOKINGS_STOREFRONT_KEY = await sign(jwtSecret, {
    sub: 'key_web_shop',
    type: 'api_key',
    scope: 'bookings:storefront',
  });
  process.env.VITE_STOREFRONT_DEPARTURES = JSON.stringify(DEPARTURES);
}
