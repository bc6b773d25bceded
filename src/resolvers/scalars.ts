import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';

const localDate = LocalDateResolver.toConfig();
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Calendar days travel as `YYYY-MM-DD` strings end to end; only the name differs from LocalDate.
 * Days read from a `date` column already have that shape and skip LocalDate's full validation
 * (a visible share of a list page); anything else still goes through it.
 */
const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar day, `YYYY-MM-DD`.',
  serialize: (value) => (typeof value === 'string' && CALENDAR_DAY.test(value) ? value : localDate.serialize(value)),
});

export const scalarResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Date: DateScalar,
  JSON: JSONResolver,
};
