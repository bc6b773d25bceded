import { byTypename } from '../../src/resolvers/results';

describe('result union members', () => {
  it('resolve to the type their __typename names', () => {
    expect(byTypename({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT' })).toBe('VersionConflictError');
  });

  it('resolve a tagged success to its own type, not to a default', () => {
    expect(byTypename({ __typename: 'BookingFulfillment', id: 'bkfl_1' })).toBe('BookingFulfillment');
  });

  it('are refused without a __typename, so no value passes for a booking by default', () => {
    expect(() => byTypename({ id: 'book_1' })).toThrow('A result union member arrived without its __typename');
  });
});
