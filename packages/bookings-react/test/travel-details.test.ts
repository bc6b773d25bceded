import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { isMember, useTravelDetails, useUpsertTravelerTravelDetails } from '../src';
import { ADMIN, READER, renderBookingsHook, seedBooking, uniqueMarker, type SentOperations } from './support';

/** A hook as a component uses it: nothing revealed until the person asks. */
function useRevealableDetails(bookingId: string) {
  const [revealed, setRevealed] = useState(false);
  return { details: useTravelDetails(bookingId, { revealed }), reveal: () => setRevealed(true) };
}

describe('travel details, revealed on demand', () => {
  it('are not fetched (so not decrypted or audited) until revealed', async () => {
    const booking = await seedBooking(uniqueMarker('Hidden'));
    const sent: SentOperations = { names: [] };
    const { result } = renderBookingsHook(() => useRevealableDetails(booking.id), { caller: ADMIN, sent });

    expect(result.current.details.fetchStatus).toBe('idle');
    expect(sent.names).not.toContain('TravelerTravelDetails');
  });

  it('a caller with bookings-pii scopes stores details and reveals them in clear', async () => {
    const booking = await seedBooking(uniqueMarker('Reveal'));
    const traveler = booking.travelers[0];
    if (!traveler) throw new Error('the seeded booking has no traveler');
    const { result } = renderBookingsHook(
      () => ({ upsert: useUpsertTravelerTravelDetails(), view: useRevealableDetails(booking.id) }),
      { caller: ADMIN },
    );

    const stored = await act(() =>
      result.current.upsert.mutateAsync({
        input: { travelerId: traveler.id, documentNumber: 'X1234567', nationality: 'RO', dateOfBirth: '1990-04-01' },
      }),
    );
    expect(isMember(stored, 'BookingTraveler')).toBe(true);
    act(() => result.current.view.reveal());

    await waitFor(() => expect(result.current.view.details.isSuccess).toBe(true));
    expect(result.current.view.details.data?.get(traveler.id)).toMatchObject({
      documentNumber: 'X1234567',
      documentType: 'PASSPORT',
      nationality: 'RO',
      dateOfBirth: '1990-04-01',
    });
    expect(result.current.view.details.data?.get(booking.travelers[1]?.id ?? '')).toBeNull();
  });

  it('a caller without bookings-pii:read is refused with FORBIDDEN when revealing', async () => {
    const booking = await seedBooking(uniqueMarker('Refused'));
    const { result } = renderBookingsHook(() => useRevealableDetails(booking.id), { caller: READER });

    act(() => result.current.reveal());

    await waitFor(() => expect(result.current.details.isError).toBe(true));
    expect(result.current.details.error?.code).toBe('FORBIDDEN');
  });
});
