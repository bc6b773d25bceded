import {
  ADULT_UNIT_ID,
  ALPS_DAY_TOUR,
  EARLY_BIRD_CATEGORY_ID,
  MORNING_TOUR,
  PICKUP_HOTEL_QUESTION,
} from '../../../examples/supergraph/catalog/seed';
import type { BookingsClient } from '../src';
import {
  SetAllocationCapacityDocument,
  StartPublicBookingSessionDocument,
  type StartStorefrontSessionInput,
} from '../src/generated/graphql';
import type { PublicBookingSession } from '../src/hooks/storefront';
import { ADMIN, clientFor, type Caller, type SentOperations } from './support';

export { EARLY_BIRD_CATEGORY_ID, PICKUP_HOTEL_QUESTION };

/** A storefront's publishable key: it may start sessions, and reads nothing without a session's capability. */
export const STOREFRONT: Caller = { sub: 'key_web_shop', type: 'api_key', scope: 'bookings:storefront' };

/** Two adults on the example catalog's morning tour: 2 × 250.00 EUR at the public rate, 2 × 210.00 early-bird. */
export const CATALOG_TOTAL_CENTS = 50_000;
export const EARLY_BIRD_TOTAL_CENTS = 42_000;

let slots = 0;

/** Inventory declares a fresh departure slot of the morning tour with `capacity` seats. */
export async function declareMorningSlot(capacity = 10): Promise<string> {
  slots += 1;
  const targetId = `slot_alps_${Date.now().toString(36)}_${slots}`;
  await clientFor(ADMIN).request(SetAllocationCapacityDocument, {
    input: { kind: 'SLOT', targetId, capacity, productId: ALPS_DAY_TOUR.id, optionId: MORNING_TOUR.id },
  });
  return targetId;
}

/** What a shop starts a session with: two adults on `slot`, with or without a buyer. */
export function startInput(slot: string, options: { withBuyer?: boolean } = {}): StartStorefrontSessionInput {
  const buyer = options.withBuyer ?? true;
  return {
    storefrontId: 'sf_web',
    items: [
      {
        productId: ALPS_DAY_TOUR.id,
        optionId: MORNING_TOUR.id,
        optionUnitId: ADULT_UNIT_ID,
        availabilitySlotId: slot,
        quantity: 2,
      },
    ],
    ...(buyer
      ? {
          contact: { firstName: 'Ada', lastName: 'Buyer', email: 'ada@example.com' },
          travelers: [
            { firstName: 'Ada', lastName: 'Buyer', isPrimary: true },
            { firstName: 'Bob', lastName: 'Buyer' },
          ],
        }
      : {}),
  };
}

/** A shop's client that started a session on a fresh slot and holds its capability, as a browser tab would. */
export async function startedSession(
  options: { withBuyer?: boolean; sent?: SentOperations } = {},
): Promise<{ client: BookingsClient; session: PublicBookingSession }> {
  const client = clientFor(STOREFRONT, options.sent);
  const { startStorefrontSession: started } = await client.request(StartPublicBookingSessionDocument, {
    input: startInput(await declareMorningSlot(), options),
  });
  if (started.__typename !== 'StartStorefrontSessionPayload') throw new Error(`start failed: ${started.__typename}`);
  client.checkoutCapabilities.set(started.capability);
  return { client, session: started.session };
}
