import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { BookingsClient, BookingsRequestError } from '../client';
import {
  ConfirmPublicBookingSessionDocument,
  PublicBookingSessionDocument,
  PublicBookingSessionQuoteDocument,
  RepricePublicBookingSessionDocument,
  SetPublicBookingSessionAnswersDocument,
  StartPublicBookingSessionDocument,
  WritePublicBookingSessionStateDocument,
  type ConfirmPublicBookingSessionMutation,
  type ConfirmStorefrontSessionInput,
  type PublicBookingSessionFieldsFragment,
  type PublicBookingSessionQuoteQuery,
  type QuoteStorefrontSessionInput,
  type RepricePublicBookingSessionMutation,
  type RepriceStorefrontSessionInput,
  type SetPublicBookingSessionAnswersMutation,
  type SetSessionAnswersInput,
  type StartPublicBookingSessionMutation,
  type StartStorefrontSessionInput,
  type UpdateSessionWizardStateInput,
  type WritePublicBookingSessionStateMutation,
} from '../generated/graphql';
import { useBookingsClient } from '../provider';
import { storefrontKeys } from '../query-keys';
import type { Typed } from '../results';

export type PublicBookingSession = PublicBookingSessionFieldsFragment;

/**
 * A customer's booking in progress, read with the session's checkout capability (held by the client since the
 * start); `data` is null when the id is not a storefront session.
 */
export function usePublicBookingSession(sessionId: string | null | undefined) {
  const client = useBookingsClient();
  return useQuery<PublicBookingSession | null, BookingsRequestError>({
    queryKey: storefrontKeys.session(sessionId ?? ''),
    queryFn: ({ signal }) => readSession(client, sessionId ?? '', signal),
    enabled: Boolean(sessionId),
  });
}

async function readSession(client: BookingsClient, sessionId: string, signal?: AbortSignal) {
  const answer = await client.request(
    PublicBookingSessionDocument,
    { id: sessionId },
    { signal, checkoutSessionId: sessionId },
  );
  return answer.storefrontSession;
}

/** The states a session keeps for its storefront; the wizard's is the only one so far. */
export type PublicSessionStateKey = 'wizard';

/**
 * One of a session's states with the version to write it against. Before the first write it is empty at
 * version 0 (`updatedAt` null), which is what the first write's `expectedVersion` must be.
 */
export interface PublicSessionState {
  key: PublicSessionStateKey;
  currentStep: string | null;
  completedSteps: string[];
  payload: unknown;
  version: number;
  updatedAt: string | null;
}

function stateOf(session: PublicBookingSession | null, key: PublicSessionStateKey): PublicSessionState | null {
  if (!session) return null;
  const state = session.wizardState;
  if (!state) return { key, currentStep: null, completedSteps: [], payload: {}, version: 0, updatedAt: null };
  return { key, ...state };
}

/**
 * A session's state (`'wizard'`) and its version. It shares the session's cache entry, so a write through
 * the flow hook shows here without another request.
 */
export function usePublicBookingSessionState(
  sessionId: string | null | undefined,
  key: PublicSessionStateKey = 'wizard',
) {
  const client = useBookingsClient();
  return useQuery<PublicBookingSession | null, BookingsRequestError, PublicSessionState | null>({
    queryKey: storefrontKeys.session(sessionId ?? ''),
    queryFn: ({ signal }) => readSession(client, sessionId ?? '', signal),
    enabled: Boolean(sessionId),
    select: (session) => stateOf(session, key),
  });
}

export type StartPublicBookingSessionResult = StartPublicBookingSessionMutation['startStorefrontSession'];
export type WritePublicBookingSessionStateResult = WritePublicBookingSessionStateMutation['updateSessionWizardState'];
export type PublicBookingSessionQuoteResult = PublicBookingSessionQuoteQuery['storefrontSessionQuote'];
export type RepricePublicBookingSessionResult = RepricePublicBookingSessionMutation['repriceStorefrontSession'];
export type ConfirmPublicBookingSessionResult = ConfirmPublicBookingSessionMutation['confirmStorefrontSession'];
export type SetPublicBookingSessionAnswersResult = SetPublicBookingSessionAnswersMutation['setSessionAnswers'];

function isSession(result: Typed): result is PublicBookingSession & { __typename: 'StorefrontSession' } {
  return result.__typename === 'StorefrontSession';
}

/**
 * A returned session replaces the cached one. A version conflict means the cached one is stale: it is
 * refetched, so the caller's next attempt reads the version the server has.
 */
async function applySessionResult(queryClient: QueryClient, sessionId: string, result: Typed): Promise<void> {
  if (isSession(result)) {
    queryClient.setQueryData<PublicBookingSession | null>(storefrontKeys.session(result.id), result);
    return;
  }
  if (result.__typename === 'VersionConflictError')
    await queryClient.invalidateQueries({ queryKey: storefrontKeys.session(sessionId) });
}

/** One step of the flow: a mutation (TanStack's) that sends `document` with the session's capability. */
function useSessionStep<Data, Input extends { sessionId: string | number }, Result extends Typed>(
  document: TypedDocumentNode<Data, { input: Input }>,
  pick: (data: Data) => Result,
  options: { writes: boolean },
) {
  const client = useBookingsClient();
  const queryClient = useQueryClient();
  return useMutation<Result, BookingsRequestError, Input>({
    mutationFn: async (input) =>
      pick(await client.request(document, { input }, { checkoutSessionId: String(input.sessionId) })),
    onSuccess: (result, input) =>
      options.writes ? applySessionResult(queryClient, String(input.sessionId), result) : undefined,
  });
}

/**
 * Answers the session's questions. The result is the booking's requirements, not the session: the cached
 * session (whose version, checklist and requirements moved) is refetched after it, and after a conflict.
 */
function useSessionAnswers() {
  const client = useBookingsClient();
  const queryClient = useQueryClient();
  return useMutation<SetPublicBookingSessionAnswersResult, BookingsRequestError, SetSessionAnswersInput>({
    mutationFn: async (input) =>
      (
        await client.request(
          SetPublicBookingSessionAnswersDocument,
          { input },
          { checkoutSessionId: String(input.sessionId) },
        )
      ).setSessionAnswers,
    onSuccess: async (result, input) => {
      if (result.__typename === 'BookingRequirements' || result.__typename === 'VersionConflictError')
        await queryClient.invalidateQueries({ queryKey: storefrontKeys.session(String(input.sessionId)) });
    },
  });
}

/**
 * The customer's booking from start to confirm. `start` keeps the capability it returns in the client, and
 * every later step sends it as the `Checkout-Capability` header; `writeState` writes the wizard state against
 * its version; `answer` sets the answers the catalog's questions need; `previewPrice` asks the server for a
 * quote (writes nothing); `applyPrice` applies one, under the quote's digest; `confirm` books. Each answers its
 * result union: narrow it by `__typename`.
 */
export function usePublicBookingSessionFlowMutation() {
  const client = useBookingsClient();
  const queryClient = useQueryClient();
  const start = useMutation<StartPublicBookingSessionResult, BookingsRequestError, StartStorefrontSessionInput>({
    mutationFn: async (input) =>
      (await client.request(StartPublicBookingSessionDocument, { input })).startStorefrontSession,
    onSuccess: (result) => {
      if (result.__typename !== 'StartStorefrontSessionPayload') return;
      client.checkoutCapabilities.set(result.capability);
      queryClient.setQueryData<PublicBookingSession | null>(storefrontKeys.session(result.session.id), result.session);
    },
  });
  const writeState = useSessionStep<
    WritePublicBookingSessionStateMutation,
    UpdateSessionWizardStateInput,
    WritePublicBookingSessionStateResult
  >(WritePublicBookingSessionStateDocument, (data) => data.updateSessionWizardState, { writes: true });
  const previewPrice = useSessionStep<
    PublicBookingSessionQuoteQuery,
    QuoteStorefrontSessionInput,
    PublicBookingSessionQuoteResult
  >(PublicBookingSessionQuoteDocument, (data) => data.storefrontSessionQuote, { writes: false });
  const applyPrice = useSessionStep<
    RepricePublicBookingSessionMutation,
    RepriceStorefrontSessionInput,
    RepricePublicBookingSessionResult
  >(RepricePublicBookingSessionDocument, (data) => data.repriceStorefrontSession, { writes: true });
  const confirm = useSessionStep<
    ConfirmPublicBookingSessionMutation,
    ConfirmStorefrontSessionInput,
    ConfirmPublicBookingSessionResult
  >(ConfirmPublicBookingSessionDocument, (data) => data.confirmStorefrontSession, { writes: true });
  const answer = useSessionAnswers();
  return { start, writeState, answer, previewPrice, applyPrice, confirm };
}
