import { GraphQLError } from 'graphql';
import { idempotencyKey, withHeaderFields } from '../../src/validation/request-keys';

function thrown(run: () => unknown): GraphQLError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return undefined;
}

describe('withHeaderFields', () => {
  it('takes the key from the Idempotency-Key header when the input has none', () => {
    expect(withHeaderFields({ 'idempotency-key': 'k1' }, { id: 'x' }, ['idempotencyKey'])).toEqual({
      id: 'x',
      idempotencyKey: 'k1',
    });
  });

  it('takes the approval id from the Action-Approval-Id header when the input has none', () => {
    expect(withHeaderFields({ 'action-approval-id': 'alap_1' }, { id: 'x', approvalId: null }, ['approvalId'])).toEqual(
      { id: 'x', approvalId: 'alap_1' },
    );
  });

  it('accepts both when they are equal', () => {
    expect(withHeaderFields({ 'idempotency-key': 'k1' }, { idempotencyKey: 'k1' }, ['idempotencyKey'])).toEqual({
      idempotencyKey: 'k1',
    });
  });

  it('refuses an input field that contradicts its header, naming the field', () => {
    const error = thrown(() =>
      withHeaderFields({ 'idempotency-key': 'k1' }, { idempotencyKey: 'k2' }, ['idempotencyKey']),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });

  it('ignores headers the mutation does not accept', () => {
    expect(withHeaderFields({ 'action-approval-id': 'alap_1' }, { id: 'x' }, ['idempotencyKey'])).toEqual({ id: 'x' });
  });

  it('leaves the caller’s argument object untouched', () => {
    const argument = { id: 'x' };
    withHeaderFields({ 'idempotency-key': 'k1' }, argument, ['idempotencyKey']);
    expect(argument).toEqual({ id: 'x' });
  });
});

describe('idempotencyKey', () => {
  it('accepts 255 characters', () => {
    expect(idempotencyKey.safeParse('k'.repeat(255)).success).toBe(true);
  });

  it('refuses 256 characters', () => {
    expect(idempotencyKey.safeParse('k'.repeat(256)).success).toBe(false);
  });

  it('refuses an empty key', () => {
    expect(idempotencyKey.safeParse('').success).toBe(false);
  });

  it('refuses characters a header cannot carry', () => {
    expect(idempotencyKey.safeParse('key with spaces').success).toBe(false);
  });
});
