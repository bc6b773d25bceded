import { randomBytes } from 'node:crypto';
import {
  canonicalContext,
  EnvelopeDecryptError,
  openBucket,
  sealBucket,
  type SealedEnvelope,
} from '../../src/pii/envelope';
import type { EncryptionContext } from '../../src/pii/kms/kms-provider';

const KEY_ID = 'local:0badc0de';
const BUCKET = 'travelDetails';

function travelerContext(travelerId: string): EncryptionContext {
  return { purpose: 'booking-traveler-pii', bookingId: 'book_01jz000000000000000000000a', travelerId };
}

const alice = travelerContext('bkpt_01jz00000000000000000000a1');
const bob = travelerContext('bkpt_01jz00000000000000000000b2');
const passport = { passportNumber: 'X1234567', nationality: 'RO', names: ['Ana', 'Măria'] };

function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] ^= 0x01;
  return bytes.toString('base64');
}

function expectEnvelopeError(open: () => unknown): void {
  let thrown: unknown;
  try {
    open();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(EnvelopeDecryptError);
  expect(thrown).toMatchObject({ code: 'PII_ENVELOPE_INVALID' });
}

describe('canonicalContext', () => {
  it('serialises keys in sorted order whatever the insertion order', () => {
    expect(canonicalContext({ travelerId: 't', bookingId: 'b', purpose: 'p' })).toBe(
      '{"bookingId":"b","purpose":"p","travelerId":"t"}',
    );
  });

  it('sorts integer-like keys as strings too', () => {
    expect(canonicalContext({ b: '1', '10': '2', '2': '3' })).toBe('{"10":"2","2":"3","b":"1"}');
  });

  it('rejects non-string values', () => {
    const context = { bookingId: 42 } as unknown as EncryptionContext;
    expect(() => canonicalContext(context)).toThrow(TypeError);
  });
});

describe('sealBucket / openBucket', () => {
  const dataKey = randomBytes(32);

  it('opens what it sealed for the same key, context and bucket', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expect(openBucket(dataKey, alice, BUCKET, envelope)).toEqual(passport);
  });

  it('survives a JSON round trip, as through a jsonb column', () => {
    const stored: unknown = JSON.parse(JSON.stringify(sealBucket(dataKey, KEY_ID, alice, BUCKET, passport)));
    expect(openBucket(dataKey, alice, BUCKET, stored)).toEqual(passport);
  });

  it('opens with the context keys in another order', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const reordered = { travelerId: alice.travelerId, purpose: alice.purpose, bookingId: alice.bookingId };
    expect(openBucket(dataKey, reordered, BUCKET, envelope)).toEqual(passport);
  });

  it('records version, algorithm and key id, with no plaintext in the envelope', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expect(envelope).toMatchObject({ v: 1, kid: KEY_ID, alg: 'AES-256-GCM' });
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(envelope.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(envelope)).not.toContain('X1234567');
  });

  it('uses a fresh IV every time, so equal values give different ciphertexts', () => {
    const first = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const second = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ct).not.toBe(first.ct);
  });

  it('rejects a value that is not JSON-serialisable', () => {
    expect(() => sealBucket(dataKey, KEY_ID, alice, BUCKET, undefined)).toThrow(TypeError);
  });

  it('rejects a data key that is not 32 bytes', () => {
    expect(() => sealBucket(randomBytes(16), KEY_ID, alice, BUCKET, passport)).toThrow(RangeError);
  });

  it('refuses another booking in the context', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const otherBooking = { ...alice, bookingId: 'book_01jz000000000000000000000b' };
    expectEnvelopeError(() => openBucket(dataKey, otherBooking, BUCKET, envelope));
  });

  it("refuses one traveler's envelope under another traveler's context", () => {
    const aliceEnvelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const bobEnvelope = sealBucket(dataKey, KEY_ID, bob, BUCKET, { passportNumber: 'Y7654321' });
    expectEnvelopeError(() => openBucket(dataKey, bob, BUCKET, aliceEnvelope));
    expectEnvelopeError(() => openBucket(dataKey, alice, BUCKET, bobEnvelope));
  });

  it('refuses an extra context entry', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expectEnvelopeError(() => openBucket(dataKey, { ...alice, extra: 'x' }, BUCKET, envelope));
  });

  it('refuses another bucket name', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expectEnvelopeError(() => openBucket(dataKey, alice, 'contact', envelope));
  });

  it('refuses another data key', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    expectEnvelopeError(() => openBucket(randomBytes(32), alice, BUCKET, envelope));
  });

  it.each<[keyof Pick<SealedEnvelope, 'ct' | 'iv' | 'tag'>, number]>([
    ['ct', 0],
    ['ct', -1],
    ['iv', 0],
    ['iv', 11],
    ['tag', 0],
    ['tag', 15],
  ])('refuses a flipped bit in %s at byte %i', (field, index) => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const length = Buffer.from(envelope[field], 'base64').length;
    const tampered = { ...envelope, [field]: flipByte(envelope[field], (index + length) % length) };
    expectEnvelopeError(() => openBucket(dataKey, alice, BUCKET, tampered));
  });

  it('refuses a truncated ciphertext', () => {
    const envelope = sealBucket(dataKey, KEY_ID, alice, BUCKET, passport);
    const ct = Buffer.from(envelope.ct, 'base64');
    const tampered = { ...envelope, ct: ct.subarray(0, ct.length - 1).toString('base64') };
    expectEnvelopeError(() => openBucket(dataKey, alice, BUCKET, tampered));
  });

  describe('malformed envelopes', () => {
    const valid = sealBucket(randomBytes(32), KEY_ID, alice, BUCKET, passport);

    it.each<[string, unknown]>([
      ['null', null],
      ['a string', JSON.stringify(valid)],
      ['an array', [valid]],
      ['a missing tag', { ...valid, tag: undefined }],
      ['an unknown version', { ...valid, v: 2 }],
      ['another algorithm', { ...valid, alg: 'AES-128-GCM' }],
      ['an empty key id', { ...valid, kid: '' }],
      ['an iv that is not base64', { ...valid, iv: '!!!!' + valid.iv.slice(4) }],
      ['an iv of the wrong length', { ...valid, iv: randomBytes(16).toString('base64') }],
      ['a tag of the wrong length', { ...valid, tag: randomBytes(8).toString('base64') }],
      ['an empty ciphertext', { ...valid, ct: '' }],
      ['a numeric ciphertext', { ...valid, ct: 42 }],
      ['an unexpected field', { ...valid, extra: 'x' }],
    ])('refuses %s', (_description, envelope) => {
      expectEnvelopeError(() => openBucket(dataKey, alice, BUCKET, envelope));
    });
  });
});
