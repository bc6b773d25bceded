import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { BookingsRequestError } from '../client';
import {
  ActionApprovalsPageDocument,
  DecideActionApprovalDocument,
  type ActionApprovalsPageQuery,
  type ApprovalFieldsFragment,
} from '../generated/graphql';
import { useBookingsClient } from '../provider';
import { approvalKeys, bookingKeys, type ApprovalListParams } from '../query-keys';
import type { LoadedList } from './bookings';
import { mutationHook } from './mutation-hook';

/** Approvals, newest first, a page at a time (for example `{ filter: { status: 'PENDING' } }`). */
export function useActionApprovals(params: ApprovalListParams = {}) {
  const client = useBookingsClient();
  const first = params.pageSize ?? 20;
  return useInfiniteQuery<
    ActionApprovalsPageQuery,
    BookingsRequestError,
    LoadedList<ApprovalFieldsFragment>,
    QueryKey,
    string | null
  >({
    queryKey: approvalKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      client.request(ActionApprovalsPageDocument, { first, after: pageParam, filter: params.filter }, { signal }),
    initialPageParam: null,
    getNextPageParam: (page) =>
      page.actionApprovals.pageInfo.hasNextPage ? page.actionApprovals.pageInfo.endCursor : null,
    select: (data): LoadedList<ApprovalFieldsFragment> => ({
      entries: data.pages.flatMap((page) => page.actionApprovals.edges.map((edge) => edge.node)),
      totalCount: data.pages[data.pages.length - 1]?.actionApprovals.totalCount ?? 0,
    }),
  });
}

/**
 * Approves or denies; needs approvals:decide, and the requester cannot decide its own request. The requester
 * then repeats its mutation with `approvalId`.
 */
export const useDecideActionApproval = mutationHook(
  DecideActionApprovalDocument,
  (data) => data.decideActionApproval,
  async (queryClient, result) => {
    await queryClient.invalidateQueries({ queryKey: approvalKeys.all });
    if (result.__typename === 'ActionApproval')
      await queryClient.invalidateQueries({ queryKey: bookingKeys.detail(result.targetId) });
  },
);
