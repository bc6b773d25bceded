import type { ActionApprovalFilter, BookingFilter, BookingOrder } from './generated/graphql';

/** What a bookings list is keyed by: the same filter and order always share one cache entry. */
export interface BookingListParams {
  filter?: BookingFilter;
  orderBy?: BookingOrder;
  pageSize?: number;
}

/** What an approvals list is keyed by. */
export interface ApprovalListParams {
  filter?: ActionApprovalFilter;
  pageSize?: number;
}

/**
 * TanStack Query keys, as a hierarchy: invalidating `bookingKeys.detail(id)` also invalidates that booking's
 * activity. Travel details sit outside the booking's branch on purpose: every read of them is decrypted and
 * audited, so a booking change must not refetch them behind the user's back.
 */
export const bookingKeys = {
  all: ['bookings'] as const,
  lists: () => [...bookingKeys.all, 'list'] as const,
  list: (params: BookingListParams) => [...bookingKeys.lists(), params] as const,
  details: () => [...bookingKeys.all, 'detail'] as const,
  detail: (id: string) => [...bookingKeys.details(), id] as const,
  activity: (id: string, pageSize: number) => [...bookingKeys.detail(id), 'activity', pageSize] as const,
  byNumber: (bookingNumber: string) => [...bookingKeys.all, 'by-number', bookingNumber] as const,
  travelDetails: (bookingId: string) => ['bookings-pii', 'travel-details', bookingId] as const,
};

export const approvalKeys = {
  all: ['action-approvals'] as const,
  lists: () => [...approvalKeys.all, 'list'] as const,
  list: (params: ApprovalListParams) => [...approvalKeys.lists(), params] as const,
};

/** Storefront sessions sit apart from bookings: a customer reads them through a capability, never a list. */
export const storefrontKeys = {
  all: ['storefront-sessions'] as const,
  session: (sessionId: string) => [...storefrontKeys.all, sessionId] as const,
};
