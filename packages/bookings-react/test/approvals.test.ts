import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { isMember, useActionApprovals, useDecideActionApproval, useTransitionBooking } from '../src';
import { ADMIN, AGENT, renderBookingsHook, seedBooking, uniqueMarker } from './support';

describe('approvals', () => {
  it('an agent cancelling gets ApprovalRequired; a human approves; the agent repeats with the approval', async () => {
    const booking = await seedBooking(uniqueMarker('Approve'));
    const agent = renderBookingsHook(() => useTransitionBooking(), { caller: AGENT });
    const human = renderBookingsHook(
      () => ({
        pending: useActionApprovals({ filter: { targetId: booking.id, status: 'PENDING' } }),
        decide: useDecideActionApproval(),
      }),
      { caller: ADMIN },
    );
    const cancel = {
      id: booking.id,
      to: 'CANCELLED' as const,
      reason: 'Customer asked',
      idempotencyKey: `cancel-${booking.id}`,
    };

    const requested = await act(() => agent.result.current.mutateAsync({ input: cancel }));
    if (!isMember(requested, 'ApprovalRequired'))
      throw new Error(`expected ApprovalRequired, got ${requested.__typename}`);
    expect(requested.approval).toMatchObject({
      status: 'PENDING',
      actionName: 'booking.status.cancel',
      targetId: booking.id,
      requestedById: AGENT.sub,
    });

    await human.queryClient.invalidateQueries();
    await waitFor(() =>
      expect(human.result.current.pending.data?.entries.map((approval) => approval.id)).toEqual([
        requested.approval.id,
      ]),
    );
    const decided = await act(() =>
      human.result.current.decide.mutateAsync({
        input: { approvalId: requested.approval.id, decision: 'APPROVED', reason: 'Refund agreed' },
      }),
    );
    if (!isMember(decided, 'ActionApproval'))
      throw new Error(`expected the decided approval, got ${decided.__typename}`);
    expect(decided.status).toBe('APPROVED');
    await waitFor(() => expect(human.result.current.pending.data?.entries).toEqual([]));

    const executed = await act(() =>
      agent.result.current.mutateAsync({ input: { ...cancel, approvalId: requested.approval.id } }),
    );
    if (!isMember(executed, 'Booking')) throw new Error(`expected the cancelled booking, got ${executed.__typename}`);
    expect(executed.status).toBe('CANCELLED');
  });

  it('an agent cancelling without an idempotency key gets IdempotencyKeyRequiredError', async () => {
    const booking = await seedBooking(uniqueMarker('NoKey'));
    const { result } = renderBookingsHook(() => useTransitionBooking(), { caller: AGENT });

    const outcome = await act(() => result.current.mutateAsync({ input: { id: booking.id, to: 'CANCELLED' } }));

    if (!isMember(outcome, 'IdempotencyKeyRequiredError'))
      throw new Error(`expected IdempotencyKeyRequiredError, got ${outcome.__typename}`);
    expect(outcome.actionName).toBe('booking.status.cancel');
  });
});
