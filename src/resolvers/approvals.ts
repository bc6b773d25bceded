import { GraphQLError } from 'graphql';
import { effectiveApprovalStatus } from '../approvals/approval-state';
import { BOOKING_TARGET_TYPE } from '../approvals/booking-actions';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { searchApprovals } from '../read/approval-reads';
import { decideActionApproval } from '../approvals/decision-service';
import { approvalsArgs, decideActionApprovalInput } from '../validation/approval-inputs';
import { pageArgs } from '../validation/booking-queries';
import { parseArgument } from '../validation/parse';
import { mutation, tagged } from './mutation-pipeline';

/** Ledger and approval rows reference each other by id within one transaction: a miss is a bug, not a 404. */
async function required<T>(pending: Promise<T | null>, what: string): Promise<T> {
  const value = await pending;
  if (value === null) throw new GraphQLError(`The ${what} was not found`, { extensions: { code: 'NOT_FOUND' } });
  return value;
}

/** The decided approval, read back after the commit. */
const committedApproval = async ({ approvalId }: { approvalId: string }, context: RequestContext) =>
  tagged(await required(context.loaders.approvalById.load(approvalId), 'action approval'), 'ActionApproval');

export const approvalResolvers: Resolvers = {
  Query: {
    actionApprovals: (_root, args, context) => {
      const parsed = parseArgument(approvalsArgs, args, 'actionApprovals');
      return searchApprovals(context.read, context.sql, { ...parsed, now: context.clock.now() });
    },
  },
  Mutation: {
    decideActionApproval: mutation('DecideActionApprovalResult', {
      schema: decideActionApprovalInput,
      call: decideActionApproval,
      readBack: committedApproval,
    }),
  },
  Booking: {
    actionLedger: (booking, args, context) => {
      const { first, after } = parseArgument(pageArgs, args, 'actionLedger');
      return context.loaders.ledgerPage.load({
        targetType: BOOKING_TARGET_TYPE,
        targetId: booking.id,
        first,
        after: after ?? null,
      });
    },
  },
  ActionApproval: {
    __resolveReference: (reference, context) => {
      const { id } = reference as { id?: unknown };
      if (typeof id !== 'string')
        throw new GraphQLError('An ActionApproval representation needs its key fields', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      return context.loaders.approvalById.load(id);
    },
    status: (approval, _args, context) => effectiveApprovalStatus(approval, context.clock.now()),
    requestedAction: (approval, _args, context) =>
      required(context.loaders.ledgerEntryById.load(approval.requestedAction), 'requested action'),
  },
  ActionLedgerEntry: {
    approval: (entry, _args, context) =>
      entry.approvalId ? context.loaders.approvalById.load(entry.approvalId) : null,
  },
  ApprovalRequired: {
    requestedAction: (outcome, _args, context) =>
      required(context.loaders.ledgerEntryById.load(outcome.requestedActionId), 'requested action'),
    approval: (outcome, _args, context) =>
      required(context.loaders.approvalById.load(outcome.approvalId), 'action approval'),
  },
};
