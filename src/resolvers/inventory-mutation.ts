import type { Resolvers } from '../generated/graphql';
import { addBookingAllocation, extendBookingHold, releaseBookingAllocation } from '../services/allocation-service';
import { setAllocationCapacity } from '../services/capacity-service';
import { issueFulfillment, updateFulfillment } from '../services/fulfillment-service';
import { expireStaleHolds } from '../services/hold-sweeper';
import { recordRedemption } from '../services/redemption-service';
import { reserveBooking } from '../services/reservation-service';
import { gatedReleaseBookingAllocationInput } from '../validation/approval-inputs';
import * as inputs from '../validation/inventory-inputs';
import { committedRecord, GATED_HEADERS, mutation, onBooking, plainMutation } from './mutation-pipeline';

const committedFulfillment = committedRecord('BookingFulfillment', (context, id) =>
  context.loaders.fulfillmentById.load(id),
);
const committedRedemption = committedRecord('BookingRedemption', (context, id) =>
  context.loaders.redemptionById.load(id),
);

/** Inventory and fulfillment mutations, each one a pipeline (mutation-pipeline.ts). */
export const inventoryMutationResolvers: Resolvers = {
  Mutation: {
    setAllocationCapacity: plainMutation({
      schema: inputs.setAllocationCapacityInput,
      call: setAllocationCapacity,
      readBack: async (capacity) => capacity,
    }),
    reserveBooking: mutation(
      'ReserveBookingResult',
      onBooking({
        schema: inputs.reserveBookingInput,
        idempotent: 'reserveBooking',
        call: reserveBooking,
      }),
    ),
    addBookingAllocation: mutation(
      'AddBookingAllocationResult',
      onBooking({
        schema: inputs.addBookingAllocationInput,
        call: addBookingAllocation,
      }),
    ),
    releaseBookingAllocation: mutation(
      'ReleaseBookingAllocationResult',
      onBooking({
        schema: gatedReleaseBookingAllocationInput,
        headers: GATED_HEADERS,
        call: releaseBookingAllocation,
      }),
    ),
    extendBookingHold: mutation(
      'ExtendBookingHoldResult',
      onBooking({
        schema: inputs.extendBookingHoldInput,
        call: extendBookingHold,
      }),
    ),
    expireStaleHolds: plainMutation({
      schema: inputs.expireStaleHoldsInput,
      call: expireStaleHolds,
      readBack: async (expired) => expired,
    }),
    issueFulfillment: mutation('IssueFulfillmentResult', {
      schema: inputs.issueFulfillmentInput,
      idempotent: 'issueFulfillment',
      call: issueFulfillment,
      readBack: committedFulfillment,
    }),
    updateFulfillment: mutation('UpdateFulfillmentResult', {
      schema: inputs.updateFulfillmentInput,
      call: updateFulfillment,
      readBack: committedFulfillment,
    }),
    recordRedemption: mutation('RecordRedemptionResult', {
      schema: inputs.recordRedemptionInput,
      idempotent: 'recordRedemption',
      call: recordRedemption,
      readBack: committedRedemption,
    }),
  },
};
