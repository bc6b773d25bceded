import type { z } from 'zod';
import { refreshLoaders, serviceScope, type RequestContext } from '../context';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { BookingRow } from '../read/booking-rows';
import type { ServiceScope } from '../services/actor';
import { createBooking, updateBooking } from '../services/booking-service';
import { addBookingItem, linkItemTraveler, removeBookingItem, unlinkItemTraveler, updateBookingItem } from '../services/booking-items-service';
import { addBookingNote, deleteBookingNote, updateBookingNote } from '../services/booking-notes-service';
import { setBookingOrigin } from '../services/booking-origin-service';
import { overrideBookingStatus, transitionBooking } from '../services/booking-status-service';
import { addBookingTraveler, removeBookingTraveler, updateBookingTraveler } from '../services/booking-travelers-service';
import { idempotent } from '../services/idempotency';
import { isBusinessOutcome, type BusinessOutcome } from '../services/outcomes';
import { upsertBookingSupplierStatus } from '../services/supplier-status-service';
import { gatedOverrideBookingStatusInput, gatedRemoveBookingItemArgs, gatedTransitionBookingInput } from '../validation/approval-inputs';
import * as inputs from '../validation/booking-inputs';
import { expectedVersion, typeId } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { idempotencyKey, withHeaderFields } from '../validation/request-keys';

/** Approval-gated mutations read their key and approval id from the input or the request headers. */
export const GATED_HEADERS = ['idempotencyKey', 'approvalId'] as const;

type ServiceCall<I> = (scope: ServiceScope, input: I) => Promise<{ bookingId: string } | BusinessOutcome>;

/**
 * Where a mutation's caller put the booking version it last read: the `expectedVersion` field of
 * its input, or (for mutations taking a bare id) its own `expectedVersion` argument.
 */
export interface VersionArgument {
  value: unknown;
  field: string;
}

const versionField = (argument: unknown, root: string): VersionArgument => ({
  value: typeof argument === 'object' && argument !== null && 'expectedVersion' in argument ? argument.expectedVersion : undefined,
  field: `${root}.expectedVersion`,
});

/** The `expectedVersion` argument of a mutation that takes a bare id. */
export const versionArgument = (args: { expectedVersion?: number | null }): VersionArgument => ({ value: args.expectedVersion, field: 'expectedVersion' });

/**
 * Every mutation has the same path: zod at the boundary, one service call (one transaction), then
 * what it changed read back through the request's loaders, refreshed after the commit. The
 * caller's `expectedVersion` rides along in the service scope, and the booking's lock checks it,
 * so every change to a booking or its parts honours it without each service doing so.
 */
export async function runMutation<S extends z.ZodType, Changed, T, Outcome = never>(
  context: RequestContext,
  schema: S,
  argument: unknown,
  root: string,
  call: (scope: ServiceScope, input: z.output<S>) => Promise<Changed | BusinessOutcome>,
  readBack: (changed: Changed) => Promise<T>,
  version: VersionArgument = versionField(argument, root),
): Promise<T | Outcome> {
  const input = parseArgument(schema, argument, root);
  const expected = parseArgument(expectedVersion, version.value, version.field) ?? null;
  const result = await call({ ...serviceScope(context), expectedVersion: expected }, input);
  refreshLoaders(context);
  // Services build outcomes with the __typename of a member of this mutation's result union.
  if (isBusinessOutcome(result)) return result as unknown as Outcome;
  return readBack(result as Changed);
}

/** `runMutation` for the mutations whose success is the booking. */
export function perform<S extends z.ZodType, Outcome = never>(
  context: RequestContext,
  schema: S,
  argument: unknown,
  root: string,
  call: ServiceCall<z.output<S>>,
  version?: VersionArgument,
): Promise<BookingRow | Outcome> {
  return runMutation<S, { bookingId: string }, BookingRow, Outcome>(
    context,
    schema,
    argument,
    root,
    call,
    async ({ bookingId }) => {
      const booking = await context.loaders.bookingById.load(bookingId);
      if (!booking) throw notFound('Booking', bookingId);
      return booking;
    },
    version,
  );
}

/**
 * The idempotency key of a create (input `idempotencyKey` or the Idempotency-Key header; both and
 * different is BAD_USER_INPUT), checked before the input, and the argument with the header merged in.
 */
export function idempotencyKeyOf(context: RequestContext, argument: unknown): { argument: unknown; key: string | null } {
  const merged = withHeaderFields(context.headers, argument, ['idempotencyKey']);
  const given = typeof merged === 'object' && merged !== null && 'idempotencyKey' in merged ? merged.idempotencyKey : undefined;
  return { argument: merged, key: parseArgument(idempotencyKey.nullish(), given, 'input.idempotencyKey') ?? null };
}

/**
 * `perform` for creates that accept an idempotency key (input `idempotencyKey` or the
 * Idempotency-Key header): retries with the key replay the first result for IDEMPOTENCY_TTL_HOURS.
 * `operation` names the key's scope together with the caller, so use the mutation's name.
 */
export async function performIdempotent<S extends z.ZodType, Outcome = never>(
  context: RequestContext,
  operation: string,
  schema: S,
  argument: unknown,
  call: ServiceCall<z.output<S>>,
): Promise<BookingRow | Outcome> {
  const { argument: merged, key } = idempotencyKeyOf(context, argument);
  return perform<S, Outcome>(context, schema, merged, 'input', idempotent(operation, key, call));
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    createBooking: (_root, args, context) => performIdempotent(context, 'createBooking', inputs.createBookingInput, args.input, createBooking),
    updateBooking: (_root, args, context) => perform(context, inputs.updateBookingInput, args.input, 'input', updateBooking),
    addBookingItem: (_root, args, context) => performIdempotent(context, 'addBookingItem', inputs.addBookingItemInput, args.input, addBookingItem),
    updateBookingItem: (_root, args, context) => perform(context, inputs.itemPatchInput, args.input, 'input', updateBookingItem),
    removeBookingItem: (_root, args, context) =>
      perform(context, gatedRemoveBookingItemArgs, withHeaderFields(context.headers, args, GATED_HEADERS, ''), '', removeBookingItem, versionArgument(args)),
    addBookingTraveler: (_root, args, context) => perform(context, inputs.addBookingTravelerInput, args.input, 'input', addBookingTraveler),
    updateBookingTraveler: (_root, args, context) => perform(context, inputs.travelerPatchInput, args.input, 'input', updateBookingTraveler),
    removeBookingTraveler: (_root, args, context) => perform(context, typeId('bkpt'), args.id, 'id', removeBookingTraveler, versionArgument(args)),
    linkItemTraveler: (_root, args, context) => perform(context, inputs.linkItemTravelerInput, args.input, 'input', linkItemTraveler),
    unlinkItemTraveler: (_root, args, context) => perform(context, inputs.unlinkItemTravelerInput, args.input, 'input', unlinkItemTraveler),
    setBookingOrigin: (_root, args, context) => perform(context, inputs.setBookingOriginInput, args.input, 'input', setBookingOrigin),
    addBookingNote: (_root, args, context) => perform(context, inputs.addBookingNoteInput, args.input, 'input', addBookingNote),
    updateBookingNote: (_root, args, context) => perform(context, inputs.updateBookingNoteInput, args.input, 'input', updateBookingNote),
    deleteBookingNote: (_root, args, context) => perform(context, typeId('bnot'), args.id, 'id', deleteBookingNote, versionArgument(args)),
    upsertBookingSupplierStatus: (_root, args, context) => perform(context, inputs.upsertSupplierStatusInput, args.input, 'input', upsertBookingSupplierStatus),
    transitionBooking: (_root, args, context) =>
      perform(context, gatedTransitionBookingInput, withHeaderFields(context.headers, args.input, GATED_HEADERS), 'input', transitionBooking),
    overrideBookingStatus: (_root, args, context) =>
      perform(context, gatedOverrideBookingStatusInput, withHeaderFields(context.headers, args.input, GATED_HEADERS), 'input', overrideBookingStatus),
  },
};
