import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { AllocationKind, EventType, SupplierStatus } from '../domain/vocabulary';
import type { Booking } from '../entities/booking.entity';
import { recordEvent } from '../events/outbox';
import type { BookingStatus } from '../statemachine/booking-status';

// Events leave the subgraph: payloads carry ids, statuses and quantities, never personal data.

/** The event announcing that a booking entered a status; draft is announced by `booking.created`. */
const EVENT_FOR_STATUS: Readonly<Record<Exclude<BookingStatus, 'draft'>, EventType>> = {
  on_hold: 'booking.on_hold',
  awaiting_payment: 'booking.awaiting_payment',
  confirmed: 'booking.confirmed',
  in_progress: 'booking.started',
  completed: 'booking.completed',
  expired: 'booking.expired',
  cancelled: 'booking.cancelled',
};

/** Why a booking expired: an explicit transition (`route`) or the hold sweeper (`sweep`). */
export type ExpiryCause = 'route' | 'sweep';

const bookingFacts = (booking: Booking) => ({ bookingId: booking.id, bookingNumber: booking.bookingNumber });

/** A booking was created, in the status it was created in (draft, or on hold for a reservation). */
export function recordCreatedEvent(em: SqlEntityManager, booking: Booking, at: Date): void {
  recordEvent(em, {
    type: 'booking.created',
    bookingId: booking.id,
    at,
    payload: { ...bookingFacts(booking), status: booking.status },
  });
}

/**
 * The event an ordinary move into `booking.status` announces (`from` null: the booking was created
 * in it). Exactly one per status entered; an override announces itself instead.
 */
export function recordStatusEvent(
  em: SqlEntityManager,
  booking: Booking,
  from: BookingStatus | null,
  at: Date,
  cause: ExpiryCause = 'route',
): void {
  const status: BookingStatus = booking.status;
  if (status === 'draft') return;
  recordEvent(em, {
    type: EVENT_FOR_STATUS[status],
    bookingId: booking.id,
    at,
    payload: { ...bookingFacts(booking), previousStatus: from, status, ...(status === 'expired' ? { cause } : {}) },
  });
}

/** The override's free-text reason stays in the activity log. */
export function recordOverrideEvent(
  em: SqlEntityManager,
  booking: Booking,
  from: BookingStatus,
  at: Date,
  cascade: { allocationsRetaken: number },
): void {
  recordEvent(em, {
    type: 'booking.status_overridden',
    bookingId: booking.id,
    at,
    payload: {
      ...bookingFacts(booking),
      previousStatus: from,
      status: booking.status,
      allocationsRetaken: cascade.allocationsRetaken,
    },
  });
}

/** An item joined, changed quantity on, or left a booking. */
export function recordItemEvent(
  em: SqlEntityManager,
  change:
    | { type: 'booking.item.added'; bookingId: string; itemId: string; quantity: number; at: Date }
    | {
        type: 'booking.item.quantity_changed';
        bookingId: string;
        itemId: string;
        previousQuantity: number;
        quantity: number;
        at: Date;
      }
    | { type: 'booking.item.removed'; bookingId: string; itemId: string; at: Date },
): void {
  const { type, at, ...payload } = change;
  recordEvent(em, { type, bookingId: change.bookingId, at, payload });
}

/** An allocation took capacity (added, re-taken by an override) or gave it back (released). */
export function recordAllocationEvent(
  em: SqlEntityManager,
  change: {
    type: 'booking.allocation.added' | 'booking.allocation.released' | 'booking.allocation.retaken';
    bookingId: string;
    allocation: { id: string; kind: AllocationKind; targetId: string; quantity: number; status: string };
    cause: string;
    at: Date;
  },
): void {
  const { allocation } = change;
  recordEvent(em, {
    type: change.type,
    bookingId: change.bookingId,
    at: change.at,
    payload: {
      bookingId: change.bookingId,
      allocationId: allocation.id,
      kind: allocation.kind,
      targetId: allocation.targetId,
      quantity: allocation.quantity,
      status: allocation.status,
      cause: change.cause,
    },
  });
}

/** A slot's consumption moved by `delta` (positive: taken, negative: given back). */
export function recordSlotChange(
  em: SqlEntityManager,
  change: { slotId: string; delta: number; cause: string; bookingId: string; at: Date },
): void {
  if (change.delta === 0) return;
  recordEvent(em, {
    type: 'availability.slot.changed',
    bookingId: change.bookingId,
    at: change.at,
    payload: { slotId: change.slotId, delta: change.delta, cause: change.cause, bookingId: change.bookingId },
  });
}

/**
 * A supplier commitment entered a status (`previousStatus` null: it was recorded in it). `cause`
 * tells a staff change from a workflow's (a refund's reversal, a reservation plan's compensation).
 */
export function recordSupplierStatusEvent(
  em: SqlEntityManager,
  change: {
    bookingId: string;
    commitment: { id: string; supplierId?: string | null; status: SupplierStatus };
    previousStatus: SupplierStatus | null;
    cause: string;
    at: Date;
  },
): void {
  const { commitment } = change;
  recordEvent(em, {
    type: 'booking.supplier_status_changed',
    bookingId: change.bookingId,
    at: change.at,
    payload: {
      bookingId: change.bookingId,
      supplierStatusId: commitment.id,
      supplierId: commitment.supplierId ?? null,
      previousStatus: change.previousStatus,
      status: commitment.status,
      cause: change.cause,
    },
  });
}
