import type { BookingStatus, SupplierConfirmationStatus } from '@bookings/react';

export function formatMoney(money: { amountCents: number; currency: string } | null | undefined): string {
  if (!money) return '—';
  return `${(money.amountCents / 100).toFixed(2)} ${money.currency}`;
}

/** The button label for moving a booking to `status`. */
export const TRANSITION_LABELS: Readonly<Record<BookingStatus, string>> = {
  DRAFT: 'Reopen',
  ON_HOLD: 'Put on hold',
  AWAITING_PAYMENT: 'Await payment',
  CONFIRMED: 'Confirm',
  IN_PROGRESS: 'Start',
  COMPLETED: 'Complete',
  EXPIRED: 'Expire',
  CANCELLED: 'Cancel booking',
};

/** The button label for moving a supplier commitment to `status`; none says "confirm", which names booking moves. */
export const SUPPLIER_TRANSITION_LABELS: Readonly<Record<SupplierConfirmationStatus, string>> = {
  PENDING: 'Ask again',
  CONFIRMED: 'Mark accepted',
  REJECTED: 'Mark refused',
  CANCELLED: 'Withdraw request',
};

export const BOOKING_STATUSES: readonly BookingStatus[] = [
  'DRAFT',
  'ON_HOLD',
  'AWAITING_PAYMENT',
  'CONFIRMED',
  'IN_PROGRESS',
  'COMPLETED',
  'EXPIRED',
  'CANCELLED',
];
