import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql';

/** Calendar days travel as `YYYY-MM-DD` strings end to end; only the name differs from LocalDate. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar day, `YYYY-MM-DD`.' });

export const scalarResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Date: DateScalar,
  JSON: JSONResolver,
};
