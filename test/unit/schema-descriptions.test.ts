import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type InputValueDefinitionNode,
  type StringValueNode,
} from 'graphql';

/*
 * Client developers read the schema through introspection: every type, field, argument, input
 * field and enum value says what it means. Federation's own definitions are not ours to describe.
 */

const SDL = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
const FEDERATION_INTERNAL = /^(_|link__|federation__)/;

interface Described {
  coordinate: string;
  description?: StringValueNode;
}

function inputValues(
  owner: string,
  values: readonly InputValueDefinitionNode[] | undefined,
  argument: boolean,
): Described[] {
  return (values ?? []).map((value) => ({
    coordinate: argument ? `${owner}(${value.name.value}:)` : `${owner}.${value.name.value}`,
    description: value.description,
  }));
}

/** Every describable element of one definition; an extension contributes its members, not itself. */
function describables(definition: DefinitionNode): Described[] {
  switch (definition.kind) {
    case Kind.SCHEMA_DEFINITION:
    case Kind.SCHEMA_EXTENSION:
    case Kind.OPERATION_DEFINITION:
    case Kind.FRAGMENT_DEFINITION:
      return [];
    case Kind.DIRECTIVE_DEFINITION:
      return [
        { coordinate: `@${definition.name.value}`, description: definition.description },
        ...inputValues(`@${definition.name.value}`, definition.arguments, true),
      ];
    default: {
      const name = definition.name.value;
      const self: Described[] =
        'description' in definition ? [{ coordinate: name, description: definition.description }] : [];
      const members: Described[] = [];
      if (
        definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
        definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        definition.kind === Kind.INTERFACE_TYPE_EXTENSION
      ) {
        for (const field of definition.fields ?? []) {
          members.push(
            { coordinate: `${name}.${field.name.value}`, description: field.description },
            ...inputValues(`${name}.${field.name.value}`, field.arguments, true),
          );
        }
      }
      if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION)
        members.push(...inputValues(name, definition.fields, false));
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
        for (const value of definition.values ?? [])
          members.push({ coordinate: `${name}.${value.name.value}`, description: value.description });
      }
      return [...self, ...members];
    }
  }
}

const document = parse(SDL);
const elements = document.definitions
  .filter((definition) => !('name' in definition && definition.name && FEDERATION_INTERNAL.test(definition.name.value)))
  .flatMap(describables);
const descriptionOf = (coordinate: string) =>
  elements.find((element) => element.coordinate === coordinate)?.description?.value ?? '';

describe('schema.graphql descriptions', () => {
  it(
    'covers the whole schema: objects, interfaces, unions, inputs, enums, scalars, ' + 'directives and their members',
    () => {
      const kinds = new Set(document.definitions.map((definition) => definition.kind));
      for (const kind of [
        Kind.OBJECT_TYPE_DEFINITION,
        Kind.INTERFACE_TYPE_DEFINITION,
        Kind.UNION_TYPE_DEFINITION,
        Kind.INPUT_OBJECT_TYPE_DEFINITION,
        Kind.ENUM_TYPE_DEFINITION,
        Kind.SCALAR_TYPE_DEFINITION,
        Kind.DIRECTIVE_DEFINITION,
      ]) {
        expect(kinds).toContain(kind);
      }
      expect(elements.length).toBeGreaterThan(1000);
    },
  );

  it('describes every type, field, argument, input field and enum value', () => {
    const missing = elements
      .filter((element) => (element.description?.value.trim() ?? '') === '')
      .map((element) => element.coordinate);
    expect(missing).toEqual([]);
  });

  it('describes each element once, so no extension silently repeats a member', () => {
    const coordinates = elements.map((element) => element.coordinate);
    expect(coordinates.filter((coordinate, index) => coordinates.indexOf(coordinate) !== index)).toEqual([]);
  });

  it('states the wire format of every custom scalar', () => {
    expect(descriptionOf('DateTime')).toMatch(/ISO 8601/);
    expect(descriptionOf('DateTime')).toMatch(/UTC/);
    expect(descriptionOf('Date')).toContain('YYYY-MM-DD');
    expect(descriptionOf('JSON')).toMatch(/JSON value/);
  });

  it('marks personal data in the descriptions of @pii fields, so a client knows they may come back masked', () => {
    const piiFields = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION
        ? (definition.fields ?? [])
            .filter((field) =>
              (field.directives ?? []).some((directive: ConstDirectiveNode) => directive.name.value === 'pii'),
            )
            .map((field) => `${definition.name.value}.${field.name.value}`)
        : [],
    );
    expect(piiFields.length).toBeGreaterThan(0);
    for (const coordinate of piiFields)
      expect({ coordinate, masked: /masked/i.test(descriptionOf(coordinate)) }).toEqual({ coordinate, masked: true });
  });
});
