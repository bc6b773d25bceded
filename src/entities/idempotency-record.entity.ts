import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The first completed result of a keyed create, replayed to retries until `expiresAt`.
 * `scope` is principal + operation, so two callers (or two operations) never share a key.
 * A row is inserted and completed in the same transaction as the create itself, so a committed
 * row always carries its outcome; the column is nullable only for the moment in between.
 */
export const IdempotencyRecord = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_records',
  properties: {
    scope: p.text().primary(),
    key: p.string().length(255).primary(),
    requestFingerprint: p.string().length(64),
    outcome: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
    // The sweeper deletes by expiry.
    expiresAt: p.datetime().index(),
  },
});

export type IdempotencyRecord = InferEntity<typeof IdempotencyRecord>;
