import type { ReadModel, SqlCounter } from '../db/read-model';
import { createApprovalLoaders } from './approval-loaders';
import { createBookingLoaders } from './booking-loaders';

/** Every loader a request may use; features add their own factory here rather than to one file. */
export function createRequestLoaders(read: ReadModel, counter: SqlCounter) {
  return { ...createBookingLoaders(read, counter), ...createApprovalLoaders(read, counter) };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;
