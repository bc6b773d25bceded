import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { useBooking, useBookingActivity, useBookingByNumber, useBookings } from '../src';
import { ADMIN, READER, renderBookingsHook, seedBooking, uniqueMarker } from './support';

describe('bookings list and detail hooks', () => {
  const marker = uniqueMarker('Listq');
  const seeded: Awaited<ReturnType<typeof seedBooking>>[] = [];

  beforeAll(async () => {
    for (let index = 0; index < 3; index += 1) seeded.push(await seedBooking(marker));
  });

  it('useBookings reads a filtered list one page at a time, following the cursor', async () => {
    const { result } = renderBookingsHook(() => useBookings({ filter: { search: marker }, pageSize: 2 }), {
      caller: ADMIN,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.entries).toHaveLength(2);
    expect(result.current.data?.totalCount).toBe(3);
    expect(result.current.hasNextPage).toBe(true);

    await result.current.fetchNextPage();
    await waitFor(() => expect(result.current.data?.entries).toHaveLength(3));
    expect(result.current.hasNextPage).toBe(false);
    // Newest first, each booking once across the pages.
    expect(result.current.data?.entries.map((booking) => booking.id)).toEqual(
      seeded.map((booking) => booking.id).reverse(),
    );
  });

  it('useBookings narrows by status', async () => {
    const { result } = renderBookingsHook(() => useBookings({ filter: { search: marker, status: ['CONFIRMED'] } }), {
      caller: ADMIN,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.entries).toEqual([]);
    expect(result.current.data?.totalCount).toBe(0);
  });

  it('useBooking reads one booking with its items, travelers and allowed transitions', async () => {
    const [booking] = seeded;
    const { result } = renderBookingsHook(() => useBooking(booking?.id), { caller: ADMIN });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({
      id: booking?.id,
      status: 'DRAFT',
      items: [{ title: 'Danube delta tour', quantity: 2, totalSellAmount: { amountCents: 25000, currency: 'EUR' } }],
      travelers: [{ firstName: 'Ana', isPrimary: true }, { firstName: 'Ion' }],
    });
    expect(result.current.data?.allowedTransitions).toEqual(expect.arrayContaining(['CONFIRMED', 'CANCELLED']));
  });

  it('useBookingByNumber finds the booking by the number it was issued', async () => {
    const [booking] = seeded;
    const { result } = renderBookingsHook(() => useBookingByNumber(booking?.bookingNumber), { caller: ADMIN });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(booking?.id);
  });

  it('useBooking answers null for an id no booking has', async () => {
    const { result } = renderBookingsHook(() => useBooking('book_01jzzzzzzzzzzzzzzzzzzzzzzz'), { caller: ADMIN });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
  });

  it('useBooking shows personal data masked to a caller without bookings-pii:read', async () => {
    const [booking] = seeded;
    const { result } = renderBookingsHook(() => useBooking(booking?.id), { caller: READER });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.travelers[0]).toMatchObject({
      firstName: '***',
      lastName: '***',
      email: 'a***a@example.com',
    });
    expect(result.current.data?.contact.phone).toBe('***5678');
  });

  it('useBookingActivity lists what happened to the booking, newest first', async () => {
    const [booking] = seeded;
    const { result } = renderBookingsHook(() => useBookingActivity(booking?.id), { caller: ADMIN });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.entries[0]).toMatchObject({
      type: 'booking_created',
      actorId: ADMIN.sub,
      actorType: 'USER',
    });
  });

  it('a query without a token rejects with UNAUTHENTICATED', async () => {
    const { result } = renderBookingsHook(() => useBookings(), { caller: null });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('UNAUTHENTICATED');
  });
});
