import { addMinutes, MAX_HOLD_MINUTES } from './hold-deadline';
import { defineLifecycle } from './lifecycle';

/** Every status a booking can be in, as stored. */
export const BOOKING_STATUSES = [
  'draft',
  'on_hold',
  'awaiting_payment',
  'confirmed',
  'in_progress',
  'completed',
  'expired',
  'cancelled',
] as const;

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The booking lifecycle: the only moves an ordinary (non-override) transition may make. */
export const bookingLifecycle = defineLifecycle(BOOKING_STATUSES, {
  draft: ['on_hold', 'awaiting_payment', 'confirmed', 'cancelled'],
  on_hold: ['awaiting_payment', 'confirmed', 'expired', 'cancelled'],
  awaiting_payment: ['confirmed', 'expired', 'cancelled'],
  confirmed: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  expired: [],
  cancelled: [],
});

/** Whether the booking lifecycle allows `from → to`. */
export function canTransitionBooking(from: BookingStatus, to: BookingStatus): boolean {
  return bookingLifecycle.can(from, to);
}

/** A booking was asked to make a move its lifecycle does not allow. */
export class BookingTransitionError extends Error {
  readonly code = 'INVALID_BOOKING_TRANSITION';
  override readonly name = 'BookingTransitionError';

  constructor(
    readonly from: BookingStatus,
    readonly to: BookingStatus,
  ) {
    super(`Cannot move a booking from ${from} to ${to}`);
  }
}

/**
 * The columns a status change writes. An absent key means "leave as is"; `null` clears the column
 * (`holdExpiresAt: null` clears the hold; an override out of a terminal status clears its stamp).
 */
export interface BookingStatusPatch {
  status: BookingStatus;
  confirmedAt?: Date;
  paidAt?: Date;
  awaitingPaymentAt?: Date;
  expiredAt?: Date | null;
  cancelledAt?: Date | null;
  completedAt?: Date | null;
  holdExpiresAt?: Date | null;
}

/** The stamp each terminal status carries: it says when the booking entered that status. */
export const TERMINAL_STAMP = {
  completed: 'completedAt',
  expired: 'expiredAt',
  cancelled: 'cancelledAt',
} as const satisfies Partial<Record<BookingStatus, keyof BookingStatusPatch>>;

const isTerminalStamped = (status: BookingStatus): status is keyof typeof TERMINAL_STAMP =>
  Object.hasOwn(TERMINAL_STAMP, status);

/** Inputs to a status change; time is injected so the patch is a pure function of its arguments. */
export interface TransitionOptions {
  now: Date;
  /** An explicit hold deadline; wins over `holdMinutes`. */
  holdExpiresAt?: Date;
  /** Hold length in whole minutes, 1–1440. */
  holdMinutes?: number;
  /** Hold length used when entering `on_hold` with neither of the above; defaults to 30. */
  defaultHoldMinutes?: number;
}

const DEFAULT_HOLD_MINUTES = 30;

/**
 * Moves a booking along its lifecycle and returns the columns to write.
 *
 * @throws BookingTransitionError when the lifecycle does not allow `from → to`.
 * @throws RangeError when `holdMinutes`/`defaultHoldMinutes` is not an integer in 1–1440, or a date is invalid.
 */
export function transitionBooking(
  from: BookingStatus,
  to: BookingStatus,
  options: TransitionOptions,
): BookingStatusPatch {
  if (!canTransitionBooking(from, to)) {
    throw new BookingTransitionError(from, to);
  }
  return stampTransition(from, to, options);
}

/**
 * The administrative escape hatch: moves a booking between any two different statuses,
 * stamping exactly as {@link transitionBooking} would. Leaving a terminal status clears its stamp,
 * so a revived booking no longer claims to be cancelled, expired or completed.
 *
 * @throws BookingTransitionError when `from === to`, since a no-op override would still
 * write stamps and an activity row for nothing.
 * @throws RangeError as {@link transitionBooking}.
 */
export function overrideBookingStatus(
  from: BookingStatus,
  to: BookingStatus,
  options: TransitionOptions,
): BookingStatusPatch {
  if (from === to) {
    throw new BookingTransitionError(from, to);
  }
  const patch = stampTransition(from, to, options);
  if (isTerminalStamped(from)) patch[TERMINAL_STAMP[from]] = null;
  return patch;
}

const HOLD_STATES: ReadonlySet<BookingStatus> = new Set<BookingStatus>(['on_hold', 'awaiting_payment']);

function stampTransition(from: BookingStatus, to: BookingStatus, options: TransitionOptions): BookingStatusPatch {
  const { now } = options;
  assertValidDate(now, 'now');
  // Validated up front, whatever the target, so a bad value never passes silently just because it went unused.
  if (options.holdExpiresAt !== undefined) {
    assertValidDate(options.holdExpiresAt, 'holdExpiresAt');
  }
  if (options.holdMinutes !== undefined) {
    assertHoldMinutes(options.holdMinutes, 'holdMinutes');
  }
  const defaultHoldMinutes = options.defaultHoldMinutes ?? DEFAULT_HOLD_MINUTES;
  assertHoldMinutes(defaultHoldMinutes, 'defaultHoldMinutes');

  const patch: BookingStatusPatch = { status: to };
  // Each patch gets its own Date so a caller mutating one stamp cannot shift another.
  const at = (): Date => new Date(now.getTime());

  switch (to) {
    case 'confirmed':
      patch.confirmedAt = at();
      // Only the payment path proves money arrived; a direct or held confirmation is not a payment.
      if (from === 'awaiting_payment') {
        patch.paidAt = at();
      }
      break;
    case 'awaiting_payment':
      patch.awaitingPaymentAt = at();
      break;
    case 'expired':
      patch.expiredAt = at();
      break;
    case 'cancelled':
      patch.cancelledAt = at();
      break;
    case 'completed':
      patch.completedAt = at();
      break;
    default:
      break;
  }

  if (to === 'on_hold') {
    patch.holdExpiresAt = explicitHoldDeadline(options) ?? addMinutes(now, defaultHoldMinutes);
  } else if (to === 'awaiting_payment') {
    // Awaiting payment keeps the running hold unless the caller asks for a new deadline.
    const deadline = explicitHoldDeadline(options);
    if (deadline !== undefined) {
      patch.holdExpiresAt = deadline;
    }
  } else if (HOLD_STATES.has(from) && !HOLD_STATES.has(to)) {
    // Along the graph that is confirm, cancel or expire; an override out of a hold clears it too.
    patch.holdExpiresAt = null;
  }

  return patch;
}

function explicitHoldDeadline(options: TransitionOptions): Date | undefined {
  if (options.holdExpiresAt !== undefined) {
    return new Date(options.holdExpiresAt.getTime());
  }
  if (options.holdMinutes !== undefined) {
    return addMinutes(options.now, options.holdMinutes);
  }
  return undefined;
}

function assertHoldMinutes(minutes: number, field: string): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_HOLD_MINUTES) {
    throw new RangeError(`${field} must be an integer from 1 to ${MAX_HOLD_MINUTES}`);
  }
}

function assertValidDate(date: Date, field: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${field} must be a valid date`);
  }
}
