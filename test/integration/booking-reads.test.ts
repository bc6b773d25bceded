import { createBooking } from '../fixtures/bookings';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('calendar days read back', () => {
  it('serves startDate, endDate and item serviceDate as the YYYY-MM-DD days that were written', async () => {
    const booking = await createBooking(app, {
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      items: [{ title: 'Boat day', serviceDate: '2027-03-02', unitSellAmount: { amountCents: 5000, currency: 'EUR' } }],
    });
    const response = await app.graphql<{ booking: unknown }>(`query($id: ID!) { booking(id: $id) { startDate endDate items { serviceDate } } }`, { id: booking.id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.booking).toEqual({ startDate: '2027-03-01', endDate: '2027-03-05', items: [{ serviceDate: '2027-03-02' }] });
  });

  it('serves the same days in a list of bookings', async () => {
    const booking = await createBooking(app, { startDate: '2027-12-31', endDate: '2028-01-02' });
    const response = await app.graphql<{ bookings: { edges: { node: { id: string; startDate: string; endDate: string } }[] } }>(
      `{ bookings(first: 100) { edges { node { id startDate endDate } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.bookings.edges.find((edge) => edge.node.id === booking.id)?.node).toEqual({ id: booking.id, startDate: '2027-12-31', endDate: '2028-01-02' });
  });
});
