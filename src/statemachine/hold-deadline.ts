/** The longest hold any path may ask for. */
export const MAX_HOLD_MINUTES = 24 * 60;
const MS_PER_MINUTE = 60_000;

export const addMinutes = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MS_PER_MINUTE);

/** A hold counts until its deadline, exclusive: at the deadline it has passed. */
export const isHoldLive = (deadline: Date | null | undefined, now: Date): deadline is Date =>
  deadline !== null && deadline !== undefined && deadline.getTime() > now.getTime();

/**
 * The one rule for a hold deadline a caller names: it must lie ahead, and no further than the
 * longest hold. Reserving, extending and moving a booking into a hold all ask it, so no path
 * accepts a deadline another refuses. Returns what is wrong with it, or null.
 */
export function requestedHoldDeadlineProblem(deadline: Date, now: Date): string | null {
  if (!isHoldLive(deadline, now)) return 'must be in the future';
  if (deadline.getTime() > addMinutes(now, MAX_HOLD_MINUTES).getTime())
    return `must be at most ${MAX_HOLD_MINUTES} minutes from now`;
  return null;
}
