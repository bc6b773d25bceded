import type { GraphqlResponse } from './test-app';

/** The union member a mutation returned, asserting it is the expected success type. */
export function expectSuccess<T extends { __typename?: string }>(
  response: GraphqlResponse,
  field: string,
  typename = 'Booking',
): T {
  expect(response.errors).toBeUndefined();
  const value = (response.data as Record<string, T> | null | undefined)?.[field];
  expect(value?.__typename).toBe(typename);
  return value as T;
}

/** The business outcome a mutation returned, asserting its stable code. */
export function expectOutcome<T extends { __typename?: string; code?: string }>(
  response: GraphqlResponse,
  field: string,
  code: string,
): T {
  expect(response.errors).toBeUndefined();
  const value = (response.data as Record<string, T> | null | undefined)?.[field];
  expect(value?.code).toBe(code);
  return value as T;
}

/** A GraphQL error with the given `extensions.code` (and, when given, `extensions.field`). */
export function expectGraphqlError(response: GraphqlResponse, code: string, field?: string) {
  expect(response.errors?.length ?? 0).toBeGreaterThan(0);
  const error = response.errors?.find((candidate) => candidate.extensions?.code === code);
  expect(error?.extensions?.code ?? response.errors?.map((e) => e.extensions?.code)).toBe(code);
  if (field !== undefined) expect(error?.extensions?.field).toBe(field);
  return error;
}
