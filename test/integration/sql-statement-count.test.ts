import { createBooking } from '../fixtures/bookings';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('x-sql-statements', () => {
  it("counts the statements the ORM sends for a mutation, not only the read model's read-back", async () => {
    const booking = await createBooking(app);
    const response = await app.graphql(`mutation($input: AddBookingNoteInput!) { addBookingNote(input: $input) { ... on Booking { id } } }`, { input: { bookingId: booking.id, content: 'call back' } });
    // The booking lock and the note and activity inserts go through the ORM; the read-back is one read-model statement.
    expect(response.sqlStatements).toBeGreaterThanOrEqual(4);
  });
});
