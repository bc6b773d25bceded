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
    const response = await app.graphql(
      `mutation($input: AddBookingNoteInput!) { addBookingNote(input: $input) { ... on Booking { id } } }`,
      { input: { bookingId: booking.id, content: 'call back' } },
    );
    // Through the ORM: the booking lock, its touched version, the note and activity inserts; then one read-back.
    expect(response.sqlStatements).toBe(5);
  });
});
