import { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import type { SupplierStatusPatch } from '../statemachine/supplier-status';
import type { UpsertSupplierStatusInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { recordSupplierStatusEvent } from './lifecycle-events';
import type { BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';
import { supplierStatusMove } from './supplier-commitments-service';

/**
 * The deprecated whole-record upsert. Kept for its callers, but its status follows the supplier
 * lifecycle like `setSupplierConfirmation` does, and `confirmedAt` comes from the clock.
 */
export async function upsertBookingSupplierStatus(
  scope: ServiceScope,
  input: UpsertSupplierStatusInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    const at = scope.clock.now();
    let row = input.id ? await em.findOne(BookingSupplierStatus, { id: input.id }) : null;
    if (input.id && !row) throw notFound('Supplier status', input.id, 'input.id');
    if (row && row.booking !== booking.id)
      throw badUserInput('input.id: the supplier status belongs to another booking', 'input.id');
    const previousStatus = row?.status ?? null;
    const from = previousStatus ?? 'pending';
    const patch: SupplierStatusPatch =
      input.status === from ? { status: from } : supplierStatusMove(from, input.status, at);
    const columns = {
      supplierId: input.supplierId ?? null,
      supplierServiceId: input.supplierServiceId ?? null,
      serviceName: input.serviceName,
      status: patch.status,
      supplierReference: input.supplierReference ?? null,
      costCurrency: input.cost?.currency ?? null,
      costAmountCents: input.cost?.amountCents ?? null,
      notes: input.notes ?? null,
      confirmedAt: patch.confirmedAt ?? row?.confirmedAt ?? null,
      updatedAt: at,
    };
    if (row) em.assign(row, columns);
    else
      row = em.create(BookingSupplierStatus, {
        id: newId(ID_PREFIX.supplierStatus),
        booking: booking.id,
        ...columns,
        supplierInvoiceLineId: null,
        createdAt: at,
      });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'supplier_update',
      description: previousStatus
        ? `Supplier status ${row.id} changed from ${previousStatus} to ${input.status}`
        : `Supplier status ${row.id} recorded as ${input.status}`,
      metadata: { supplierStatusId: row.id, from: previousStatus, to: input.status },
    });
    if (previousStatus !== patch.status)
      recordSupplierStatusEvent(em, { bookingId: booking.id, commitment: row, previousStatus, cause: 'upsert', at });
    return { bookingId: booking.id };
  });
}
