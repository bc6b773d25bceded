import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import type { BookingRow } from '../read/booking-rows';
import { setBookingAnswers } from '../requirements/answers-service';
import { lower, readRequirements, type RequirementsView } from '../requirements/requirements-view';
import { setSessionAnswers } from '../storefront/session-answers';
import { setBookingAnswersInput, setSessionAnswersInput } from '../validation/answer-inputs';
import { mutation, tagged } from './mutation-pipeline';
import { representationKey } from './representations';

export const bookingRequirements = (booking: BookingRow, context: RequestContext): Promise<RequirementsView> =>
  readRequirements({ loaders: context.loaders, requirements: context.requirements }, booking);

/** The read-back of an answers mutation: the booking's requirements as they are after the commit. */
export async function committedRequirements({ bookingId }: { bookingId: string }, context: RequestContext) {
  const booking = await context.loaders.bookingById.load(bookingId);
  if (!booking) throw new Error(`Booking ${bookingId} vanished after its answers were committed`);
  return tagged(await bookingRequirements(booking, context), 'BookingRequirements');
}

/** Booking requirements: what the catalog's questionnaires ask of a booking, and its answers. */
export const requirementResolvers: Resolvers = {
  Booking: {
    requirements: (booking, _args, context) => bookingRequirements(booking, context),
    answers: (booking, _args, context) => context.loaders.answersByBooking.load(booking.id),
  },
  StorefrontSession: {
    requirements: (session, _args, context) => bookingRequirements(session, context),
  },
  BookingAnswer: {
    __resolveReference: async (reference, context) =>
      context.loaders.answerById.load(representationKey(reference, 'id', 'BookingAnswer')),
    question: ({ questionSnapshot: question }) => ({
      questionId: question.questionId,
      label: question.label,
      fieldType: lower(question.fieldType),
      target: lower(question.target),
      options: question.options,
    }),
    traveler: (answer, _args, context) => (answer.traveler ? context.loaders.travelerById.load(answer.traveler) : null),
    bookingItem: (answer, _args, context) =>
      answer.bookingItem ? context.loaders.itemById.load(answer.bookingItem) : null,
    answeredAt: (answer) => answer.updatedAt,
  },
  Mutation: {
    setBookingAnswers: mutation('SetBookingAnswersResult', {
      schema: setBookingAnswersInput,
      call: (scope, input, context) => setBookingAnswers(context.requirements, scope, input),
      readBack: committedRequirements,
    }),
    setSessionAnswers: mutation('SetSessionAnswersResult', {
      schema: setSessionAnswersInput,
      call: (scope, input, context) => setSessionAnswers(context.requirements, scope, input),
      readBack: committedRequirements,
    }),
  },
};
