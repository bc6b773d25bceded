import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../entities/booking.entity';
import { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import { notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import {
  SupplierStatusTransitionError,
  transitionSupplierStatus,
  type SupplierStatus,
  type SupplierStatusPatch,
} from '../statemachine/supplier-status';
import type {
  AddBookingSupplierStatusInput,
  LinkSupplierInvoiceLineInput,
  SetSupplierConfirmationInput,
  UpdateBookingSupplierStatusInput,
} from '../validation/supplier-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import { recordSupplierStatusEvent } from './lifecycle-events';
import { fail, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from './publishing-unit-of-work';

type Changed = { id: string };

/**
 * The booking, locked, and its commitment `id`. The commitment is looked up within the booking, so
 * an id of another booking is NOT_FOUND before anything is written, and no activity lands on either.
 */
async function lockCommitment(
  em: SqlEntityManager,
  input: { bookingId: string; id: string },
): Promise<{ booking: Booking; commitment: BookingSupplierStatus }> {
  const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
  const commitment = await em.findOne(BookingSupplierStatus, { id: input.id, booking: booking.id }, { refresh: true });
  if (!commitment) throw notFound('Booking supplier status', input.id, 'input.id');
  return { booking, commitment };
}

/** The lifecycle's patch for `from → to`, or the SupplierStatusTransitionError union member. */
export function supplierStatusMove(from: SupplierStatus, to: SupplierStatus, at: Date): SupplierStatusPatch {
  try {
    return transitionSupplierStatus(from, to, { now: at });
  } catch (error) {
    if (!(error instanceof SupplierStatusTransitionError)) throw error;
    return fail({
      __typename: 'SupplierStatusTransitionError',
      code: error.code,
      message: error.message,
      from: error.from,
      to: error.to,
    });
  }
}

/** Records a commitment, PENDING unless the caller already has the supplier's answer. */
export async function addBookingSupplierStatus(
  scope: ServiceScope,
  input: AddBookingSupplierStatusInput,
): Promise<Changed | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    const at = scope.clock.now();
    const to = input.status ?? 'pending';
    const patch: SupplierStatusPatch = to === 'pending' ? { status: 'pending' } : supplierStatusMove('pending', to, at);
    const commitment = em.create(BookingSupplierStatus, {
      id: newId(ID_PREFIX.supplierStatus),
      booking: booking.id,
      supplierId: input.supplierId ?? null,
      supplierServiceId: input.supplierServiceId ?? null,
      serviceName: input.serviceName,
      status: patch.status,
      supplierReference: input.supplierReference ?? null,
      costCurrency: input.cost?.currency ?? null,
      costAmountCents: input.cost?.amountCents ?? null,
      notes: input.notes ?? null,
      confirmedAt: patch.confirmedAt ?? null,
      supplierInvoiceLineId: null,
      createdAt: at,
      updatedAt: at,
    });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'supplier_update',
      description: `Supplier status ${commitment.id} recorded as ${commitment.status}`,
      metadata: { supplierStatusId: commitment.id, from: null, to: commitment.status },
    });
    recordSupplierStatusEvent(em, { bookingId: booking.id, commitment, previousStatus: null, cause: 'added', at });
    return { id: commitment.id };
  });
}

/** Changes a commitment's details; its status moves only through `setSupplierConfirmation`. */
export async function updateBookingSupplierStatus(
  scope: ServiceScope,
  input: UpdateBookingSupplierStatusInput,
): Promise<Changed | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const { booking, commitment } = await lockCommitment(em, input);
    const at = scope.clock.now();
    const changes: Partial<BookingSupplierStatus> = {};
    if (input.supplierId !== undefined) changes.supplierId = input.supplierId;
    if (input.supplierServiceId !== undefined) changes.supplierServiceId = input.supplierServiceId;
    if (input.serviceName !== undefined) changes.serviceName = input.serviceName;
    if (input.supplierReference !== undefined) changes.supplierReference = input.supplierReference;
    if (input.notes !== undefined) changes.notes = input.notes;
    if (input.cost !== undefined) {
      changes.costCurrency = input.cost?.currency ?? null;
      changes.costAmountCents = input.cost?.amountCents ?? null;
    }
    Object.assign(commitment, changes, { updatedAt: at });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'supplier_update',
      description: `Supplier status ${commitment.id} updated`,
      metadata: { supplierStatusId: commitment.id, fields: Object.keys(changes) },
    });
    return { id: commitment.id };
  });
}

/** Moves a commitment along the supplier lifecycle, stamping `confirmedAt` from the clock on confirmation. */
export async function setSupplierConfirmation(
  scope: ServiceScope,
  input: SetSupplierConfirmationInput,
): Promise<Changed | BusinessOutcome> {
  return runPublishingUnitOfWork(scope, async (em) => {
    const { booking, commitment } = await lockCommitment(em, input);
    const at = scope.clock.now();
    const from = commitment.status;
    const patch = supplierStatusMove(from, input.status, at);
    Object.assign(commitment, patch, { updatedAt: at });
    if (input.supplierReference !== undefined && input.supplierReference !== null)
      commitment.supplierReference = input.supplierReference;
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'supplier_update',
      description: `Supplier status ${commitment.id} changed from ${from} to ${patch.status}`,
      metadata: { supplierStatusId: commitment.id, from, to: patch.status },
    });
    recordSupplierStatusEvent(em, { bookingId: booking.id, commitment, previousStatus: from, cause: 'set', at });
    return { id: commitment.id };
  });
}

const alreadyLinked = (supplierInvoiceLineId: string) => ({
  __typename: 'SupplierInvoiceLineAlreadyLinkedError' as const,
  code: 'SUPPLIER_INVOICE_LINE_ALREADY_LINKED',
  message: `Supplier invoice line ${supplierInvoiceLineId} is already matched to another supplier commitment`,
  supplierInvoiceLineId,
});

/**
 * Matches a commitment to the accounts-payable line that bills it. A line bills one commitment:
 * two bookings linking the same line at once are not serialised by any booking lock, so the
 * unique index decides and the loser gets the same typed outcome as a line found taken.
 */
export async function linkSupplierInvoiceLine(
  scope: ServiceScope,
  input: LinkSupplierInvoiceLineInput,
): Promise<Changed | BusinessOutcome> {
  const lineId = input.supplierInvoiceLineId;
  try {
    return await runPublishingUnitOfWork(scope, async (em) => {
      const { booking, commitment } = await lockCommitment(em, input);
      if (commitment.supplierInvoiceLineId === lineId) return { id: commitment.id };
      const holder = await em.findOne(BookingSupplierStatus, { supplierInvoiceLineId: lineId });
      if (holder) return fail(alreadyLinked(lineId));
      const at = scope.clock.now();
      const previous = commitment.supplierInvoiceLineId ?? null;
      Object.assign(commitment, { supplierInvoiceLineId: lineId, updatedAt: at });
      touchBooking(booking, at);
      recordActivity(em, {
        bookingId: booking.id,
        actor: scope.actor,
        at,
        type: 'supplier_update',
        description: `Supplier status ${commitment.id} matched to supplier invoice line ${lineId}`,
        metadata: { supplierStatusId: commitment.id, supplierInvoiceLineId: lineId, previous },
      });
      return { id: commitment.id };
    });
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const holder = await scope.em.fork().findOne(BookingSupplierStatus, { supplierInvoiceLineId: lineId });
    if (holder && holder.id !== input.id) return alreadyLinked(lineId);
    throw error;
  }
}
