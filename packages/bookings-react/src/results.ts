/** Any member of a result union, as the generated types describe it. */
export interface Typed {
  __typename: string;
}

/** The member of `Result` named `Name`. */
export type Member<Result extends Typed, Name extends Result['__typename']> = Extract<Result, { __typename: Name }>;

/** Narrows a union result by `__typename`: `if (isMember(result, 'Booking')) result.version`. */
export function isMember<Result extends Typed, Name extends Result['__typename']>(
  result: Result,
  name: Name,
): result is Member<Result, Name> {
  return result.__typename === name;
}

/** An error member: anything but the success type(s) named. */
export type ErrorMember<Result extends Typed, Success extends Result['__typename']> = Exclude<
  Result,
  { __typename: Success }
>;

/**
 * What to tell a person about an error member. Unions grow (a server newer than this client may answer a
 * member it does not know), so anything with a `message` is shown as it is, and anything else generically.
 */
export function outcomeMessage(result: Typed): string {
  if ('message' in result && typeof result.message === 'string') return result.message;
  return `Unexpected answer: ${result.__typename}`;
}

/** The stable `code` of an error member (BookingError), or null for a success member. */
export function outcomeCode(result: Typed): string | null {
  return 'code' in result && typeof result.code === 'string' ? result.code : null;
}
