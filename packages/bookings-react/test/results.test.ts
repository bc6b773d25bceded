import { describe, expect, it } from 'vitest';
import { isMember, outcomeCode, outcomeMessage, type Typed } from '../src';

describe('result unions', () => {
  it('isMember narrows by __typename', () => {
    const result = { __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', message: 'changed' } as const;
    expect(isMember(result, 'VersionConflictError')).toBe(true);
  });

  it('an error member this client does not know yet still shows its message and code', () => {
    // What a newer server may answer: a member added to the union after this client was built.
    const unknown: Typed = JSON.parse(
      '{"__typename":"SomeFutureError","code":"SOME_FUTURE","message":"Not now"}',
    ) as Typed;
    expect(outcomeMessage(unknown)).toBe('Not now');
    expect(outcomeCode(unknown)).toBe('SOME_FUTURE');
  });

  it('a member without a message is described by its type name', () => {
    expect(outcomeMessage({ __typename: 'Booking' })).toBe('Unexpected answer: Booking');
    expect(outcomeCode({ __typename: 'Booking' })).toBeNull();
  });
});
