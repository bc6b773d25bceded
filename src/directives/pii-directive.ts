import { MapperKind, getDirective, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import type { AuditSubject } from '../pii/audit';
import { maskValue, type MaskKind } from '../pii/masks';
import { mayRevealPii } from '../pii/reveal-log';
import { checkoutMayReveal } from '../auth/checkout-pii';

const MASK_KINDS: readonly MaskKind[] = ['email', 'phone', 'text'];

/** Tells the audit whose data a resolved object is; every type carrying @pii fields needs one. */
export type PiiSubjectOf = (source: unknown) => AuditSubject;

const stringProperty = (source: unknown, key: string): string | null => {
  if (typeof source !== 'object' || source === null || !(key in source)) return null;
  const value: unknown = (source as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
};

/** The Bookings types with @pii fields: a contact is a view of its booking row, a traveler is its own row. */
export const BOOKING_PII_SUBJECTS: Readonly<Record<string, PiiSubjectOf>> = {
  BookingContact: (booking) => ({ bookingId: stringProperty(booking, 'id'), travelerId: null }),
  BookingTraveler: (traveler) => ({
    bookingId: stringProperty(traveler, 'booking'),
    travelerId: stringProperty(traveler, 'id'),
  }),
  // A refund's reason is the caller's free text about the booking: audited as the booking's data.
  BookingRefund: (refund) => ({ bookingId: stringProperty(refund, 'booking'), travelerId: null }),
  SessionContact: (booking) => ({ bookingId: stringProperty(booking, 'id'), travelerId: null }),
  // An answer is the customer's own words about the booking or one traveler.
  BookingAnswer: (answer) => ({
    bookingId: stringProperty(answer, 'booking'),
    travelerId: stringProperty(answer, 'traveler'),
  }),
  SessionTraveler: (traveler) => ({
    bookingId: stringProperty(traveler, 'booking'),
    travelerId: stringProperty(traveler, 'id'),
  }),
};

function maskKindOf(value: unknown, coordinate: string): MaskKind {
  const kind = MASK_KINDS.find((candidate) => candidate === value);
  if (!kind)
    throw new Error(
      `@pii(mask: ${JSON.stringify(value)}) on ${coordinate}: mask must be one of ${MASK_KINDS.join(', ')}`,
    );
  return kind;
}

/**
 * Wraps the resolver of every field marked `@pii(mask)`, so no resolver can forget redaction:
 * the value is masked unless the caller may reveal PII (then the reveal is recorded for the
 * request's audit). Applies wherever the field is resolved — root, nested, connections,
 * `_entities` — because it is the field's own resolver. Fails at startup on an unknown mask or a
 * @pii type without an audit subject, and at run time on a non-string value (fails closed).
 */
export function applyPiiRedaction(
  schema: GraphQLSchema,
  subjects: Readonly<Record<string, PiiSubjectOf>> = BOOKING_PII_SUBJECTS,
): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const directive = getDirective(schema, fieldConfig, 'pii')?.[0];
      if (!directive) return fieldConfig;
      const coordinate = `${typeName}.${fieldName}`;
      const kind = maskKindOf(directive.mask, coordinate);
      const subjectOf = subjects[typeName];
      if (!subjectOf) throw new Error(`@pii on ${coordinate}: no audit subject is defined for ${typeName}`);
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = fieldConfig.resolve ?? defaultFieldResolver;
      // A JSON field (an answer) masks as a whole: its numbers and lists are as personal as its strings.
      const json = getNamedType(fieldConfig.type).name === 'JSON';
      const redact = (value: unknown, source: unknown, context: RequestContext): unknown => {
        if (value === null || value === undefined || value === '') return value;
        if (typeof value !== 'string' && !json)
          throw new Error(`@pii field ${coordinate} resolved to a ${typeof value}, not a string`);
        const subject = subjectOf(source);
        if (!mayRevealPii(context.principal) && !checkoutMayReveal(context, subject)) {
          return maskValue(kind, typeof value === 'string' ? value : JSON.stringify(value));
        }
        context.piiReveals.record(subject, coordinate);
        return value;
      };
      // Synchronous when the value is already there (the usual column read): a promise per masked
      // field was a measurable share of a fifty-booking page.
      const redacted: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
        const value: unknown = resolve(source, args, context, info);
        return value instanceof Promise
          ? value.then((resolved: unknown) => redact(resolved, source, context))
          : redact(value, source, context);
      };
      return { ...fieldConfig, resolve: redacted };
    },
  });
}
