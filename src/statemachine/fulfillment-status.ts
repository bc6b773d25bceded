import { defineLifecycle } from './lifecycle';

/** Every status a fulfillment (an issued voucher, ticket or document) can be in, as stored. */
export const FULFILLMENT_STATUSES = ['pending', 'issued', 'reissued', 'revoked', 'failed', 'voided'] as const;

export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number];

/**
 * The fulfillment lifecycle. `reissued → reissued` is allowed because a document can be
 * reissued any number of times; `failed → pending` is the retry path. `voided` is where a
 * document ends when what it was for (its item, or the booking) is cancelled; a revoked one was
 * already withdrawn and stays revoked.
 */
export const fulfillmentLifecycle = defineLifecycle(FULFILLMENT_STATUSES, {
  pending: ['issued', 'failed', 'voided'],
  issued: ['reissued', 'revoked', 'voided'],
  reissued: ['reissued', 'revoked', 'voided'],
  revoked: [],
  failed: ['pending', 'voided'],
  voided: [],
});

/** Whether the fulfillment lifecycle allows `from → to`. */
export function canTransitionFulfillment(from: FulfillmentStatus, to: FulfillmentStatus): boolean {
  return fulfillmentLifecycle.can(from, to);
}

/** A fulfillment was asked to make a move its lifecycle does not allow. */
export class FulfillmentTransitionError extends Error {
  readonly code = 'INVALID_FULFILLMENT_TRANSITION';
  override readonly name = 'FulfillmentTransitionError';

  constructor(
    readonly from: FulfillmentStatus,
    readonly to: FulfillmentStatus,
  ) {
    super(`Cannot move a fulfillment from ${from} to ${to}`);
  }
}

/** The columns a fulfillment status change writes; an absent key means "leave as is". */
export interface FulfillmentStatusPatch {
  status: FulfillmentStatus;
  issuedAt?: Date;
  revokedAt?: Date;
  voidedAt?: Date;
}

/**
 * Moves a fulfillment along its lifecycle. `issuedAt` is stamped on every issue and reissue,
 * so it always dates the document currently in the traveller's hands.
 *
 * @throws FulfillmentTransitionError when the lifecycle does not allow `from → to`.
 * @throws RangeError when `now` is not a valid date.
 */
export function transitionFulfillment(
  from: FulfillmentStatus,
  to: FulfillmentStatus,
  options: { now: Date },
): FulfillmentStatusPatch {
  if (!canTransitionFulfillment(from, to)) {
    throw new FulfillmentTransitionError(from, to);
  }
  const { now } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('now must be a valid date');
  }
  const patch: FulfillmentStatusPatch = { status: to };
  if (to === 'issued' || to === 'reissued') {
    patch.issuedAt = new Date(now.getTime());
  } else if (to === 'revoked') {
    patch.revokedAt = new Date(now.getTime());
  } else if (to === 'voided') {
    patch.voidedAt = new Date(now.getTime());
  }
  return patch;
}
