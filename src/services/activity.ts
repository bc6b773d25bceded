import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { ActivityType } from '../domain/vocabulary';
import { BookingActivity } from '../entities/booking-activity.entity';
import { ID_PREFIX, newId } from '../ids';

/** Appends an activity row to the current unit of work; the caller's transaction commits it. */
export function recordActivity(
  em: SqlEntityManager,
  entry: {
    bookingId: string;
    actor: Principal;
    at: Date;
    type: ActivityType;
    description: string;
    metadata?: Record<string, unknown>;
  },
): void {
  em.create(BookingActivity, {
    id: newId(ID_PREFIX.activity),
    booking: entry.bookingId,
    type: entry.type,
    actorId: entry.actor.id,
    actorType: entry.actor.type,
    description: entry.description,
    metadata: entry.metadata ?? null,
    createdAt: entry.at,
  });
}
