import { z } from 'zod';
import { APPROVAL_DECISIONS, APPROVAL_STATUSES } from '../domain/action-vocabulary';
import { overrideBookingStatusInput, transitionBookingInput } from './booking-inputs';
import { pageArgs } from './booking-queries';
import { text, typeId } from './fields';
import { releaseBookingAllocationInput } from './inventory-inputs';
import { actionKeyFields } from './request-keys';

/** Changes the approval policy may gate carry the request's key and the approval to execute. */
export const gatedTransitionBookingInput = transitionBookingInput.extend(actionKeyFields);
export const gatedOverrideBookingStatusInput = overrideBookingStatusInput.extend(actionKeyFields);
export const gatedReleaseBookingAllocationInput = releaseBookingAllocationInput.extend(actionKeyFields);
/** removeBookingItem takes bare arguments: the item id, and the key and approval id beside it. */
export const gatedRemoveBookingItemArgs = z.object({ id: typeId('bkit'), ...actionKeyFields });

export const decideActionApprovalInput = z.object({
  approvalId: typeId('alap'),
  decision: z.enum(APPROVAL_DECISIONS),
  reason: text().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').nullish(),
});

export const approvalsArgs = pageArgs.extend({
  filter: z
    .object({ status: z.enum(APPROVAL_STATUSES).nullish(), targetId: text().trim().min(1).max(255).nullish() })
    .nullish(),
});

export type GatedTransitionBookingInput = z.output<typeof gatedTransitionBookingInput>;
export type GatedOverrideBookingStatusInput = z.output<typeof gatedOverrideBookingStatusInput>;
export type DecideActionApprovalInput = z.output<typeof decideActionApprovalInput>;
export type GatedReleaseBookingAllocationInput = z.output<typeof gatedReleaseBookingAllocationInput>;
export type GatedRemoveBookingItemArgs = z.output<typeof gatedRemoveBookingItemArgs>;
