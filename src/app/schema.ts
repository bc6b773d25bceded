import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { bookingPermissions } from '../auth/permissions';
import { storefrontPermissions } from '../auth/storefront-permissions';
import { applyPiiRedaction } from '../directives/pii-directive';
import { buildResolvers } from '../resolvers';
import { entitiesContract } from '../resolvers/representations';

/** The one SDL file, found from the sources and from compiled code alike. */
export function schemaPath(): string {
  // Compiled code runs from dist/src; the SDL stays at the project root either way.
  const candidates = [
    join(__dirname, '..', '..', 'schema.graphql'),
    join(__dirname, '..', '..', '..', 'schema.graphql'),
  ];
  for (const candidate of candidates) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // Try the next location.
    }
  }
  throw new Error('schema.graphql not found next to the sources');
}

/** The subgraph schema with @pii redaction, the shield and the `_entities` contract applied. */
export function buildBookingsSchema(): GraphQLSchema {
  const sdl = readFileSync(schemaPath(), 'utf8');
  const subgraph = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: buildResolvers(sdl) as never });
  // Redaction wraps the field resolvers first; the shield then guards the wrapped schema, and runs
  // before the _entities contract so a caller who may not read bookings learns nothing about representations.
  const redacted = applyPiiRedaction(subgraph);
  return applyMiddleware(redacted, bookingPermissions(redacted, storefrontPermissions()), entitiesContract(redacted));
}
