import { GraphQLError } from 'graphql';
import { effectiveApprovalStatus } from '../approvals/approval-state';
import { BOOKING_TARGET_TYPE } from '../approvals/booking-actions';
import { refreshLoaders, serviceScope, type RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { searchApprovals } from '../read/approval-reads';
import type { ActionApprovalRow } from '../read/approval-rows';
import { decideActionApproval } from '../services/approval-decision-service';
import { isBusinessOutcome } from '../services/outcomes';
import { approvalsArgs, decideActionApprovalInput } from '../validation/approval-inputs';
import { pageArgs } from '../validation/booking-queries';
import { parseArgument } from '../validation/parse';

/** Ledger and approval rows reference each other by id within one transaction: a miss is a bug, not a 404. */
async function required<T>(pending: Promise<T | null>, what: string): Promise<T> {
  const value = await pending;
  if (value === null) throw new GraphQLError(`The ${what} was not found`, { extensions: { code: 'NOT_FOUND' } });
  return value;
}

/** Like `perform` in mutation.ts, but the success member is the approval, read back after the commit. */
async function decide<Outcome = never>(context: RequestContext, argument: unknown): Promise<ActionApprovalRow | Outcome> {
  const input = parseArgument(decideActionApprovalInput, argument, 'input');
  const result = await decideActionApproval(serviceScope(context), input);
  refreshLoaders(context);
  // The service builds outcomes with the __typename of a member of DecideActionApprovalResult.
  if (isBusinessOutcome(result)) return result as unknown as Outcome;
  return required(context.loaders.approvalById.load(result.approvalId), 'action approval');
}

export const approvalResolvers: Resolvers = {
  Query: {
    actionApprovals: (_root, args, context) => {
      const parsed = parseArgument(approvalsArgs, args, 'actionApprovals');
      return searchApprovals(context.read, context.sql, { ...parsed, now: context.clock.now() });
    },
  },
  Mutation: {
    decideActionApproval: (_root, args, context) => decide(context, args.input),
  },
  Booking: {
    actionLedger: (booking, args, context) => {
      const { first, after } = parseArgument(pageArgs, args, 'actionLedger');
      return context.loaders.ledgerPage.load({ targetType: BOOKING_TARGET_TYPE, targetId: booking.id, first, after: after ?? null });
    },
  },
  ActionApproval: {
    __resolveReference: (reference, context) => {
      const { id } = reference as { id?: unknown };
      if (typeof id !== 'string') throw new GraphQLError('An ActionApproval representation needs its key fields', { extensions: { code: 'BAD_USER_INPUT' } });
      return context.loaders.approvalById.load(id);
    },
    status: (approval, _args, context) => effectiveApprovalStatus(approval, context.clock.now()),
    requestedAction: (approval, _args, context) => required(context.loaders.ledgerEntryById.load(approval.requestedAction), 'requested action'),
  },
  ActionLedgerEntry: {
    approval: (entry, _args, context) => (entry.approvalId ? context.loaders.approvalById.load(entry.approvalId) : null),
  },
  ApprovalRequired: {
    requestedAction: (outcome, _args, context) => required(context.loaders.ledgerEntryById.load(outcome.requestedActionId), 'requested action'),
    approval: (outcome, _args, context) => required(context.loaders.approvalById.load(outcome.approvalId), 'action approval'),
  },
};
