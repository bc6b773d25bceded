import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import {
  isMember,
  outcomeCode,
  useAddBookingNote,
  useBooking,
  useBookings,
  useCreateBooking,
  useTransitionBooking,
  type BookingsRequestError,
} from '../src';
import { AddBookingNoteDocument } from '../src/generated/graphql';
import {
  ADMIN,
  READER,
  bookingInput,
  clientFor,
  renderBookingsHook,
  seedBooking,
  uniqueMarker,
  type SentOperations,
} from './support';

describe('booking mutation hooks', () => {
  it('useCreateBooking answers the new booking as the Booking member', async () => {
    const { result } = renderBookingsHook(() => useCreateBooking(), { caller: ADMIN });
    const created = await act(() => result.current.mutateAsync({ input: bookingInput(uniqueMarker('Create')) }));
    if (!isMember(created, 'Booking')) throw new Error(`expected a Booking, got ${created.__typename}`);
    expect(created).toMatchObject({ status: 'DRAFT', pax: 2, items: [{ title: 'Danube delta tour' }] });
  });

  it('useTransitionBooking confirms and puts the returned booking in the cache without refetching it', async () => {
    const booking = await seedBooking(uniqueMarker('Confirm'));
    const sent: SentOperations = { names: [] };
    const { result } = renderBookingsHook(
      () => ({ detail: useBooking(booking.id), transition: useTransitionBooking() }),
      { caller: ADMIN, sent },
    );
    await waitFor(() => expect(result.current.detail.data?.status).toBe('DRAFT'));

    const outcome = await act(() =>
      result.current.transition.mutateAsync({
        input: { id: booking.id, to: 'CONFIRMED', expectedVersion: booking.version },
      }),
    );

    expect(outcome.__typename).toBe('Booking');
    await waitFor(() => expect(result.current.detail.data?.status).toBe('CONFIRMED'));
    expect(result.current.detail.data?.confirmedAt).toEqual(expect.any(String));
    expect(sent.names.filter((name) => name === 'BookingDetails')).toHaveLength(1);
  });

  it('a confirmed booking leaves a list filtered to DRAFT once the mutation settles', async () => {
    const marker = uniqueMarker('Leaves');
    const booking = await seedBooking(marker);
    const { result } = renderBookingsHook(
      () => ({
        drafts: useBookings({ filter: { search: marker, status: ['DRAFT'] } }),
        transition: useTransitionBooking(),
      }),
      { caller: ADMIN },
    );
    await waitFor(() => expect(result.current.drafts.data?.entries.map((entry) => entry.id)).toEqual([booking.id]));

    await act(() => result.current.transition.mutateAsync({ input: { id: booking.id, to: 'CONFIRMED' } }));

    await waitFor(() => expect(result.current.drafts.data?.entries).toEqual([]));
  });

  it('useTransitionBooking answers VersionConflictError for a stale version and changes nothing', async () => {
    const booking = await seedBooking(uniqueMarker('Stale'));
    // Someone else changes the booking after we read it.
    await clientFor(ADMIN).request(AddBookingNoteDocument, {
      input: { bookingId: booking.id, content: 'Changed meanwhile' },
    });
    const { result } = renderBookingsHook(
      () => ({ detail: useBooking(booking.id), transition: useTransitionBooking() }),
      { caller: ADMIN },
    );
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true));

    const outcome = await act(() =>
      result.current.transition.mutateAsync({
        input: { id: booking.id, to: 'CONFIRMED', expectedVersion: booking.version },
      }),
    );

    if (!isMember(outcome, 'VersionConflictError'))
      throw new Error(`expected a version conflict, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({
      code: 'VERSION_CONFLICT',
      expectedVersion: booking.version,
      actualVersion: booking.version + 1,
    });
    expect(result.current.detail.data?.status).toBe('DRAFT');
  });

  it('useTransitionBooking answers BookingTransitionError for a move the state machine forbids', async () => {
    const booking = await seedBooking(uniqueMarker('Illegal'));
    const { result } = renderBookingsHook(() => useTransitionBooking(), { caller: ADMIN });

    const outcome = await act(() => result.current.mutateAsync({ input: { id: booking.id, to: 'COMPLETED' } }));

    if (!isMember(outcome, 'BookingTransitionError'))
      throw new Error(`expected a transition error, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({ from: 'DRAFT', to: 'COMPLETED' });
    expect(outcomeCode(outcome)).toBe(outcome.code);
  });

  it('useAddBookingNote appends a note and bumps the version', async () => {
    const booking = await seedBooking(uniqueMarker('Note'));
    const { result } = renderBookingsHook(() => useAddBookingNote(), { caller: ADMIN });

    const outcome = await act(() =>
      result.current.mutateAsync({
        input: { bookingId: booking.id, content: 'Call the hotel', expectedVersion: booking.version },
      }),
    );

    if (!isMember(outcome, 'Booking')) throw new Error(`expected a Booking, got ${outcome.__typename}`);
    expect(outcome.notes.map((note) => note.content)).toEqual(['Call the hotel']);
    expect(outcome.version).toBe(booking.version + 1);
  });

  it('a mutation the caller has no scope for rejects with FORBIDDEN', async () => {
    const booking = await seedBooking(uniqueMarker('Forbidden'));
    const { result } = renderBookingsHook(() => useTransitionBooking(), { caller: READER });

    const failure = await act(() =>
      result.current.mutateAsync({ input: { id: booking.id, to: 'CANCELLED' } }).then(
        () => null,
        (error: BookingsRequestError) => error,
      ),
    );

    expect(failure?.code).toBe('FORBIDDEN');
  });

  it('malformed input rejects with BAD_USER_INPUT naming the field', async () => {
    const { result } = renderBookingsHook(() => useCreateBooking(), { caller: ADMIN });

    const failure = await act(() =>
      result.current.mutateAsync({ input: bookingInput(uniqueMarker('Bad'), { sellCurrency: 'euro' }) }).then(
        () => null,
        (error: BookingsRequestError) => error,
      ),
    );

    expect(failure?.code).toBe('BAD_USER_INPUT');
    expect(failure?.field).toBe('input.sellCurrency');
  });
});
