import type { Resolvers } from '../generated/graphql';

const isFieldMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Merges resolver maps per type; two maps defining the same field (or scalar) is a bug, so it throws. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, entry] of Object.entries(map)) {
      const existing = merged[typeName];
      if (existing === undefined) {
        merged[typeName] = isFieldMap(entry) ? { ...entry } : entry;
        continue;
      }
      if (!isFieldMap(existing) || !isFieldMap(entry)) throw new Error(`Resolvers for ${typeName} are defined twice`);
      for (const [field, resolver] of Object.entries(entry)) {
        if (field in existing) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        existing[field] = resolver;
      }
    }
  }
  return merged;
}
