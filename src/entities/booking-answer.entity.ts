import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { BookingQuestionFieldType, BookingQuestionTarget } from '../domain/question-vocabulary';
import { BookingItem } from './booking-item.entity';
import { BookingTraveler } from './booking-traveler.entity';
import { Booking } from './booking.entity';

/** The question as it was when answered, so an answer still reads after the catalog deletes its question. */
export interface QuestionSnapshot {
  questionId: string;
  label: string;
  fieldType: BookingQuestionFieldType;
  target: BookingQuestionTarget;
  options: { value: string; label: string }[];
}

/**
 * A customer's answer to one catalog question, for the booking, one traveler or one line. The
 * question is the catalog's (`question_ref`, no foreign key): the snapshot keeps what was asked.
 */
export const BookingAnswer = defineEntity({
  name: 'BookingAnswer',
  tableName: 'booking_answers',
  properties: {
    id: p.string().primary(),
    booking: () => p.manyToOne(Booking).mapToPk().deleteRule('cascade').index(),
    questionRef: p.string(),
    questionSnapshot: p.json<QuestionSnapshot>(),
    target: p.string().length(20),
    traveler: () => p.manyToOne(BookingTraveler).mapToPk().deleteRule('cascade').nullable().index(),
    bookingItem: () => p.manyToOne(BookingItem).mapToPk().deleteRule('cascade').nullable().index(),
    value: p.json<unknown>(),
    answeredBy: p.string(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [
    {
      // NULLS NOT DISTINCT: a booking-level answer has neither traveler nor line, and must still be one.
      name: 'booking_answers_one_per_target',
      expression:
        'create unique index "booking_answers_one_per_target" on "booking_answers" ' +
        '("booking_id", "question_ref", "traveler_id", "booking_item_id") nulls not distinct',
    },
  ],
});

export type BookingAnswer = InferEntity<typeof BookingAnswer>;
