import { useInfiniteQuery, useQuery, type QueryKey } from '@tanstack/react-query';
import type { BookingsRequestError } from '../client';
import {
  BookingActivityPageDocument,
  BookingByNumberDocument,
  BookingDetailsDocument,
  BookingsPageDocument,
  TravelerTravelDetailsDocument,
  type ActivityFieldsFragment,
  type BookingActivityPageQuery,
  type BookingsPageQuery,
  type BookingDetailFragment,
  type BookingSummaryFragment,
  type TravelDetailsFieldsFragment,
} from '../generated/graphql';
import { useBookingsClient } from '../provider';
import { bookingKeys, type BookingListParams } from '../query-keys';

const DEFAULT_PAGE_SIZE = 20;

/** A list read so far: every loaded page's entries in order, and the size of the whole list. */
export interface LoadedList<Entry> {
  entries: Entry[];
  totalCount: number;
}

/**
 * Bookings matching `filter`, in `orderBy` order, one page of `pageSize` at a time: `fetchNextPage()` follows the
 * cursor, `hasNextPage` says whether there is more. Changing the filter starts a new list (its own cache entry).
 */
export function useBookings(params: BookingListParams = {}) {
  const client = useBookingsClient();
  const first = params.pageSize ?? DEFAULT_PAGE_SIZE;
  return useInfiniteQuery<
    BookingsPageQuery,
    BookingsRequestError,
    LoadedList<BookingSummaryFragment>,
    QueryKey,
    string | null
  >({
    queryKey: bookingKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      client.request(
        BookingsPageDocument,
        { first, after: pageParam, filter: params.filter, orderBy: params.orderBy },
        { signal },
      ),
    initialPageParam: null,
    getNextPageParam: (page) => (page.bookings.pageInfo.hasNextPage ? page.bookings.pageInfo.endCursor : null),
    select: (data): LoadedList<BookingSummaryFragment> => ({
      entries: data.pages.flatMap((page) => page.bookings.edges.map((edge) => edge.node)),
      totalCount: data.pages[data.pages.length - 1]?.bookings.totalCount ?? 0,
    }),
  });
}

/** One booking with its items, travelers, notes and inventory; `data` is null when no booking has the id. */
export function useBooking(id: string | null | undefined) {
  const client = useBookingsClient();
  return useQuery<BookingDetailFragment | null, BookingsRequestError>({
    queryKey: bookingKeys.detail(id ?? ''),
    queryFn: async ({ signal }) => (await client.request(BookingDetailsDocument, { id: id ?? '' }, { signal })).booking,
    enabled: Boolean(id),
  });
}

/** One booking by its booking number (`BK-2612-338497`); `data` is null when none has it. */
export function useBookingByNumber(bookingNumber: string | null | undefined) {
  const client = useBookingsClient();
  return useQuery<BookingDetailFragment | null, BookingsRequestError>({
    queryKey: bookingKeys.byNumber(bookingNumber ?? ''),
    queryFn: async ({ signal }) =>
      (await client.request(BookingByNumberDocument, { bookingNumber: bookingNumber ?? '' }, { signal }))
        .bookingByNumber,
    enabled: Boolean(bookingNumber),
  });
}

/** A booking's activity log, newest first, a page at a time. */
export function useBookingActivity(bookingId: string | null | undefined, options: { pageSize?: number } = {}) {
  const client = useBookingsClient();
  const first = options.pageSize ?? DEFAULT_PAGE_SIZE;
  return useInfiniteQuery<
    BookingActivityPageQuery,
    BookingsRequestError,
    LoadedList<ActivityFieldsFragment>,
    QueryKey,
    string | null
  >({
    queryKey: bookingKeys.activity(bookingId ?? '', first),
    queryFn: ({ pageParam, signal }) =>
      client.request(BookingActivityPageDocument, { id: bookingId ?? '', first, after: pageParam }, { signal }),
    initialPageParam: null,
    getNextPageParam: (page) =>
      page.booking?.activity.pageInfo.hasNextPage ? page.booking.activity.pageInfo.endCursor : null,
    enabled: Boolean(bookingId),
    select: (data): LoadedList<ActivityFieldsFragment> => ({
      entries: data.pages.flatMap((page) => page.booking?.activity.edges.map((edge) => edge.node) ?? []),
      totalCount: data.pages[data.pages.length - 1]?.booking?.activity.totalCount ?? 0,
    }),
  });
}

/** Decrypted travel details by traveler id; a traveler with none stored maps to null. */
export type TravelDetailsByTraveler = ReadonlyMap<string, TravelDetailsFieldsFragment | null>;

/**
 * Every traveler's decrypted travel details of one booking, fetched only while `revealed` is true (the caller
 * needs bookings-pii:read, else the query fails with FORBIDDEN). Each read is decrypted and audited on the
 * server, so nothing is cached after the component lets go, retried, or refetched on focus.
 */
export function useTravelDetails(bookingId: string | null | undefined, options: { revealed: boolean }) {
  const client = useBookingsClient();
  return useQuery<TravelDetailsByTraveler, BookingsRequestError>({
    queryKey: bookingKeys.travelDetails(bookingId ?? ''),
    queryFn: async ({ signal }) => {
      const { booking } = await client.request(
        TravelerTravelDetailsDocument,
        { bookingId: bookingId ?? '' },
        { signal },
      );
      return new Map((booking?.travelers ?? []).map((traveler) => [traveler.id, traveler.travelDetails]));
    },
    enabled: Boolean(bookingId) && options.revealed,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
