import { BookingNote } from '../entities/booking-note.entity';
import { notFound } from '../errors';
import { ID_PREFIX, newId } from '../ids';
import { recordActivity } from './activity';
import type { ServiceScope } from './actor';
import { lockBooking, touchBooking } from './booking-access';
import type { BusinessOutcome } from '../domain/outcomes';
import { runUnitOfWork } from './unit-of-work';
import type { SqlEntityManager } from '@mikro-orm/postgresql';

type Result = Promise<{ bookingId: string } | BusinessOutcome>;

async function findNote(em: SqlEntityManager, id: string, field: string): Promise<BookingNote> {
  const note = await em.findOne(BookingNote, { id }, { refresh: true });
  if (!note) throw notFound('Booking note', id, field);
  return note;
}

/** Notes stay writable on terminal bookings: staff annotate completed and cancelled trips too. */
export async function addBookingNote(scope: ServiceScope, input: { bookingId: string; content: string }): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, input.bookingId, 'input.bookingId');
    const at = scope.clock.now();
    const note = em.create(BookingNote, {
      id: newId(ID_PREFIX.note),
      booking: booking.id,
      authorId: scope.actor.id,
      content: input.content,
      createdAt: at,
      updatedAt: at,
    });
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'note_added',
      description: `Note ${note.id} added`,
      metadata: { noteId: note.id, length: input.content.length },
    });
    return { bookingId: booking.id };
  });
}

export async function updateBookingNote(scope: ServiceScope, input: { id: string; content: string }): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, (await findNote(em, input.id, 'input.id')).booking, 'input.id');
    const note = await findNote(em, input.id, 'input.id');
    const at = scope.clock.now();
    note.content = input.content;
    note.updatedAt = at;
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'note_updated',
      description: `Note ${note.id} edited`,
      metadata: { noteId: note.id, authorId: note.authorId },
    });
    return { bookingId: booking.id };
  });
}

export async function deleteBookingNote(scope: ServiceScope, id: string): Result {
  return runUnitOfWork(scope, async (em) => {
    const booking = await lockBooking(em, (await findNote(em, id, 'id')).booking, 'id');
    const note = await findNote(em, id, 'id');
    const at = scope.clock.now();
    em.remove(note);
    touchBooking(booking, at);
    recordActivity(em, {
      bookingId: booking.id,
      actor: scope.actor,
      at,
      type: 'note_deleted',
      description: `Note ${id} deleted`,
      metadata: { noteId: id, authorId: note.authorId },
    });
    return { bookingId: booking.id };
  });
}
