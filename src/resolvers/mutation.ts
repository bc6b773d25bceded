import type { Resolvers } from '../generated/graphql';
import { createBooking, updateBooking } from '../services/booking-service';
import {
  addBookingItem,
  linkItemTraveler,
  removeBookingItem,
  unlinkItemTraveler,
  updateBookingItem,
} from '../services/booking-items-service';
import { addBookingNote, deleteBookingNote, updateBookingNote } from '../services/booking-notes-service';
import { setBookingOrigin } from '../services/booking-origin-service';
import { withConfirmRequirements } from '../requirements/confirm-guard';
import { overrideBookingStatus, transitionBooking } from '../services/booking-status-service';
import {
  addBookingTraveler,
  removeBookingTraveler,
  updateBookingTraveler,
} from '../services/booking-travelers-service';
import { upsertBookingSupplierStatus } from '../services/supplier-status-service';
import {
  gatedOverrideBookingStatusInput,
  gatedRemoveBookingItemArgs,
  gatedTransitionBookingInput,
} from '../validation/approval-inputs';
import * as inputs from '../validation/booking-inputs';
import { typeId } from '../validation/fields';
import { GATED_HEADERS, mutation, onBooking } from './mutation-pipeline';

/** The booking mutations: each one a pipeline (mutation-pipeline.ts) whose success is the booking. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    createBooking: mutation(
      'CreateBookingResult',
      onBooking({
        schema: inputs.createBookingInput,
        idempotent: 'createBooking',
        call: createBooking,
      }),
    ),
    updateBooking: mutation(
      'UpdateBookingResult',
      onBooking({
        schema: inputs.updateBookingInput,
        call: updateBooking,
      }),
    ),
    addBookingItem: mutation(
      'AddBookingItemResult',
      onBooking({
        schema: inputs.addBookingItemInput,
        idempotent: 'addBookingItem',
        call: addBookingItem,
      }),
    ),
    updateBookingItem: mutation(
      'UpdateBookingItemResult',
      onBooking({
        schema: inputs.itemPatchInput,
        call: updateBookingItem,
      }),
    ),
    removeBookingItem: mutation(
      'RemoveBookingItemResult',
      onBooking({
        schema: gatedRemoveBookingItemArgs,
        argument: '',
        headers: GATED_HEADERS,
        call: removeBookingItem,
      }),
    ),
    addBookingTraveler: mutation(
      'AddBookingTravelerResult',
      onBooking({
        schema: inputs.addBookingTravelerInput,
        call: addBookingTraveler,
      }),
    ),
    updateBookingTraveler: mutation(
      'UpdateBookingTravelerResult',
      onBooking({
        schema: inputs.travelerPatchInput,
        call: updateBookingTraveler,
      }),
    ),
    removeBookingTraveler: mutation(
      'RemoveBookingTravelerResult',
      onBooking({
        schema: typeId('bkpt'),
        argument: 'id',
        version: 'field-argument',
        call: removeBookingTraveler,
      }),
    ),
    linkItemTraveler: mutation(
      'LinkItemTravelerResult',
      onBooking({
        schema: inputs.linkItemTravelerInput,
        call: linkItemTraveler,
      }),
    ),
    unlinkItemTraveler: mutation(
      'UnlinkItemTravelerResult',
      onBooking({
        schema: inputs.unlinkItemTravelerInput,
        call: unlinkItemTraveler,
      }),
    ),
    setBookingOrigin: mutation(
      'SetBookingOriginResult',
      onBooking({
        schema: inputs.setBookingOriginInput,
        call: setBookingOrigin,
      }),
    ),
    addBookingNote: mutation(
      'AddBookingNoteResult',
      onBooking({
        schema: inputs.addBookingNoteInput,
        call: addBookingNote,
      }),
    ),
    updateBookingNote: mutation(
      'UpdateBookingNoteResult',
      onBooking({
        schema: inputs.updateBookingNoteInput,
        call: updateBookingNote,
      }),
    ),
    deleteBookingNote: mutation(
      'DeleteBookingNoteResult',
      onBooking({
        schema: typeId('bnot'),
        argument: 'id',
        version: 'field-argument',
        call: deleteBookingNote,
      }),
    ),
    upsertBookingSupplierStatus: mutation(
      'UpsertBookingSupplierStatusResult',
      onBooking({
        schema: inputs.upsertSupplierStatusInput,
        call: upsertBookingSupplierStatus,
      }),
    ),
    transitionBooking: mutation(
      'TransitionBookingResult',
      onBooking({
        schema: gatedTransitionBookingInput,
        headers: GATED_HEADERS,
        call: (scope, input, context) =>
          withConfirmRequirements(
            context.requirements,
            context.config.requirementsEnforceOnConfirm,
            scope,
            input,
            transitionBooking,
          ),
      }),
    ),
    overrideBookingStatus: mutation(
      'OverrideBookingStatusResult',
      onBooking({
        schema: gatedOverrideBookingStatusInput,
        headers: GATED_HEADERS,
        call: overrideBookingStatus,
      }),
    ),
  },
};
