import type { z } from 'zod';
import { refreshLoaders, serviceScope, type RequestContext } from '../context';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { ServiceScope } from '../services/actor';
import { addBookingAllocation, extendBookingHold, releaseBookingAllocation } from '../services/allocation-service';
import { setAllocationCapacity } from '../services/capacity-service';
import { issueFulfillment, updateFulfillment } from '../services/fulfillment-service';
import { expireStaleHolds } from '../services/hold-sweeper';
import { idempotent } from '../services/idempotency';
import { isBusinessOutcome, type BusinessOutcome } from '../services/outcomes';
import { recordRedemption } from '../services/redemption-service';
import { reserveBooking } from '../services/reservation-service';
import * as inputs from '../validation/inventory-inputs';
import { gatedReleaseBookingAllocationInput } from '../validation/approval-inputs';
import { parseArgument } from '../validation/parse';
import { withHeaderFields } from '../validation/request-keys';
import { GATED_HEADERS, idempotencyKeyOf, perform, performIdempotent, runMutation } from './mutation';

/**
 * A success value carries its type name, so the shared result-union resolver (which defaults to
 * Booking) tells it from the business outcomes.
 */
const tagged = <T extends object>(value: T, typename: string): T => Object.assign({}, value, { __typename: typename });

/**
 * For mutations whose success is not the booking: zod, one service call returning the affected
 * id, then that record read back through fresh loaders.
 */
function performOn<S extends z.ZodType, T extends object, Outcome = never>(
  context: RequestContext,
  schema: S,
  argument: unknown,
  call: (scope: ServiceScope, input: z.output<S>) => Promise<{ id: string } | BusinessOutcome>,
  read: (context: RequestContext, id: string) => Promise<T | null>,
  typename: string,
): Promise<T | Outcome> {
  return runMutation<S, { id: string }, T, Outcome>(context, schema, argument, 'input', call, async ({ id }) => {
    const value = await read(context, id);
    if (!value) throw notFound(typename, id);
    return tagged(value, typename);
  });
}

/**
 * `performOn` for creates that accept an idempotency key, like `performIdempotent`: the key's
 * record stores `{ id }` (or the business outcome), and a replay reads that record back.
 */
async function performOnIdempotent<S extends z.ZodType, T extends object, Outcome = never>(
  context: RequestContext,
  operation: string,
  schema: S,
  argument: unknown,
  call: (scope: ServiceScope, input: z.output<S>) => Promise<{ id: string } | BusinessOutcome>,
  read: (context: RequestContext, id: string) => Promise<T | null>,
  typename: string,
): Promise<T | Outcome> {
  const { argument: merged, key } = idempotencyKeyOf(context, argument);
  return performOn<S, T, Outcome>(context, schema, merged, idempotent(operation, key, call), read, typename);
}

export const inventoryMutationResolvers: Resolvers = {
  Mutation: {
    setAllocationCapacity: async (_root, args, context) => {
      const input = parseArgument(inputs.setAllocationCapacityInput, args.input, 'input');
      const result = await setAllocationCapacity(serviceScope(context), input);
      refreshLoaders(context);
      if (isBusinessOutcome(result)) throw new Error(`Unexpected ${result.code} from setAllocationCapacity`);
      return result;
    },
    reserveBooking: (_root, args, context) => performIdempotent(context, 'reserveBooking', inputs.reserveBookingInput, args.input, reserveBooking),
    addBookingAllocation: (_root, args, context) => perform(context, inputs.addBookingAllocationInput, args.input, 'input', addBookingAllocation),
    releaseBookingAllocation: (_root, args, context) =>
      perform(context, gatedReleaseBookingAllocationInput, withHeaderFields(context.headers, args.input, GATED_HEADERS), 'input', releaseBookingAllocation),
    extendBookingHold: (_root, args, context) => perform(context, inputs.extendBookingHoldInput, args.input, 'input', extendBookingHold),
    expireStaleHolds: async (_root, args, context) => {
      const input = parseArgument(inputs.expireStaleHoldsInput, args.input, 'input');
      const result = await expireStaleHolds(serviceScope(context), input);
      refreshLoaders(context);
      return result;
    },
    issueFulfillment: (_root, args, context) =>
      performOnIdempotent(context, 'issueFulfillment', inputs.issueFulfillmentInput, args.input, issueFulfillment, (ctx, id) => ctx.loaders.fulfillmentById.load(id), 'BookingFulfillment'),
    updateFulfillment: (_root, args, context) =>
      performOn(context, inputs.updateFulfillmentInput, args.input, updateFulfillment, (ctx, id) => ctx.loaders.fulfillmentById.load(id), 'BookingFulfillment'),
    recordRedemption: (_root, args, context) =>
      performOnIdempotent(context, 'recordRedemption', inputs.recordRedemptionInput, args.input, recordRedemption, (ctx, id) => ctx.loaders.redemptionById.load(id), 'BookingRedemption'),
  },
};
