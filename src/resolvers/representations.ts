import { GraphQLError, isUnionType, type GraphQLSchema } from 'graphql';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import { unstorableJson } from '../validation/storable';

/** A representation the router sent without usable key fields: the router's mistake, reported at its index. */
export function malformedRepresentation(typeName: string, detail = 'needs its key fields'): GraphQLError {
  return new GraphQLError(`A ${typeName} representation ${detail}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The string value of one key field of a representation, or the malformed-representation error. */
export function representationKey(reference: object, field: string, typeName: string): string {
  const value: unknown = (reference as Record<string, unknown>)[field];
  if (typeof value !== 'string') throw malformedRepresentation(typeName);
  return value;
}

/**
 * `@apollo/subgraph` resolves `_entities` with one synchronous pass over the representations, and
 * a representation naming no entity type of this subgraph throws out of that pass: the whole batch
 * fails. A router expects the error at `["_entities", i]` and the other N-1 results intact, so such
 * representations are set aside, the rest resolved, and an error value put back at each index
 * (graphql-js reports an `Error` list item at that item's path).
 */
export function entitiesContract(schema: GraphQLSchema): IMiddlewareTypeMap {
  const entityUnion = schema.getType('_Entity');
  const entityTypes = new Set(isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : []);
  return {
    Query: {
      _entities: async (resolve, root, args: { representations: unknown[] }, context, info) => {
        const accepted: unknown[] = [];
        const slots = args.representations.map((representation): number | GraphQLError => {
          const typeName =
            typeof representation === 'object' && representation !== null
              ? (representation as { __typename?: unknown }).__typename
              : undefined;
          if (typeof typeName !== 'string') return malformedRepresentation('_Any', 'needs a __typename');
          if (!entityTypes.has(typeName))
            return malformedRepresentation(typeName, 'names no entity type of this subgraph');
          // Keys go to PostgreSQL as they are; text it cannot store is the router's mistake, not a 500.
          const unstorable = unstorableJson(representation);
          if (unstorable) return malformedRepresentation(typeName, unstorable);
          accepted.push(representation);
          return accepted.length - 1;
        });
        const resolved: unknown = await resolve(root, { ...args, representations: accepted }, context, info);
        const results: unknown[] = Array.isArray(resolved) ? resolved : [];
        return slots.map((slot) => (typeof slot === 'number' ? results[slot] : slot));
      },
    },
  };
}
