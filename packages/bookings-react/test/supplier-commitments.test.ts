import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import {
  isMember,
  outcomeCode,
  useAddBookingSupplierStatus,
  useBooking,
  useLinkSupplierInvoiceLine,
  useSetSupplierConfirmation,
  useUpdateBookingSupplierStatus,
  type BookingsRequestError,
} from '../src';
import {
  AddBookingSupplierStatusDocument,
  LinkSupplierInvoiceLineDocument,
  type AddBookingSupplierStatusInput,
  type AddBookingSupplierStatusMutation,
} from '../src/generated/graphql';
import { ADMIN, clientFor, renderBookingsHook, seedBooking, uniqueMarker } from './support';

type RecordedCommitment = Extract<
  AddBookingSupplierStatusMutation['addBookingSupplierStatus'],
  { __typename: 'BookingSupplierStatus' }
>;

/** Records a commitment on `bookingId` through the typed client, as an admin. */
async function seedCommitment(
  bookingId: string,
  overrides: Partial<AddBookingSupplierStatusInput> = {},
): Promise<RecordedCommitment> {
  const { addBookingSupplierStatus } = await clientFor(ADMIN).request(AddBookingSupplierStatusDocument, {
    input: { bookingId, serviceName: 'Delta boats', supplierId: `sup_${uniqueMarker('')}`, ...overrides },
  });
  if (addBookingSupplierStatus.__typename !== 'BookingSupplierStatus')
    throw new Error(`seeding failed: ${addBookingSupplierStatus.__typename}`);
  return addBookingSupplierStatus;
}

describe('supplier commitment hooks', () => {
  it('useAddBookingSupplierStatus records a PENDING commitment; the cached booking refetches to show it', async () => {
    const booking = await seedBooking(uniqueMarker('SupAdd'));
    const { result } = renderBookingsHook(
      () => ({ detail: useBooking(booking.id), add: useAddBookingSupplierStatus() }),
      { caller: ADMIN },
    );
    await waitFor(() => expect(result.current.detail.data?.supplierConfirmation).toBe('NONE'));

    const outcome = await act(() =>
      result.current.add.mutateAsync({
        input: {
          bookingId: booking.id,
          serviceName: 'Delta boats',
          cost: { amountCents: 5000, currency: 'RON' },
          expectedVersion: booking.version,
        },
      }),
    );

    if (!isMember(outcome, 'BookingSupplierStatus'))
      throw new Error(`expected a BookingSupplierStatus, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({
      serviceName: 'Delta boats',
      status: 'PENDING',
      allowedTransitions: ['CONFIRMED', 'REJECTED', 'CANCELLED'],
      cost: { amountCents: 5000, currency: 'RON' },
      confirmedAt: null,
      booking: { id: booking.id, version: booking.version + 1, supplierConfirmation: 'PENDING' },
    });
    await waitFor(() =>
      expect(result.current.detail.data?.supplierStatuses.map((commitment) => commitment.id)).toEqual([outcome.id]),
    );
    expect(result.current.detail.data).toMatchObject({ version: booking.version + 1, supplierConfirmation: 'PENDING' });
  });

  it('useSetSupplierConfirmation confirms a commitment, confirmedAt stamped by the server at that move', async () => {
    const booking = await seedBooking(uniqueMarker('SupConfirm'));
    const commitment = await seedCommitment(booking.id);
    const { result } = renderBookingsHook(() => useSetSupplierConfirmation(), { caller: ADMIN });

    const outcome = await act(() =>
      result.current.mutateAsync({
        input: {
          bookingId: booking.id,
          id: commitment.id,
          status: 'CONFIRMED',
          supplierReference: 'DB-1',
          expectedVersion: commitment.booking.version,
        },
      }),
    );

    if (!isMember(outcome, 'BookingSupplierStatus'))
      throw new Error(`expected a BookingSupplierStatus, got ${outcome.__typename}`);
    expect(commitment.confirmedAt).toBeNull();
    expect(outcome).toMatchObject({
      status: 'CONFIRMED',
      supplierReference: 'DB-1',
      confirmedAt: outcome.updatedAt,
      allowedTransitions: ['CANCELLED'],
      booking: { supplierConfirmation: 'CONFIRMED' },
    });
  });

  it('useSetSupplierConfirmation answers SupplierStatusTransitionError for a move the lifecycle refuses', async () => {
    const booking = await seedBooking(uniqueMarker('SupRefused'));
    const commitment = await seedCommitment(booking.id, { status: 'CONFIRMED' });
    const { result } = renderBookingsHook(() => useSetSupplierConfirmation(), { caller: ADMIN });

    const outcome = await act(() =>
      result.current.mutateAsync({ input: { bookingId: booking.id, id: commitment.id, status: 'PENDING' } }),
    );

    if (!isMember(outcome, 'SupplierStatusTransitionError'))
      throw new Error(`expected a SupplierStatusTransitionError, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({ code: 'INVALID_SUPPLIER_STATUS_TRANSITION', from: 'CONFIRMED', to: 'PENDING' });
    expect(outcomeCode(outcome)).toBe('INVALID_SUPPLIER_STATUS_TRANSITION');
  });

  it('a commitment of another booking rejects with NOT_FOUND on input.id', async () => {
    const mine = await seedBooking(uniqueMarker('SupMine'));
    const other = await seedBooking(uniqueMarker('SupOther'));
    const commitment = await seedCommitment(other.id);
    const { result } = renderBookingsHook(() => useSetSupplierConfirmation(), { caller: ADMIN });

    const failure = await act(() =>
      result.current.mutateAsync({ input: { bookingId: mine.id, id: commitment.id, status: 'CONFIRMED' } }).then(
        () => null,
        (error: BookingsRequestError) => error,
      ),
    );

    expect({ code: failure?.code, field: failure?.field }).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('useUpdateBookingSupplierStatus clears the fields sent as null and keeps the ones left out', async () => {
    const booking = await seedBooking(uniqueMarker('SupUpdate'));
    const commitment = await seedCommitment(booking.id, { supplierReference: 'DB-2', notes: 'deposit paid' });
    const { result } = renderBookingsHook(() => useUpdateBookingSupplierStatus(), { caller: ADMIN });

    const outcome = await act(() =>
      result.current.mutateAsync({ input: { bookingId: booking.id, id: commitment.id, notes: null } }),
    );

    if (!isMember(outcome, 'BookingSupplierStatus'))
      throw new Error(`expected a BookingSupplierStatus, got ${outcome.__typename}`);
    expect({ notes: outcome.notes, supplierReference: outcome.supplierReference }).toEqual({
      notes: null,
      supplierReference: 'DB-2',
    });
  });

  it('useLinkSupplierInvoiceLine answers SupplierInvoiceLineAlreadyLinkedError for a line already billed', async () => {
    const booking = await seedBooking(uniqueMarker('SupLink'));
    const billed = await seedCommitment(booking.id);
    const other = await seedCommitment(booking.id);
    const line = `sil_${uniqueMarker('')}`;
    await clientFor(ADMIN).request(LinkSupplierInvoiceLineDocument, {
      input: { bookingId: booking.id, id: billed.id, supplierInvoiceLineId: line },
    });
    const { result } = renderBookingsHook(() => useLinkSupplierInvoiceLine(), { caller: ADMIN });

    const outcome = await act(() =>
      result.current.mutateAsync({ input: { bookingId: booking.id, id: other.id, supplierInvoiceLineId: line } }),
    );

    if (!isMember(outcome, 'SupplierInvoiceLineAlreadyLinkedError'))
      throw new Error(`expected SupplierInvoiceLineAlreadyLinkedError, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({ code: 'SUPPLIER_INVOICE_LINE_ALREADY_LINKED', supplierInvoiceLineId: line });
  });
});
