import { maskValue, type MaskKind } from '../../src/pii/masks';

describe('maskValue', () => {
  describe('email', () => {
    it.each([
      ['alice@example.com', 'a***e@example.com', 'keeps the first and last character of the local part'],
      ['ab@example.com', '**@example.com', 'stars a two-character local part entirely'],
      ['a@x.io', '*@x.io', 'stars a one-character local part entirely'],
      ['alice.example.com', '***', 'hides a value without @'],
      ['@example.com', '***', 'hides a value that starts with @'],
    ])('%s → %s (%s)', (value, expected) => {
      expect(maskValue('email', value)).toBe(expected);
    });
  });

  describe('phone', () => {
    it.each([
      ['+40 712 345 678', '***5678', 'keeps the last four digits'],
      ['(555) 010-9999', '***9999', 'ignores punctuation when counting digits'],
      ['12345', '***2345', 'keeps four of five digits'],
      ['1234', '***', 'hides four digits entirely'],
      ['+1 23', '***', 'hides fewer than four digits entirely'],
    ])('%s → %s (%s)', (value, expected) => {
      expect(maskValue('phone', value)).toBe(expected);
    });
  });

  describe('text', () => {
    it.each([
      ['Ion Popescu', '***'],
      ['x', '***'],
    ])('%s → %s', (value, expected) => {
      expect(maskValue('text', value)).toBe(expected);
    });
  });

  describe.each<MaskKind>(['email', 'phone', 'text'])('absent values (%s)', (kind) => {
    it('leaves an empty string empty', () => {
      expect(maskValue(kind, '')).toBe('');
    });

    it('leaves null as null', () => {
      expect(maskValue(kind, null)).toBeNull();
    });

    it('leaves undefined as undefined', () => {
      expect(maskValue(kind, undefined)).toBeUndefined();
    });
  });
});
