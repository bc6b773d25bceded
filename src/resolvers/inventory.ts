import { GraphQLError } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { allocationCapacityArgs } from '../validation/inventory-inputs';
import { pageArgs } from '../validation/booking-queries';
import { parseArgument } from '../validation/parse';

function keyOf(reference: unknown, typeName: string): string {
  const { id } = reference as { id?: unknown };
  if (typeof id !== 'string')
    throw new GraphQLError(`A ${typeName} representation needs its key fields`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return id;
}

/** Foreign keys guarantee the parent exists; a miss means a concurrent delete, reported as such. */
async function parent<T>(pending: Promise<T | null>): Promise<T> {
  const value = await pending;
  if (value === null)
    throw new GraphQLError('The record was deleted while it was being read', { extensions: { code: 'NOT_FOUND' } });
  return value;
}

const optional = <T>(
  load: (id: string) => Promise<T | null>,
  id: string | null | undefined,
): Promise<T | null> | null => (id ? load(id) : null);

export const inventoryResolvers: Resolvers = {
  Query: {
    allocationCapacity: (_root, args, context) => {
      const key = parseArgument(allocationCapacityArgs, args, 'allocationCapacity');
      return context.loaders.capacityByTarget.load(key);
    },
  },
  Booking: {
    allocations: (booking, _args, context) => context.loaders.allocationsByBooking.load(booking.id),
    fulfillments: (booking, _args, context) => context.loaders.fulfillmentsByBooking.load(booking.id),
    redemptions: (booking, _args, context) => context.loaders.redemptionsByBooking.load(booking.id),
  },
  BookingItem: {
    allocations: (item, _args, context) => context.loaders.allocationsByItem.load(item.id),
  },
  AllocationCapacity: {
    remaining: (value) => (value.capacity === null ? null : value.capacity - value.consumed),
    unlimited: (value) => value.capacity === null,
    overCommitted: (value) => (value.capacity === null ? 0 : Math.max(0, value.consumed - value.capacity)),
  },
  BookingAllocation: {
    __resolveReference: (reference, context) =>
      context.loaders.allocationById.load(keyOf(reference, 'BookingAllocation')),
    booking: (allocation, _args, context) => parent(context.loaders.bookingById.load(allocation.booking)),
    item: (allocation, _args, context) => parent(context.loaders.itemById.load(allocation.item)),
    slot: (allocation) => (allocation.kind === 'slot' ? { id: allocation.targetId } : null),
  },
  AvailabilitySlot: {
    // The inventory subgraph owns slots: any id is a slot as far as we are concerned.
    __resolveReference: (reference) => ({ id: keyOf(reference, 'AvailabilitySlot') }),
    remainingCapacity: async (slot, _args, context) => {
      const capacity = await context.loaders.capacityByTarget.load({ kind: 'slot', targetId: slot.id });
      if (!capacity || capacity.capacity === null) return null;
      return Math.max(0, capacity.capacity - capacity.consumed);
    },
    allocations: (slot, args, context) => {
      const { first, after } = parseArgument(pageArgs, args, 'allocations');
      return context.loaders.slotAllocationPage.load({ slotId: slot.id, first, after: after ?? null });
    },
  },
  BookingFulfillment: {
    __resolveReference: (reference, context) =>
      context.loaders.fulfillmentById.load(keyOf(reference, 'BookingFulfillment')),
    booking: (fulfillment, _args, context) => parent(context.loaders.bookingById.load(fulfillment.booking)),
    item: (fulfillment, _args, context) => optional((id) => context.loaders.itemById.load(id), fulfillment.item),
    traveler: (fulfillment, _args, context) =>
      optional((id) => context.loaders.travelerById.load(id), fulfillment.traveler),
    redemption: (fulfillment, _args, context) => context.loaders.redemptionByFulfillment.load(fulfillment.id),
  },
  BookingRedemption: {
    booking: (redemption, _args, context) => parent(context.loaders.bookingById.load(redemption.booking)),
    fulfillment: (redemption, _args, context) => parent(context.loaders.fulfillmentById.load(redemption.fulfillment)),
    item: (redemption, _args, context) => optional((id) => context.loaders.itemById.load(id), redemption.item),
    traveler: (redemption, _args, context) =>
      optional((id) => context.loaders.travelerById.load(id), redemption.traveler),
  },
  ExpireStaleHoldsResult: {
    expiredCount: (result) => result.expiredBookingIds.length,
  },
};
