import { badUserInput } from '../errors';
import { fail } from '../domain/outcomes';

const MAX_HOLD_MINUTES = 24 * 60;
const MS_PER_MINUTE = 60_000;

export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MS_PER_MINUTE);

/** A hold counts until its deadline, exclusive: at the deadline it has passed. */
export const isHoldLive = (deadline: Date | null | undefined, now: Date): deadline is Date =>
  deadline !== null && deadline !== undefined && deadline.getTime() > now.getTime();

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
    if (!isHoldLive(request.holdExpiresAt, now)) throw badUserInput(`${field}: must be in the future`, field);
    if (request.holdExpiresAt.getTime() > addMinutes(now, MAX_HOLD_MINUTES).getTime()) {
      throw badUserInput(`${field}: must be at most ${MAX_HOLD_MINUTES} minutes from now`, field);
    }
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
