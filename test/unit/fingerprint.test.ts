import { createHash } from 'node:crypto';
import { canonicalJson, fingerprint } from '../../src/approvals/fingerprint';

describe('canonicalJson', () => {
  it('writes object keys in sorted order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('writes no whitespace', () => {
    expect(canonicalJson({ list: [1, 2], nested: { key: 'a value' } })).toBe(
      '{"list":[1,2],"nested":{"key":"a value"}}',
    );
  });

  it('writes undefined object members as null rather than dropping them', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"a":null,"b":1}');
  });

  it('writes undefined array elements and holes as null', () => {
    // The hole is the input under test.
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([undefined, 1, , 2])).toBe('[null,1,null,2]');
  });

  it('writes a top-level undefined as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('keeps array order while sorting keys of objects inside nested arrays', () => {
    expect(canonicalJson([[{ z: 1, y: 2 }], [3, [4, { b: true, a: false }]]])).toBe(
      '[[{"y":2,"z":1}],[3,[4,{"a":false,"b":true}]]]',
    );
  });

  it('writes dates as ISO-8601 strings, nested or not', () => {
    const at = new Date('2030-05-01T10:00:00.000Z');
    expect(canonicalJson({ at, list: [at] })).toBe(
      '{"at":"2030-05-01T10:00:00.000Z","list":["2030-05-01T10:00:00.000Z"]}',
    );
  });

  it('escapes strings and keys as JSON does', () => {
    expect(canonicalJson({ 'quote"key': 'line\nbreak' })).toBe('{"quote\\"key":"line\\nbreak"}');
  });

  it('accepts objects without a prototype', () => {
    const bare: Record<string, unknown> = Object.create(null);
    bare.b = 2;
    bare.a = 1;
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it('writes a shared (non-cyclic) reference each time it appears', () => {
    const shared = { id: 1 };
    expect(canonicalJson({ first: shared, second: shared })).toBe('{"first":{"id":1},"second":{"id":1}}');
  });

  it('rejects a cyclic structure with a TypeError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });

  it.each([
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a bigint', BigInt(1)],
    ['a Map', new Map([['a', 1]])],
  ])('rejects %s with a TypeError instead of silently dropping it', (_label, value) => {
    expect(() => canonicalJson({ value })).toThrow(TypeError);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an invalid date', new Date(Number.NaN)],
  ])('rejects %s with a RangeError instead of writing null', (_label, value) => {
    expect(() => canonicalJson({ value })).toThrow(RangeError);
  });
});

describe('fingerprint', () => {
  it('is the hex SHA-256 of the canonical JSON', () => {
    const value = { b: [1, undefined], a: new Date('2030-05-01T10:00:00.000Z') };
    const expected = createHash('sha256').update(canonicalJson(value)).digest('hex');
    expect(fingerprint(value)).toBe(expected);
  });

  it('is 64 lowercase hex characters', () => {
    expect(fingerprint({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('treats an undefined member the same as an explicit null', () => {
    expect(fingerprint({ a: undefined })).toBe(fingerprint({ a: null }));
  });

  it('treats a date the same as its ISO string', () => {
    const at = new Date('2030-05-01T10:00:00.000Z');
    expect(fingerprint({ at })).toBe(fingerprint({ at: at.toISOString() }));
  });

  it('differs when a value differs', () => {
    expect(fingerprint({ amount: 100 })).not.toBe(fingerprint({ amount: 101 }));
  });

  it('differs when array order differs', () => {
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
  });

  it('differs between a number and its string form', () => {
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: '1' }));
  });

  it('differs between a missing member and an undefined one', () => {
    expect(fingerprint({})).not.toBe(fingerprint({ a: undefined }));
  });
});
