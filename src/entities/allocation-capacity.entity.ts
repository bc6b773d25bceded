import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ALLOCATION_KINDS } from '../domain/vocabulary';
import { vocabulary } from './columns';

/**
 * How much of a target (slot, pickup, resource) the inventory owner lets Bookings sell. What is
 * consumed is never stored here: it is counted from live allocations under this row's lock, so a
 * passed hold stops counting at its deadline without any job having to run.
 */
export const AllocationCapacity = defineEntity({
  name: 'AllocationCapacity',
  tableName: 'allocation_capacities',
  properties: {
    kind: vocabulary(ALLOCATION_KINDS).primary(),
    targetId: p.string().primary(),
    /** null: unlimited. */
    capacity: p.integer().nullable(),
    productId: p.string().nullable(),
    optionId: p.string().nullable(),
    startsAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  primaryKeys: ['kind', 'targetId'],
  checks: [{ name: 'allocation_capacities_capacity_not_negative', expression: 'capacity >= 0' }],
});

export type AllocationCapacity = InferEntity<typeof AllocationCapacity>;
