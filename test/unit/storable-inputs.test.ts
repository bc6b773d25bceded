import { z } from 'zod';
import * as approvalInputs from '../../src/validation/approval-inputs';
import * as bookingInputs from '../../src/validation/booking-inputs';
import * as bookingQueries from '../../src/validation/booking-queries';
import * as fields from '../../src/validation/fields';
import * as inventoryInputs from '../../src/validation/inventory-inputs';
import * as requestKeys from '../../src/validation/request-keys';
import {
  JSON_DEPTH_MESSAGE,
  JSON_SIZE_MESSAGE,
  LONE_SURROGATE_MESSAGE,
  MAX_JSON_BYTES,
  MAX_JSON_DEPTH,
  NUL_MESSAGE,
  unstorableJson,
  unstorableText,
} from '../../src/validation/storable';
import * as travelDetailsInputs from '../../src/validation/travel-details-inputs';

const MODULES = {
  approvalInputs,
  bookingInputs,
  bookingQueries,
  fields,
  inventoryInputs,
  requestKeys,
  travelDetailsInputs,
};

/** Exported functions that build a schema, with an argument to build one. */
const SCHEMA_FACTORIES: Record<string, unknown> = {
  text: undefined,
  typeId: 'book',
  idArgument: 'book',
  optionalText: 10,
};

type Leaf = { path: string; schema: z.ZodType; kind: 'string' | 'json' };

/** Every string and free-form JSON schema reachable from `schema`, with where it sits. */
function leaves(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): Leaf[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return [{ path, schema, kind: 'string' }];
  // A record's keys are checked with its values (the JSON case below).
  if (schema instanceof z.ZodRecord) return [{ path, schema, kind: 'json' }];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      leaves(child, `${path}.${key}`, seen),
    );
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return leaves(schema.unwrap() as z.ZodType, path, seen);
  if (schema instanceof z.ZodArray) return leaves(schema.element as z.ZodType, `${path}[]`, seen);
  if (schema instanceof z.ZodPipe)
    return [...leaves(schema.in as z.ZodType, path, seen), ...leaves(schema.out as z.ZodType, path, seen)];
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.ZodType[]).flatMap((option) => leaves(option, path, seen));
  return [];
}

const inputLeaves = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) => {
    if (value instanceof z.ZodType) return leaves(value, `${module}.${name}`);
    const factory = SCHEMA_FACTORIES[name];
    if (typeof value === 'function' && name in SCHEMA_FACTORIES) {
      const made: unknown = (value as (argument: unknown) => unknown)(factory);
      if (made instanceof z.ZodType) return leaves(made, `${module}.${name}()`);
    }
    return [];
  }),
);

const messages = (schema: z.ZodType, value: unknown): string[] =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('every input schema refuses what PostgreSQL cannot store', () => {
  it('finds the input schemas to check', () => {
    expect(inputLeaves.filter((leaf) => leaf.kind === 'string').length).toBeGreaterThan(100);
    expect(inputLeaves.filter((leaf) => leaf.kind === 'json').length).toBeGreaterThan(5);
  });

  it.each(inputLeaves.filter((leaf) => leaf.kind === 'string').map((leaf) => [leaf.path, leaf.schema] as const))(
    '%s refuses NUL and lone surrogates',
    (_path, schema) => {
      expect(messages(schema, 'a\u0000b')).toContain(NUL_MESSAGE);
      expect(messages(schema, 'a\ud800b')).toContain(LONE_SURROGATE_MESSAGE);
      expect(messages(schema, 'a\udc00')).toContain(LONE_SURROGATE_MESSAGE);
    },
  );

  it.each(inputLeaves.filter((leaf) => leaf.kind === 'json').map((leaf) => [leaf.path, leaf.schema] as const))(
    '%s refuses unstorable, deep and large JSON',
    (_path, schema) => {
      expect(messages(schema, { note: ['ok', { deeper: 'a\u0000' }] })).toContain(NUL_MESSAGE);
      expect(messages(schema, { ['key\u0000']: 1 })).toContain(NUL_MESSAGE);
      expect(messages(schema, { note: '\udfff' })).toContain(LONE_SURROGATE_MESSAGE);
      expect(messages(schema, nested(MAX_JSON_DEPTH + 1))).toContain(JSON_DEPTH_MESSAGE);
      expect(messages(schema, { padding: 'x'.repeat(MAX_JSON_BYTES) })).toContain(JSON_SIZE_MESSAGE);
    },
  );
});

/** An object `depth` levels deep: `{ a: { a: … {} } }`. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < depth; level += 1) value = { a: value };
  return value;
}

describe('unstorableText', () => {
  it('accepts any well-formed text, astral characters included', () => {
    expect(unstorableText('Ana Pop 😀 \u00e9 \uffff \t\n')).toBeNull();
  });

  it('names NUL before surrogates', () => {
    expect(unstorableText('\u0000\ud800')).toBe(NUL_MESSAGE);
  });

  it('refuses a high surrogate at the end and a low surrogate at the start', () => {
    expect(unstorableText('abc\ud83d')).toBe(LONE_SURROGATE_MESSAGE);
    expect(unstorableText('\ude00abc')).toBe(LONE_SURROGATE_MESSAGE);
  });
});

describe('unstorableJson', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(unstorableJson(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(unstorableJson(nested(MAX_JSON_DEPTH + 1))).toBe(JSON_DEPTH_MESSAGE);
  });

  it('counts arrays as levels too', () => {
    let value: unknown = [];
    for (let level = 1; level <= MAX_JSON_DEPTH; level += 1) value = [value];
    expect(unstorableJson(value)).toBe(JSON_DEPTH_MESSAGE);
  });

  it(`accepts ${MAX_JSON_BYTES} bytes of JSON and refuses one more, counting UTF-8 bytes`, () => {
    const overhead = JSON.stringify({ p: '' }).length;
    expect(unstorableJson({ p: 'x'.repeat(MAX_JSON_BYTES - overhead) })).toBeNull();
    expect(unstorableJson({ p: 'x'.repeat(MAX_JSON_BYTES - overhead + 1) })).toBe(JSON_SIZE_MESSAGE);
    expect(unstorableJson({ p: '\u00e9'.repeat((MAX_JSON_BYTES - overhead) / 2 + 1) })).toBe(JSON_SIZE_MESSAGE);
  });

  it('stops at the depth limit instead of walking a structure of any depth', () => {
    let value: unknown = 'leaf';
    for (let level = 0; level < 200_000; level += 1) value = [value];
    expect(unstorableJson(value)).toBe(JSON_DEPTH_MESSAGE);
  });
});
