import { BookingsRequestError } from '@bookings/react';

/** What the buyer is told after an action: a done step, or why it did not happen. */
export type Notice = { kind: 'done' | 'refused'; text: string } | null;

/** A refused request in the buyer's words; a missing or foreign capability is the common case worth naming. */
export function failureText(error: unknown): string {
  if (error instanceof BookingsRequestError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED'))
    return 'This booking can only be continued in the browser tab that started it.';
  return error instanceof Error ? error.message : 'The request failed.';
}

export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return <p role={notice.kind === 'done' ? 'status' : 'alert'}>{notice.text}</p>;
}
