import { badUserInput } from '../errors';
import { fail } from '../domain/outcomes';
import { addMinutes, isHoldLive, requestedHoldDeadlineProblem } from '../statemachine/hold-deadline';

export { addMinutes, isHoldLive };

/** Refuses, as malformed input naming `field`, a deadline the one hold-deadline rule does not allow. */
export function assertRequestedHoldDeadline(deadline: Date, now: Date, field = 'input.holdExpiresAt'): void {
  const problem = requestedHoldDeadlineProblem(deadline, now);
  if (problem !== null) throw badUserInput(`${field}: ${problem}`, field);
}

/**
 * The deadline a hold request asks for: an explicit instant, else minutes from now, else the
 * configured default. An explicit instant must lie ahead, and no further than the longest hold.
 */
export function holdDeadline(
  request: { holdMinutes?: number | null; holdExpiresAt?: Date | null },
  now: Date,
  defaultMinutes: number,
  field = 'input.holdExpiresAt',
): Date {
  if (request.holdExpiresAt) {
    assertRequestedHoldDeadline(request.holdExpiresAt, now, field);
    return new Date(request.holdExpiresAt.getTime());
  }
  return addMinutes(now, request.holdMinutes ?? defaultMinutes);
}

export function holdExpired(holdExpiresAt: Date | null): never {
  return fail({
    __typename: 'HoldExpiredError',
    code: 'HOLD_EXPIRED',
    message: holdExpiresAt ? `The hold passed at ${holdExpiresAt.toISOString()}` : 'The hold has passed',
    holdExpiresAt,
  });
}
