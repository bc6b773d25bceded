import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import {
  isMember,
  usePublicBookingSession,
  usePublicBookingSessionFlowMutation,
  usePublicBookingSessionState,
  type BookingsRequestError,
} from '../src';
import {
  CATALOG_TOTAL_CENTS,
  EARLY_BIRD_CATEGORY_ID,
  EARLY_BIRD_TOTAL_CENTS,
  PICKUP_HOTEL_QUESTION,
  STOREFRONT,
  declareMorningSlot,
  startInput,
  startedSession,
} from './storefront-support';
import { clientFor, renderBookingsHook, type SentOperations } from './support';

describe('storefront hooks', () => {
  it('start answers the session at the catalog price and the client keeps its capability', async () => {
    const client = clientFor(STOREFRONT);
    const { result } = renderBookingsHook(() => usePublicBookingSessionFlowMutation(), { caller: null, client });

    const started = await act(async () => result.current.start.mutateAsync(startInput(await declareMorningSlot())));

    if (!isMember(started, 'StartStorefrontSessionPayload'))
      throw new Error(`expected a start, got ${started.__typename}`);
    expect(started.session).toMatchObject({
      status: 'ON_HOLD',
      total: { amountCents: CATALOG_TOTAL_CENTS, currency: 'EUR' },
    });
    expect(client.checkoutCapabilities.get(started.session.id)?.token).toBe(started.capability.token);
  });

  it('usePublicBookingSession reads the session with the capability in the Checkout-Capability header', async () => {
    const sent: SentOperations = { names: [], capabilities: [] };
    const { client, session } = await startedSession({ sent });
    const { result } = renderBookingsHook(() => usePublicBookingSession(session.id), { caller: null, client });

    await waitFor(() => expect(result.current.data?.bookingNumber).toBe(session.bookingNumber));
    expect(sent.names).toEqual(['StartPublicBookingSession', 'PublicBookingSession']);
    expect(sent.capabilities).toEqual([null, client.checkoutCapabilities.get(session.id)?.token]);
  });

  it("a client without the session's capability is refused, with the storefront key alone", async () => {
    const { session } = await startedSession();
    const { result } = renderBookingsHook(() => usePublicBookingSession(session.id), { caller: STOREFRONT });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('FORBIDDEN');
  });

  it('writeState at version 0 stores version 1, and the state hook shows it without a refetch', async () => {
    const sent: SentOperations = { names: [] };
    const { client, session } = await startedSession({ sent });
    const { result } = renderBookingsHook(
      () => ({
        state: usePublicBookingSessionState(session.id, 'wizard'),
        flow: usePublicBookingSessionFlowMutation(),
      }),
      { caller: null, client },
    );
    await waitFor(() => expect(result.current.state.data?.version).toBe(0));

    const written = await act(() =>
      result.current.flow.writeState.mutateAsync({
        sessionId: session.id,
        expectedVersion: 0,
        currentStep: 'travelers',
        completedSteps: ['slot'],
        payload: { fare: 'standard' },
      }),
    );

    expect(written.__typename).toBe('StorefrontSession');
    await waitFor(() =>
      expect(result.current.state.data).toMatchObject({
        key: 'wizard',
        version: 1,
        currentStep: 'travelers',
        completedSteps: ['slot'],
        payload: { fare: 'standard' },
      }),
    );
    expect(sent.names.filter((name) => name === 'PublicBookingSession')).toHaveLength(1);
  });

  it('writeState against a stale version answers VersionConflictError and the state is refetched', async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(
      () => ({ state: usePublicBookingSessionState(session.id), flow: usePublicBookingSessionFlowMutation() }),
      { caller: null, client },
    );
    await waitFor(() => expect(result.current.state.data?.version).toBe(0));
    // Another tab of the same buyer writes first.
    await act(() =>
      result.current.flow.writeState.mutateAsync({ sessionId: session.id, expectedVersion: 0, currentStep: 'answers' }),
    );

    const outcome = await act(() =>
      result.current.flow.writeState.mutateAsync({ sessionId: session.id, expectedVersion: 0, currentStep: 'price' }),
    );

    if (!isMember(outcome, 'VersionConflictError')) throw new Error(`expected a conflict, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({ code: 'VERSION_CONFLICT', expectedVersion: 0, actualVersion: 1 });
    await waitFor(() => expect(result.current.state.data).toMatchObject({ version: 1, currentStep: 'answers' }));
  });

  it('previewPrice answers the server quote and writes nothing', async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(
      () => ({ session: usePublicBookingSession(session.id), flow: usePublicBookingSessionFlowMutation() }),
      { caller: null, client },
    );
    const itemId = session.items[0]?.id ?? '';

    const quote = await act(() =>
      result.current.flow.previewPrice.mutateAsync({
        sessionId: session.id,
        selections: [{ itemId, pricingCategoryId: EARLY_BIRD_CATEGORY_ID }],
      }),
    );

    if (!isMember(quote, 'StorefrontQuote')) throw new Error(`expected a quote, got ${quote.__typename}`);
    expect(quote).toMatchObject({ bookingVersion: session.version, total: { amountCents: EARLY_BIRD_TOTAL_CENTS } });
    await waitFor(() => expect(result.current.session.data?.total?.amountCents).toBe(CATALOG_TOTAL_CENTS));
    expect(result.current.session.data?.version).toBe(session.version);
  });

  it("applyPrice under the quote's digest reprices the session in the cache", async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(
      () => ({ session: usePublicBookingSession(session.id), flow: usePublicBookingSessionFlowMutation() }),
      { caller: null, client },
    );
    const selections = [{ itemId: session.items[0]?.id ?? '', pricingCategoryId: EARLY_BIRD_CATEGORY_ID }];
    const quote = await act(() => result.current.flow.previewPrice.mutateAsync({ sessionId: session.id, selections }));
    if (!isMember(quote, 'StorefrontQuote')) throw new Error(`expected a quote, got ${quote.__typename}`);

    const applied = await act(() =>
      result.current.flow.applyPrice.mutateAsync({
        sessionId: session.id,
        expectedVersion: quote.bookingVersion,
        selections,
        acceptQuoteDigest: quote.digest,
      }),
    );

    expect(applied.__typename).toBe('StorefrontSession');
    await waitFor(() =>
      expect(result.current.session.data?.total).toEqual({ amountCents: EARLY_BIRD_TOTAL_CENTS, currency: 'EUR' }),
    );
  });

  it('applyPrice of other selections than its quote answers PriceChangedError and changes nothing', async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(
      () => ({ session: usePublicBookingSession(session.id), flow: usePublicBookingSessionFlowMutation() }),
      { caller: null, client },
    );
    const itemId = session.items[0]?.id ?? '';
    // The buyer previewed the standard fare, then the page sends the early-bird one under that quote.
    const quote = await act(() =>
      result.current.flow.previewPrice.mutateAsync({ sessionId: session.id, selections: [{ itemId }] }),
    );
    if (!isMember(quote, 'StorefrontQuote')) throw new Error(`expected a quote, got ${quote.__typename}`);

    const outcome = await act(() =>
      result.current.flow.applyPrice.mutateAsync({
        sessionId: session.id,
        expectedVersion: quote.bookingVersion,
        selections: [{ itemId, pricingCategoryId: EARLY_BIRD_CATEGORY_ID }],
        acceptQuoteDigest: quote.digest,
      }),
    );

    if (!isMember(outcome, 'PriceChangedError')) throw new Error(`expected a price change, got ${outcome.__typename}`);
    expect(outcome).toMatchObject({ code: 'PRICE_CHANGED', quoted: quote.digest });
    await waitFor(() => expect(result.current.session.data?.total?.amountCents).toBe(CATALOG_TOTAL_CENTS));
  });

  it("answer sets the catalog's required pickup hotel and the session's requirements read COMPLETE", async () => {
    const { client, session } = await startedSession();
    expect(session.requirements.status).toBe('INCOMPLETE');
    const { result } = renderBookingsHook(
      () => ({ flow: usePublicBookingSessionFlowMutation(), session: usePublicBookingSession(session.id) }),
      { caller: null, client },
    );
    await waitFor(() => expect(result.current.session.data?.id).toBe(session.id));

    const answered = await act(() =>
      result.current.flow.answer.mutateAsync({
        sessionId: session.id,
        expectedVersion: session.version,
        answers: [{ questionId: PICKUP_HOTEL_QUESTION.id, value: 'Hotel Alpenrose' }],
      }),
    );

    if (!isMember(answered, 'BookingRequirements'))
      throw new Error(`expected requirements, got ${answered.__typename}`);
    expect(answered.status).toBe('COMPLETE');
    await waitFor(() => expect(result.current.session.data?.checklist.requiredAnswersComplete).toBe(true));
    expect(result.current.session.data?.version).toBe(session.version + 1);
  });

  it('answer with a value of the wrong type answers AnswerValidationError with the field path', async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(() => usePublicBookingSessionFlowMutation(), { caller: null, client });

    const refused = await act(() =>
      result.current.answer.mutateAsync({
        sessionId: session.id,
        expectedVersion: session.version,
        answers: [{ questionId: PICKUP_HOTEL_QUESTION.id, value: 42 }],
      }),
    );

    if (!isMember(refused, 'AnswerValidationError')) throw new Error(`expected a refusal, got ${refused.__typename}`);
    expect(refused.problems.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: 'input.answers.0.value', reason: 'INVALID_VALUE' },
    ]);
  });

  it('confirm books a ready session: CONFIRMED under its booking number', async () => {
    const { client, session } = await startedSession();
    const { result } = renderBookingsHook(() => usePublicBookingSessionFlowMutation(), { caller: null, client });
    const answered = await act(() =>
      result.current.answer.mutateAsync({
        sessionId: session.id,
        expectedVersion: session.version,
        answers: [{ questionId: PICKUP_HOTEL_QUESTION.id, value: 'Hotel Alpenrose' }],
      }),
    );
    if (!isMember(answered, 'BookingRequirements'))
      throw new Error(`expected requirements, got ${answered.__typename}`);

    const confirmed = await act(() =>
      result.current.confirm.mutateAsync({ sessionId: session.id, expectedVersion: answered.bookingVersion }),
    );

    if (!isMember(confirmed, 'StorefrontSession')) throw new Error(`expected a session, got ${confirmed.__typename}`);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', bookingNumber: session.bookingNumber });
  });

  it('confirm of a session without a buyer answers SessionNotReadyError naming what is missing', async () => {
    const { client, session } = await startedSession({ withBuyer: false });
    const { result } = renderBookingsHook(() => usePublicBookingSessionFlowMutation(), { caller: null, client });

    const outcome = await act(() =>
      result.current.confirm.mutateAsync({ sessionId: session.id, expectedVersion: session.version }),
    );

    if (!isMember(outcome, 'SessionNotReadyError')) throw new Error(`expected not ready, got ${outcome.__typename}`);
    expect(outcome.missing).toEqual(['contactComplete', 'travelersComplete', 'requiredAnswersComplete']);
  });

  it('a step without any capability or token is refused as UNAUTHENTICATED', async () => {
    const { session } = await startedSession();
    const { result } = renderBookingsHook(() => usePublicBookingSessionFlowMutation(), { caller: null });

    const failure = await act(() =>
      result.current.writeState
        .mutateAsync({ sessionId: session.id, expectedVersion: 0, currentStep: 'travelers' })
        .then(
          () => null,
          (error: BookingsRequestError) => error,
        ),
    );

    expect(failure?.code).toBe('UNAUTHENTICATED');
  });
});
