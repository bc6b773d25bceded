import { Kind, parse, type DocumentNode } from 'graphql';

/**
 * GraphQL enum values are UPPER_CASE and stored lowercase: every enum of the SDL maps each value
 * to its lowercase form. Shared by codegen (so generated types carry the stored values) and by the
 * runtime resolvers (so resolvers see exactly those values).
 */
export function enumValueMaps(sdl: DocumentNode | string): Record<string, Record<string, string>> {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const maps: Record<string, Record<string, string>> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    maps[definition.name.value] = Object.fromEntries(
      (definition.values ?? []).map((value) => [value.name.value, value.name.value.toLowerCase()]),
    );
  }
  return maps;
}
