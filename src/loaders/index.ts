import type { ReadModel, SqlCounter } from '../db/read-model';
import { createApprovalLoaders } from './approval-loaders';
import { createBookingLoaders } from './booking-loaders';
import { createInventoryLoaders } from './inventory-loaders';
import type { Clock } from '../clock';

/** Every loader a request may use; features add their own factory here rather than to one file. */
export function createRequestLoaders(read: ReadModel, counter: SqlCounter, clock: Clock) {
  return { ...createBookingLoaders(read, counter), ...createApprovalLoaders(read, counter), ...createInventoryLoaders(read, counter, clock) };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
