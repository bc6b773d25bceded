import { useMutation, useQueryClient, type QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { BookingsRequestError } from '../client';
import type { BookingDetailFragment } from '../generated/graphql';
import { useBookingsClient } from '../provider';
import { bookingKeys } from '../query-keys';
import type { Typed } from '../results';

/** Options of a generated mutation hook: TanStack's, less the function it runs. */
export type BookingMutationOptions<Result, Variables> = Omit<
  UseMutationOptions<Result, BookingsRequestError, Variables>,
  'mutationFn'
>;

/** What a result does to the cache once it arrived; the default puts a returned booking in place. */
export type CacheEffect<Result, Variables> = (
  queryClient: QueryClient,
  result: Result,
  variables: Variables,
) => Promise<void> | void;

type BookingMember = BookingDetailFragment & { __typename: 'Booking' };

function isBookingMember(result: Typed): result is BookingMember {
  return result.__typename === 'Booking';
}

/**
 * A returned booking replaces the cached detail (no refetch), and lists and activity are refetched, since the
 * change may move it in or out of a filter. Error members change nothing: nothing was written.
 */
export async function applyBookingResult(queryClient: QueryClient, result: Typed): Promise<void> {
  if (!isBookingMember(result)) return;
  queryClient.setQueryData<BookingDetailFragment | null>(bookingKeys.detail(result.id), result);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: [...bookingKeys.detail(result.id), 'activity'] }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.byNumber(result.bookingNumber) }),
  ]);
}

/**
 * Builds the hook of one mutation: it sends `document`, answers the field's result union (`pick`), and applies
 * `effect` to the cache before the caller's own onSuccess runs.
 */
export function mutationHook<Data, Variables, Result extends Typed>(
  document: TypedDocumentNode<Data, Variables>,
  pick: (data: Data) => Result,
  effect: CacheEffect<Result, Variables> = (queryClient, result) => applyBookingResult(queryClient, result),
) {
  return function useBookingsMutation(options: BookingMutationOptions<Result, Variables> = {}) {
    const client = useBookingsClient();
    const queryClient = useQueryClient();
    return useMutation<Result, BookingsRequestError, Variables>({
      ...options,
      mutationFn: async (variables) => pick(await client.request(document, variables)),
      onSuccess: async (result, variables, onMutateResult, context) => {
        await effect(queryClient, result, variables);
        await options.onSuccess?.(result, variables, onMutateResult, context);
      },
    });
  };
}
