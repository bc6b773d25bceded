import { getNamedType, isUnionType, type GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import { refreshLoaders, serviceScope, type RequestContext } from '../context';
import { notFound } from '../errors';
import type { ResolversTypes, ResolversUnionTypes } from '../generated/graphql';
import type { BookingRow } from '../read/booking-rows';
import type { ServiceScope } from '../services/actor';
import { idempotent } from '../services/idempotency';
import { isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { expectedVersion } from '../validation/fields';
import { parseArgument } from '../validation/parse';
import { idempotencyKey, withHeaderFields, type HeaderBackedField } from '../validation/request-keys';

type ResultUnions = ResolversUnionTypes<ResolversTypes>;

/** The name of a mutation result union in schema.graphql. */
export type ResultUnion = keyof ResultUnions;

/** What a resolver of that union may return, as the generated resolver types say. */
export type ResultOf<U extends ResultUnion> = ResultUnions[U];

/** Approval-gated mutations read their key and approval id from the input or the request headers. */
export const GATED_HEADERS = ['idempotencyKey', 'approvalId'] as const satisfies readonly HeaderBackedField[];

/** A mutation's field arguments as graphql-js hands them over. */
export type FieldArguments = Readonly<Record<string, unknown>>;

/** The resolver a pipeline builds, assignable to the generated `Mutation` resolver of its field. */
export type MutationResolver<R> = (
  root: unknown,
  args: FieldArguments,
  context: RequestContext,
  info: GraphQLResolveInfo,
) => Promise<R>;

/**
 * One mutation, described. The pipeline runs the same steps for every one: header merge, the
 * idempotency key, zod, `expectedVersion`, one service call (one transaction), fresh loaders,
 * then what changed read back through them.
 */
export interface MutationSpec<S extends z.ZodType, Changed extends object, Success> {
  /** Parses the argument at the boundary: BAD_USER_INPUT with the field path on the first problem. */
  schema: S;
  /** The field argument the schema parses (`input`, `id`); `''` parses the whole argument map. Default: `input`. */
  argument?: string;
  /** Headers merged into the argument before parsing (the input field wins; a contradiction is BAD_USER_INPUT). */
  headers?: readonly HeaderBackedField[];
  /**
   * A create that accepts an Idempotency-Key: the operation name its keys are scoped to (the
   * mutation's name). Retries with the key replay the first result for IDEMPOTENCY_TTL_HOURS.
   */
  idempotent?: string;
  /**
   * Where the booking version the caller last read sits: in the argument object (default), or
   * (for mutations taking a bare id) in the field's own `expectedVersion` argument.
   */
  version?: 'in-argument' | 'field-argument';
  /** The service call. The caller's `expectedVersion` rides in the scope; the booking's lock checks it. */
  call: (scope: ServiceScope, input: z.output<S>, context: RequestContext) => Promise<Changed | BusinessOutcome>;
  /** What the call changed, read back after the commit through the request's refreshed loaders. */
  readBack: (changed: Changed, context: RequestContext) => Promise<Success>;
}

/** A success value carries its type name: result unions resolve by `__typename` alone (results.ts). */
export const tagged = <T extends object, N extends string>(value: T, typename: N): T & { __typename: N } => ({
  ...value,
  __typename: typename,
});

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pathOf = (root: string, field: string): string => (root === '' ? field : `${root}.${field}`);

/** The steps shared by union and plain mutations: everything up to the read-back's value. */
async function execute<S extends z.ZodType, Changed extends object, Success>(
  spec: MutationSpec<S, Changed, Success>,
  args: FieldArguments,
  context: RequestContext,
): Promise<Success | BusinessOutcome> {
  const root = spec.argument ?? 'input';
  const raw = root === '' ? args : args[root];
  const own = spec.headers ?? [];
  const headers = spec.idempotent === undefined ? own : ['idempotencyKey' as const, ...own];
  const argument = headers.length === 0 ? raw : withHeaderFields(context.headers, raw, headers, root);
  const given = (field: string): unknown => (isRecord(argument) ? argument[field] : undefined);
  // The key is checked before the input, so a malformed key is reported whatever else is wrong.
  const key =
    spec.idempotent === undefined
      ? null
      : (parseArgument(idempotencyKey.nullish(), given('idempotencyKey'), pathOf(root, 'idempotencyKey')) ?? null);
  const input = parseArgument(spec.schema, argument, root);
  const version =
    spec.version === 'field-argument'
      ? { value: args.expectedVersion, field: 'expectedVersion' }
      : { value: given('expectedVersion'), field: pathOf(root, 'expectedVersion') };
  const expected = parseArgument(expectedVersion, version.value, version.field) ?? null;
  const once = (scope: ServiceScope, parsed: z.output<S>) => spec.call(scope, parsed, context);
  const call = spec.idempotent === undefined ? once : idempotent(spec.idempotent, key, once);
  const result = await call({ ...serviceScope(context), expectedVersion: expected }, input);
  refreshLoaders(context);
  if (isBusinessOutcome(result)) return result;
  return spec.readBack(result, context);
}

/**
 * Checks a value against the field's result union in the schema, by `__typename`: the generated
 * types then describe it. A name outside the union is a service bug, reported here rather than as
 * graphql-js's less telling resolveType error.
 */
function isMemberOf<U extends ResultUnion>(union: U, info: GraphQLResolveInfo, value: unknown): value is ResultOf<U> {
  const type = getNamedType(info.returnType);
  if (!isUnionType(type) || type.name !== union) {
    throw new Error(`${info.fieldName} returns ${type.name}, not the union ${union}`);
  }
  const typename = isRecord(value) ? value.__typename : undefined;
  return type.getTypes().some((member) => member.name === typename);
}

/**
 * The mutation pipeline for a field returning the result union `union`: every success and every
 * business outcome comes back as a member of it, told apart by `__typename`.
 */
export function mutation<
  U extends ResultUnion,
  S extends z.ZodType,
  Changed extends object,
  Success extends ResultOf<U> & { __typename: string },
>(union: U, spec: MutationSpec<S, Changed, Success>): MutationResolver<ResultOf<U>> {
  return async (_root, args, context, info) => {
    const result = await execute(spec, args, context);
    // Checked as `unknown`: narrowing the service's own types by the union would be needlessly complex.
    const member: unknown = result;
    if (isMemberOf(union, info, member)) return member;
    throw new Error(`${info.fieldName} produced ${result.__typename}, not a member of ${union}`);
  };
}

/** The pipeline for a field returning a plain type: a business outcome from its service is a bug. */
export function plainMutation<S extends z.ZodType, Changed extends object, Success>(
  spec: MutationSpec<S, Changed, Success>,
): MutationResolver<Success> {
  return async (_root, args, context, info) => {
    const result = await execute(spec, args, context);
    if (isBusinessOutcome(result)) throw new Error(`Unexpected ${result.code} from ${info.fieldName}`);
    return result;
  };
}

/** What a booking mutation's service returns: the booking it changed. */
type BookingChanged = { bookingId: string };

type TaggedBooking = BookingRow & { __typename: 'Booking' };

/** The read-back of mutations whose success is the booking. */
export async function committedBooking(
  { bookingId }: { bookingId: string },
  context: RequestContext,
): Promise<TaggedBooking> {
  const booking = await context.loaders.bookingById.load(bookingId);
  if (!booking) throw notFound('Booking', bookingId);
  return tagged(booking, 'Booking');
}

/** The read-back of mutations whose success is another record, found by the id the service returns. */
export const committedRecord =
  <T extends object, N extends string>(
    typename: N,
    load: (context: RequestContext, id: string) => Promise<T | null>,
    what: string = typename,
  ) =>
  async ({ id }: { id: string }, context: RequestContext): Promise<T & { __typename: N }> => {
    const value = await load(context, id);
    if (!value) throw notFound(what, id);
    return tagged(value, typename);
  };

/** The spec of a mutation whose success is the booking: its read-back is the booking. */
export const onBooking = <S extends z.ZodType>(
  spec: Omit<MutationSpec<S, BookingChanged, never>, 'readBack'>,
): MutationSpec<S, BookingChanged, TaggedBooking> => ({ ...spec, readBack: committedBooking });
