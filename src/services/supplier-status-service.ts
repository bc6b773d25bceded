import { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import { badUserInput, notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import type { UpsertSupplierStatusInput } from '../validation/booking-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import type { BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

export async function upsertBookingSupplierStatus(
  scope: ServiceScope,
  input: UpsertSupplierStatusInput,
): Promise<{ bookingId: string } | BusinessOutcome> {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    const at = scope.clock.now();
    let row = input.id ? await em.findOne(BookingSupplierStatus, { id: input.id }) : null;
    if (input.id && !row) throw notFound('Supplier status', input.id, 'input.id');
    if (row && row.booking !== booking.id)
      throw badUserInput('input.id: the supplier status belongs to another booking', 'input.id');
    const previousStatus = row?.status ?? null;
    const columns = {
      supplierId: input.supplierId ?? null,
      supplierServiceId: input.supplierServiceId ?? null,
      serviceName: input.serviceName,
      status: input.status,
      supplierReference: input.supplierReference ?? null,
      costCurrency: input.cost?.currency ?? null,
      costAmountCents: input.cost?.amountCents ?? null,
      notes: input.notes ?? null,
      // Stamped when the supplier confirms; kept as history if it later changes.
      confirmedAt: input.status === 'confirmed' && previousStatus !== 'confirmed' ? at : (row?.confirmedAt ?? null),
      updatedAt: at,
    };
    if (row) em.assign(row, columns);
    else
      row = em.create(BookingSupplierStatus, {
        id: newId(ID_PREFIX.supplierStatus),
        booking: booking.id,
        ...columns,
        createdAt: at,
      });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'supplier_update',
      description: `Supplier status ${row.id} ${
        previousStatus ? `changed from ${previousStatus} to ${input.status}` : `recorded as ${input.status}`
      }`,
      metadata: { supplierStatusId: row.id, from: previousStatus, to: input.status },
    });
    return { bookingId: booking.id };
  });
}
