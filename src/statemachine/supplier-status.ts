import { SUPPLIER_STATUSES, type SupplierStatus } from '../domain/vocabulary';
import { defineLifecycle } from './lifecycle';

export { SUPPLIER_STATUSES, type SupplierStatus };

/**
 * A supplier commitment's lifecycle. A refusal can be asked again (`rejected → pending`); a
 * confirmation can only be withdrawn, so a confirmed service is never silently un-confirmed.
 */
export const supplierStatusLifecycle = defineLifecycle(SUPPLIER_STATUSES, {
  pending: ['confirmed', 'rejected', 'cancelled'],
  confirmed: ['cancelled'],
  rejected: ['pending'],
  cancelled: [],
});

/** Whether the supplier lifecycle allows `from → to`. */
export function canTransitionSupplierStatus(from: SupplierStatus, to: SupplierStatus): boolean {
  return supplierStatusLifecycle.can(from, to);
}

/** A supplier commitment was asked to make a move its lifecycle does not allow. */
export class SupplierStatusTransitionError extends Error {
  readonly code = 'INVALID_SUPPLIER_STATUS_TRANSITION';
  override readonly name = 'SupplierStatusTransitionError';

  constructor(
    readonly from: SupplierStatus,
    readonly to: SupplierStatus,
  ) {
    super(`Cannot move a supplier commitment from ${from} to ${to}`);
  }
}

/** The columns a supplier status change writes; an absent key means "leave as is". */
export interface SupplierStatusPatch {
  status: SupplierStatus;
  confirmedAt?: Date;
}

/**
 * Moves a supplier commitment along its lifecycle. `confirmedAt` is the server's clock at the
 * move into `confirmed`, never a caller's value; later moves keep it as the record of that answer.
 *
 * @throws SupplierStatusTransitionError when the lifecycle does not allow `from → to`.
 * @throws RangeError when `now` is not a valid date.
 */
export function transitionSupplierStatus(
  from: SupplierStatus,
  to: SupplierStatus,
  options: { now: Date },
): SupplierStatusPatch {
  if (!canTransitionSupplierStatus(from, to)) throw new SupplierStatusTransitionError(from, to);
  const { now } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
  return to === 'confirmed' ? { status: to, confirmedAt: new Date(now.getTime()) } : { status: to };
}

/** Where a booking's supplier commitments stand together, as `Booking.supplierConfirmation` reports it. */
export type BookingSupplierConfirmation = 'none' | 'pending' | 'partial' | 'confirmed' | 'rejected';

/**
 * Cancelled commitments were withdrawn and no longer count. A refusal outweighs everything else
 * because someone has to act on it; otherwise all, some or none of the rest are confirmed.
 */
export function bookingSupplierConfirmation(statuses: readonly SupplierStatus[]): BookingSupplierConfirmation {
  const standing = statuses.filter((status) => status !== 'cancelled');
  if (standing.length === 0) return 'none';
  if (standing.includes('rejected')) return 'rejected';
  const confirmed = standing.filter((status) => status === 'confirmed').length;
  if (confirmed === standing.length) return 'confirmed';
  return confirmed === 0 ? 'pending' : 'partial';
}
