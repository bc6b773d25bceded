import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { Booking } from '../entities/booking.entity';
import type { OutboxRelay } from '../events/outbox';
import { transitionBooking as transitionPatch } from '../statemachine/booking-status';
import { HOLDING_BOOKING_STATUSES } from '../statemachine/status-cascade';
import type { ExpireStaleHoldsInput } from '../validation/inventory-inputs';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { moveBooking } from './booking-cascade';
import { recordStatusEvent } from './lifecycle-events';
import { isBusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';

/** The actor every sweep records, whoever asked for it. */
export const HOLD_SWEEPER: Principal = { id: 'system:hold-sweeper', type: 'system', scopes: new Set() };

const BATCH_SIZE = 50;

export interface SweepDependencies {
  /** Each booking is expired in its own fork and transaction. */
  em: SqlEntityManager;
  clock: Clock;
  config: Pick<Config, 'holdDefaultMinutes'>;
  outbox?: OutboxRelay;
  /** Where a failure to expire one booking goes; by default it propagates. */
  onBookingError?: (error: unknown, bookingId: string) => void;
}

/** Candidates not being worked on right now; the lock ends with the statement, the re-check is per booking. */
async function claimBatch(em: SqlEntityManager, cutoff: Date): Promise<string[]> {
  const rows = await em.fork().execute<{ id: string }[]>(
    `select id from bookings where status in ('on_hold', 'awaiting_payment') and hold_expires_at <= ?
     order by hold_expires_at, id limit ? for update skip locked`,
    [cutoff, BATCH_SIZE],
  );
  return rows.map((row) => row.id);
}

/** Expires one booking if it still qualifies and nobody else holds it; true when this call did. */
async function expireOne(
  deps: SweepDependencies,
  bookingId: string,
  cutoff: Date,
  requestedBy: string | null,
): Promise<boolean> {
  const result = await runUnitOfWork({ em: deps.em.fork() }, async (em) => {
    const booking = await em.findOne(
      Booking,
      { id: bookingId, status: { $in: [...HOLDING_BOOKING_STATUSES] }, holdExpiresAt: { $lte: cutoff } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
    );
    if (!booking) return false;
    const at = deps.clock.now();
    const from = booking.status;
    const passedAt = booking.holdExpiresAt;
    const patch = transitionPatch(from, 'expired', { now: at, defaultHoldMinutes: deps.config.holdDefaultMinutes });
    const cascade = await moveBooking(em, booking, 'expired', patch, at, {
      mode: 'transition',
      defaultHoldMinutes: deps.config.holdDefaultMinutes,
    });
    recordActivity(em, {
      bookingId: booking.id,
      actor: HOLD_SWEEPER,
      at,
      type: 'hold_expired',
      description: `Hold passed at ${passedAt?.toISOString() ?? 'an unknown time'}; booking expired`,
      metadata: { from, to: 'expired', holdExpiresAt: passedAt?.toISOString() ?? null, requestedBy, cascade },
    });
    recordStatusEvent(em, booking, from, at, 'sweep');
    return true;
  });
  return !isBusinessOutcome(result) && result;
}

/**
 * Expires every ON_HOLD or AWAITING_PAYMENT booking whose hold passed at or before `cutoff`, in
 * batches claimed with FOR UPDATE SKIP LOCKED and one transaction per booking, so several sweepers
 * (replicas, or an admin's on-demand run) share the work and none expires a booking twice.
 */
export async function expirePassedHolds(
  deps: SweepDependencies,
  cutoff: Date,
  requestedBy: string | null = null,
): Promise<string[]> {
  const expired: string[] = [];
  const seen = new Set<string>();
  for (;;) {
    const claimed = await claimBatch(deps.em, cutoff);
    const fresh = claimed.filter((id) => !seen.has(id));
    for (const id of fresh) {
      seen.add(id);
      try {
        if (await expireOne(deps, id, cutoff, requestedBy)) expired.push(id);
      } catch (error) {
        if (!deps.onBookingError) throw error;
        deps.onBookingError(error, id);
      }
    }
    // A short batch was the last one; a batch of only bookings already seen means others hold them.
    if (claimed.length < BATCH_SIZE || fresh.length === 0) break;
  }
  if (expired.length > 0) await deps.outbox?.deliverPending();
  return expired;
}

/** The admin's on-demand sweep. It never looks past now: a hold that has not passed is not stale. */
export async function expireStaleHolds(
  scope: ServiceScope,
  input: ExpireStaleHoldsInput,
): Promise<{ expiredBookingIds: string[] }> {
  const now = scope.clock.now();
  const cutoff = input.before && input.before.getTime() < now.getTime() ? input.before : now;
  const expiredBookingIds = await expirePassedHolds(
    { em: scope.em, clock: scope.clock, config: scope.config, outbox: scope.outbox },
    cutoff,
    scope.actor.id,
  );
  return { expiredBookingIds };
}
