import type { BookingAnswer } from '../entities/booking-answer.entity';
import { lookup, manyBy, oneBy } from '../loaders/batch';

/** A stored answer as SQL returns it (never hydrated). */
export type BookingAnswerRow = BookingAnswer;

/** A traveler's filled travel-detail field names: the only travel-details column requirements read. */
export interface FilledFieldsRow {
  traveler: string;
  filledFields: string[];
}

const FILLED_FIELDS_ONLY: ReadonlySet<string> = new Set(['traveler', 'filledFields']);

/** One `= any($1)` statement per batch, like every other loader. */
export const requirementLoaderFactories = {
  answerById: oneBy<BookingAnswerRow>({ entity: 'BookingAnswer', key: 'id', json: true }, (row) => row.id),
  answersByBooking: manyBy<BookingAnswerRow>(
    { entity: 'BookingAnswer', key: 'booking', orderBy: ['createdAt', 'id'] },
    (row) => row.booking,
  ),
  // Names only: the envelopes stay in the table, so reading requirements never opens (or even fetches) them.
  filledFieldsByTraveler: lookup<string, FilledFieldsRow>(
    (id) => id,
    (row) => row.traveler,
    ({ read, counter }, travelerIds) =>
      read.rows<FilledFieldsRow>(
        counter,
        'BookingTravelerTravelDetails',
        't',
        `select ${read.columns('BookingTravelerTravelDetails', 't', FILLED_FIELDS_ONLY)}
         from ${read.table('BookingTravelerTravelDetails')} t
         where ${read.column('BookingTravelerTravelDetails', 't', 'traveler')} = any($1)`,
        [travelerIds],
      ),
  ),
};
