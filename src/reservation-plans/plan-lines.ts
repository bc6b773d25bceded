import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { BookingAllocation } from '../entities/booking-allocation.entity';
import { BookingItem } from '../entities/booking-item.entity';
import { BookingSupplierStatus } from '../entities/booking-supplier-status.entity';
import { ID_PREFIX, newId } from '../ids';
import { consumesCapacity, transitionAllocation } from '../statemachine/allocation-status';
import { transitionSupplierStatus } from '../statemachine/supplier-status';
import { recordActivity } from '../services/activity';
import { newAllocation } from '../services/allocation-service';
import { lockBooking, touchBooking } from '../services/booking-access';
import { newItem } from '../services/booking-service';
import { recomputeBookingTotals } from '../services/booking-totals';
import { acquireCapacity } from '../services/capacity-service';
import { addMinutes } from '../services/holds';
import {
  recordAllocationEvent,
  recordItemEvent,
  recordSlotChange,
  recordSupplierStatusEvent,
} from '../services/lifecycle-events';
import type { PlanLineInput } from './plan-inputs';

/** What a reserved line left behind, kept as its step's output (compensation reads it back). */
export interface LineOutput extends Record<string, unknown> {
  itemId: string;
  allocationId: string | null;
  supplierStatusId: string | null;
  providerRef: string | null;
  holdExpiresAt: string | null;
  internalHold: boolean;
}

interface LineWrite {
  bookingId: string;
  line: PlanLineInput;
  position: number;
  actor: Principal;
  at: Date;
}

async function addLineItem(em: SqlEntityManager, write: LineWrite): Promise<BookingItem> {
  const booking = await lockBooking(em, write.bookingId);
  const item = newItem(em, booking.id, write.line.item, write.position, write.at);
  item.metadata = { ...(item.metadata ?? {}), planLineId: write.line.planLineId, componentId: write.line.componentId };
  await recomputeBookingTotals(em, booking, `input.lines.${write.position}.item.unitSellAmount.amountCents`, item.id);
  touchBooking(booking, write.at);
  recordActivity(em, {
    bookingId: booking.id,
    actor: write.actor,
    at: write.at,
    type: 'item_update',
    description: `Item ${item.id} added for plan line ${write.position + 1}`,
    metadata: { action: 'added', itemId: item.id, itemType: item.itemType, planLineKind: write.line.kind },
  });
  recordItemEvent(em, {
    type: 'booking.item.added',
    bookingId: booking.id,
    itemId: item.id,
    quantity: item.quantity,
    at: write.at,
  });
  return item;
}

/** A CATALOG_BACKED line: the item and its capacity, under the sorted capacity lock of every reservation. */
export async function reserveCatalogLine(
  em: SqlEntityManager,
  write: LineWrite & { holdMinutes: number },
): Promise<LineOutput> {
  const target = write.line.allocation;
  if (!target) throw new Error('A catalog-backed line carries its allocation target (checked at the boundary)');
  const quantity = target.quantity ?? write.line.item.quantity;
  await acquireCapacity(em, [{ kind: target.kind, targetId: target.targetId, quantity }], write.at);
  const item = await addLineItem(em, write);
  const holdExpiresAt = addMinutes(write.at, write.holdMinutes);
  const allocation = newAllocation(em, {
    bookingId: write.bookingId,
    itemId: item.id,
    kind: target.kind,
    targetId: target.targetId,
    quantity,
    holdExpiresAt,
    at: write.at,
  });
  if (target.kind === 'slot')
    recordSlotChange(em, {
      slotId: target.targetId,
      delta: quantity,
      cause: 'reservation_plan',
      bookingId: write.bookingId,
      at: write.at,
    });
  recordAllocationEvent(em, {
    type: 'booking.allocation.added',
    bookingId: write.bookingId,
    allocation,
    cause: 'reservation_plan',
    at: write.at,
  });
  return {
    itemId: item.id,
    allocationId: allocation.id,
    supplierStatusId: null,
    providerRef: null,
    holdExpiresAt: holdExpiresAt.toISOString(),
    internalHold: false,
  };
}

/**
 * Any other line: the item and a PENDING supplier status, held with the provider (`hold`) or, when
 * no adapter serves it, internally until someone confirms it by hand.
 */
export async function recordSupplierLine(
  em: SqlEntityManager,
  write: LineWrite,
  hold: { providerRef: string; holdExpiresAt: Date | null } | null,
): Promise<LineOutput> {
  const item = await addLineItem(em, write);
  const { supplier } = write.line;
  const status = em.create(BookingSupplierStatus, {
    id: newId(ID_PREFIX.supplierStatus),
    booking: write.bookingId,
    supplierId: supplier?.supplierId ?? null,
    supplierServiceId: null,
    serviceName: supplier?.serviceName ?? write.line.item.title,
    status: 'pending',
    supplierReference: hold?.providerRef ?? supplier?.supplierReference ?? null,
    costCurrency: write.line.item.unitCostAmount?.currency ?? null,
    costAmountCents: write.line.item.unitCostAmount
      ? write.line.item.unitCostAmount.amountCents * write.line.item.quantity
      : null,
    notes: null,
    confirmedAt: null,
    supplierInvoiceLineId: null,
    createdAt: write.at,
    updatedAt: write.at,
  });
  recordSupplierStatusEvent(em, {
    bookingId: write.bookingId,
    commitment: status,
    previousStatus: null,
    cause: 'reservation_plan',
    at: write.at,
  });
  return {
    itemId: item.id,
    allocationId: null,
    supplierStatusId: status.id,
    providerRef: hold?.providerRef ?? null,
    holdExpiresAt: hold?.holdExpiresAt?.toISOString() ?? null,
    internalHold: hold === null,
  };
}

/**
 * Gives back what a reserved line holds in bookings: its capacity, its item, its supplier status.
 * Safe to repeat: what is already released or cancelled stays as it is.
 */
export async function undoLine(em: SqlEntityManager, bookingId: string, output: LineOutput, at: Date): Promise<void> {
  const booking = await lockBooking(em, bookingId);
  if (output.allocationId) {
    const allocation = await em.findOne(BookingAllocation, { id: output.allocationId });
    if (allocation && (allocation.status === 'held' || allocation.status === 'confirmed')) {
      const freed = consumesCapacity(allocation, at) ? allocation.quantity : 0;
      Object.assign(allocation, transitionAllocation(allocation.status, 'released', { now: at }), { updatedAt: at });
      recordAllocationEvent(em, {
        type: 'booking.allocation.released',
        bookingId,
        allocation,
        cause: 'reservation_plan_compensated',
        at,
      });
      if (allocation.kind === 'slot')
        recordSlotChange(em, {
          slotId: allocation.targetId,
          delta: -freed,
          cause: 'reservation_plan_compensated',
          bookingId,
          at,
        });
    }
  }
  const item = await em.findOne(BookingItem, { id: output.itemId });
  if (item && (item.status === 'draft' || item.status === 'on_hold'))
    Object.assign(item, { status: 'cancelled', updatedAt: at });
  if (output.supplierStatusId) {
    const status = await em.findOne(BookingSupplierStatus, { id: output.supplierStatusId });
    if (status && status.status === 'pending') {
      Object.assign(status, transitionSupplierStatus('pending', 'cancelled', { now: at }), { updatedAt: at });
      recordSupplierStatusEvent(em, {
        bookingId,
        commitment: status,
        previousStatus: 'pending',
        cause: 'reservation_plan_compensated',
        at,
      });
    }
  }
  await recomputeBookingTotals(em, booking);
  touchBooking(booking, at);
}
