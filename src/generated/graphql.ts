import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BookingRow, BookingItemRow, BookingTravelerRow, BookingItemTravelerRow, BookingOriginRow, BookingNoteRow, BookingSupplierStatusRow, BookingActivityRow, ConnectionValue, BookingPiiAuditEventRow, EntityReference } from '../loaders/rows';
import type { TravelDetails } from '../pii/travel-details';
import type { ActionLedgerEntryRow, ActionApprovalRow, ActionLedgerConnectionValue, ActionApprovalConnectionValue } from '../loaders/approval-rows';
import type { ApprovalRequiredOutcome } from '../services/action-outcomes';
import type { BookingAllocationRow, BookingAllocationConnectionValue, BookingFulfillmentRow, BookingRedemptionRow, AllocationCapacityValue, AvailabilitySlotReference, ExpireStaleHoldsValue } from '../loaders/inventory-rows';
import type { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date; }
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** A human decision an action waits for. */
export type ActionApproval = {
  __typename?: 'ActionApproval';
  actionName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedById: Maybe<Scalars['ID']['output']>;
  decidedByType: Maybe<PrincipalType>;
  decisionActionId: Maybe<Scalars['ID']['output']>;
  decisionReason: Maybe<Scalars['String']['output']>;
  executedAt: Maybe<Scalars['DateTime']['output']>;
  executionActionId: Maybe<Scalars['ID']['output']>;
  /** Deadline to decide and to execute. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  policyName: Scalars['String']['output'];
  policyVersion: Scalars['Int']['output'];
  /** Why approval is needed, e.g. `cancel_requested_by_agent`. */
  reasonCode: Scalars['String']['output'];
  requestedAction: ActionLedgerEntry;
  requestedById: Scalars['ID']['output'];
  requestedByType: PrincipalType;
  /** PENDING past `expiresAt` reads as EXPIRED. */
  status: ActionApprovalStatus;
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
};

export type ActionApprovalConnection = {
  __typename?: 'ActionApprovalConnection';
  edges: Array<ActionApprovalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionApprovalEdge = {
  __typename?: 'ActionApprovalEdge';
  cursor: Scalars['String']['output'];
  node: ActionApproval;
};

export type ActionApprovalFilter = {
  status?: InputMaybe<ActionApprovalStatus>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActionApprovalStatus =
  | 'approved'
  | 'cancelled'
  | 'denied'
  | 'expired'
  | 'pending';

export type ActionKind =
  /** An approval was granted or refused. */
  | 'decision'
  /** The action ran. */
  | 'execution'
  /** A pending approval lapsed. */
  | 'expiry'
  /** A principal asked for an action that needs approval. */
  | 'request';

export type ActionLedgerConnection = {
  __typename?: 'ActionLedgerConnection';
  edges: Array<ActionLedgerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionLedgerEdge = {
  __typename?: 'ActionLedgerEdge';
  cursor: Scalars['String']['output'];
  node: ActionLedgerEntry;
};

/** One append-only fact: an action requested, an approval decided, an action executed, an approval lapsed. */
export type ActionLedgerEntry = {
  __typename?: 'ActionLedgerEntry';
  actionKind: ActionKind;
  /** `booking.status.cancel`, `booking.status.override`, … */
  actionName: Scalars['String']['output'];
  approval: Maybe<ActionApproval>;
  approvalId: Maybe<Scalars['ID']['output']>;
  /** The entry this one follows from: decisions and executions point at their requested action. */
  causationActionId: Maybe<Scalars['ID']['output']>;
  /** SHA-256 of the command, the target's relevant state and the policy inputs. */
  fingerprint: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idempotencyKey: Maybe<Scalars['String']['output']>;
  /** Principal and operation the idempotency key belongs to. */
  idempotencyScope: Maybe<Scalars['String']['output']>;
  metadata: Maybe<Scalars['JSON']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  principalId: Scalars['ID']['output'];
  principalType: PrincipalType;
  status: ActionLedgerStatus;
  targetId: Scalars['ID']['output'];
  /** What the action is about, e.g. `booking`. */
  targetType: Scalars['String']['output'];
};

export type ActionLedgerStatus =
  | 'approved'
  | 'awaiting_approval'
  | 'denied'
  | 'expired'
  | 'failed'
  | 'requested'
  | 'succeeded';

export type AddBookingAllocationInput = {
  bookingItemId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};

export type AddBookingAllocationResult = AllocationTargetNotFoundError | Booking | BookingNotEditableError | CapacityExhaustedError | HoldExpiredError | VersionConflictError;

export type AddBookingItemInput = {
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  item: BookingItemInput;
};

/** Item mutations answer with the booking, whose totals they change. */
export type AddBookingItemResult = Booking | BookingNotEditableError | CostCurrencyMismatchError | IdempotencyInFlightError | IdempotencyKeyReusedError | VersionConflictError;

export type AddBookingNoteInput = {
  bookingId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** What `addBookingNote` answers: the changed booking, or why nothing changed. */
export type AddBookingNoteResult = Booking | VersionConflictError;

export type AddBookingTravelerInput = {
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  traveler: BookingTravelerInput;
};

export type AddBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError | VersionConflictError;

/** How much of a target Bookings may sell, as declared by the inventory owner, and how much is taken. */
export type AllocationCapacity = {
  __typename?: 'AllocationCapacity';
  /** null: unlimited. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Held (hold not yet passed), confirmed and fulfilled allocations. */
  consumed: Scalars['Int']['output'];
  kind: AllocationKind;
  optionId: Maybe<Scalars['ID']['output']>;
  /** How far consumption exceeds a lowered capacity; 0 when it fits. */
  overCommitted: Scalars['Int']['output'];
  productId: Maybe<Scalars['ID']['output']>;
  /** capacity − consumed; null when unlimited. Negative only after capacity was lowered below what is consumed. */
  remaining: Maybe<Scalars['Int']['output']>;
  startsAt: Maybe<Scalars['DateTime']['output']>;
  targetId: Scalars['ID']['output'];
  unlimited: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AllocationKind =
  | 'pickup'
  | 'resource'
  | 'slot';

export type AllocationRequestInput = {
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};

export type AllocationStatus =
  | 'cancelled'
  | 'confirmed'
  | 'expired'
  | 'fulfilled'
  | 'held'
  | 'released';

export type AllocationTargetNotFoundError = BookingError & {
  __typename?: 'AllocationTargetNotFoundError';
  code: Scalars['String']['output'];
  kind: AllocationKind;
  message: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
};

export type AllocationTransitionError = BookingError & {
  __typename?: 'AllocationTransitionError';
  code: Scalars['String']['output'];
  from: AllocationStatus;
  message: Scalars['String']['output'];
  to: AllocationStatus;
};

export type AlreadyRedeemedError = BookingError & {
  __typename?: 'AlreadyRedeemedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  redeemedAt: Scalars['DateTime']['output'];
  redemptionId: Scalars['ID']['output'];
};

/** An item's quantity changed, but its allocations do not mirror it, so which capacity should follow is not knowable; nothing was changed. */
export type AmbiguousReallocationError = BookingError & {
  __typename?: 'AmbiguousReallocationError';
  /** The quantity those allocations hold together; unless it equals itemQuantity the change is ambiguous. */
  allocatedQuantity: Scalars['Int']['output'];
  /** AMBIGUOUS_REALLOCATION. */
  code: Scalars['String']['output'];
  /** The item whose quantity was to change. */
  itemId: Scalars['ID']['output'];
  /** The item's quantity before the change. */
  itemQuantity: Scalars['Int']['output'];
  /** Why the allocations cannot follow; never contains personal data. */
  message: Scalars['String']['output'];
  /** How many (kind, targetId) targets the item's held and confirmed allocations hold; more than one is ambiguous. */
  targetCount: Scalars['Int']['output'];
};

export type ApprovalAlreadyDecidedError = BookingError & {
  __typename?: 'ApprovalAlreadyDecidedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: ActionApprovalStatus;
};

export type ApprovalAlreadyExecutedError = BookingError & {
  __typename?: 'ApprovalAlreadyExecutedError';
  code: Scalars['String']['output'];
  executionActionId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type ApprovalDecision =
  | 'approved'
  | 'denied';

export type ApprovalExpiredError = BookingError & {
  __typename?: 'ApprovalExpiredError';
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
};

export type ApprovalMismatchError = BookingError & {
  __typename?: 'ApprovalMismatchError';
  approvalActionName: Scalars['String']['output'];
  approvalTargetId: Scalars['ID']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ApprovalNotApprovedError = BookingError & {
  __typename?: 'ApprovalNotApprovedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: ActionApprovalStatus;
};

/** The action needs approval: nothing changed yet. Repeat the mutation with `approvalId` once it is approved. */
export type ApprovalRequired = BookingError & {
  __typename?: 'ApprovalRequired';
  approval: ActionApproval;
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** True when an earlier identical request (same idempotency key) filed this approval. */
  replayed: Scalars['Boolean']['output'];
  requestedAction: ActionLedgerEntry;
};

/** A departure slot, owned by the inventory subgraph; Bookings contributes what is held on it. */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  /** Allocations on this slot in creation order, whatever their status. */
  allocations: BookingAllocationConnection;
  id: Scalars['ID']['output'];
  /** Seats left for new reservations; null when no capacity is declared here or it is unlimited. */
  remainingCapacity: Maybe<Scalars['Int']['output']>;
};


/** A departure slot, owned by the inventory subgraph; Bookings contributes what is held on it. */
export type AvailabilitySlotAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BedPreference =
  | 'double'
  | 'no_preference'
  | 'single'
  | 'twin';

export type Booking = {
  __typename?: 'Booking';
  /** Every governed action on this booking, newest first. */
  actionLedger: ActionLedgerConnection;
  activity: BookingActivityConnection;
  allocations: Array<BookingAllocation>;
  /** The statuses the state machine allows next; the admin override is not reflected here. */
  allowedTransitions: Array<BookingStatus>;
  awaitingPaymentAt: Maybe<Scalars['DateTime']['output']>;
  bookingNumber: Scalars['String']['output'];
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  communicationLanguage: Maybe<Scalars['String']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  contact: BookingContact;
  /** What the items cost, rolled up like sellAmount from the items that count (not cancelled or expired) and carry a cost, in the one currency they share; null when no such item has a cost. */
  costAmount: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  endDate: Maybe<Scalars['Date']['output']>;
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  externalBookingRef: Maybe<Scalars['String']['output']>;
  fulfillments: Array<BookingFulfillment>;
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  internalNotes: Maybe<Scalars['String']['output']>;
  items: Array<BookingItem>;
  notes: Array<BookingNote>;
  /** The buyer when it is an organization. */
  organization: Maybe<Organization>;
  organizationId: Maybe<Scalars['ID']['output']>;
  origin: Maybe<BookingOrigin>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  pax: Scalars['Int']['output'];
  /** The buyer when it is a person. */
  person: Maybe<Person>;
  personId: Maybe<Scalars['ID']['output']>;
  redeemedAt: Maybe<Scalars['DateTime']['output']>;
  redemptions: Array<BookingRedemption>;
  sellAmount: Money;
  sellCurrency: Scalars['String']['output'];
  sourceType: BookingSourceType;
  startDate: Maybe<Scalars['Date']['output']>;
  status: BookingStatus;
  supplierStatuses: Array<BookingSupplierStatus>;
  travelers: Array<BookingTraveler>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency token: pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


export type BookingActionLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BookingActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BookingActivity = {
  __typename?: 'BookingActivity';
  actorId: Scalars['ID']['output'];
  actorType: PrincipalType;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  metadata: Maybe<Scalars['JSON']['output']>;
  type: Scalars['String']['output'];
};

export type BookingActivityConnection = {
  __typename?: 'BookingActivityConnection';
  edges: Array<BookingActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingActivityEdge = {
  __typename?: 'BookingActivityEdge';
  cursor: Scalars['String']['output'];
  node: BookingActivity;
};

/** A quantity of one capacity target held, then confirmed, for one booking item. */
export type BookingAllocation = {
  __typename?: 'BookingAllocation';
  booking: Booking;
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  item: BookingItem;
  kind: AllocationKind;
  quantity: Scalars['Int']['output'];
  /** When capacity was given back: released, expired or cancelled. */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** The slot this allocation holds, for SLOT allocations. */
  slot: Maybe<AvailabilitySlot>;
  status: AllocationStatus;
  targetId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingAllocationConnection = {
  __typename?: 'BookingAllocationConnection';
  edges: Array<BookingAllocationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingAllocationEdge = {
  __typename?: 'BookingAllocationEdge';
  cursor: Scalars['String']['output'];
  node: BookingAllocation;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The buyer as snapshotted onto the booking. */
export type BookingContact = {
  __typename?: 'BookingContact';
  addressLine1: Maybe<Scalars['String']['output']>;
  addressLine2: Maybe<Scalars['String']['output']>;
  city: Maybe<Scalars['String']['output']>;
  country: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  firstName: Maybe<Scalars['String']['output']>;
  lastName: Maybe<Scalars['String']['output']>;
  partyType: Maybe<PartyType>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  preferredLanguage: Maybe<Scalars['String']['output']>;
  region: Maybe<Scalars['String']['output']>;
  taxId: Maybe<Scalars['String']['output']>;
};

export type BookingContactInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  partyType?: InputMaybe<PartyType>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  taxId?: InputMaybe<Scalars['String']['input']>;
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

/** An expected business outcome that is not a success. */
export type BookingError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type BookingFilter = {
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on booking number, external ref, contact name/email/phone and traveler names. */
  search?: InputMaybe<Scalars['String']['input']>;
  sourceType?: InputMaybe<BookingSourceType>;
  startDateFrom?: InputMaybe<Scalars['Date']['input']>;
  startDateTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<Array<BookingStatus>>;
};

/** A voucher, ticket or document issued for a booking, delivered over exactly one channel. */
export type BookingFulfillment = {
  __typename?: 'BookingFulfillment';
  artifactUrl: Maybe<Scalars['String']['output']>;
  booking: Booking;
  createdAt: Scalars['DateTime']['output'];
  deliveryChannel: FulfillmentChannel;
  id: Scalars['ID']['output'];
  issuedAt: Maybe<Scalars['DateTime']['output']>;
  item: Maybe<BookingItem>;
  payload: Maybe<Scalars['JSON']['output']>;
  redemption: Maybe<BookingRedemption>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  status: FulfillmentStatus;
  traveler: Maybe<BookingTraveler>;
  type: FulfillmentType;
  updatedAt: Scalars['DateTime']['output'];
  /** When the fulfillment was voided because its item or booking was cancelled. */
  voidedAt: Maybe<Scalars['DateTime']['output']>;
};

export type BookingItem = {
  __typename?: 'BookingItem';
  allocations: Array<BookingAllocation>;
  booking: Booking;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  itemType: BookingItemType;
  metadata: Maybe<Scalars['JSON']['output']>;
  optionId: Maybe<Scalars['ID']['output']>;
  optionName: Maybe<Scalars['String']['output']>;
  productId: Maybe<Scalars['ID']['output']>;
  productName: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  serviceDate: Maybe<Scalars['Date']['output']>;
  slotId: Maybe<Scalars['ID']['output']>;
  startsAt: Maybe<Scalars['DateTime']['output']>;
  status: BookingItemStatus;
  title: Scalars['String']['output'];
  totalCostAmount: Maybe<Money>;
  totalSellAmount: Money;
  travelers: Array<BookingItemTravelerLink>;
  unitCostAmount: Maybe<Money>;
  unitId: Maybe<Scalars['ID']['output']>;
  unitName: Maybe<Scalars['String']['output']>;
  unitSellAmount: Money;
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  itemType?: InputMaybe<BookingItemType>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  optionId?: InputMaybe<Scalars['ID']['input']>;
  optionName?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  productName?: InputMaybe<Scalars['String']['input']>;
  quantity?: Scalars['Int']['input'];
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
  unitCostAmount?: InputMaybe<MoneyInput>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

export type BookingItemStatus =
  | 'cancelled'
  | 'confirmed'
  | 'draft'
  | 'expired'
  | 'fulfilled'
  | 'on_hold';

/** A traveler served by an item, in a role. */
export type BookingItemTravelerLink = {
  __typename?: 'BookingItemTravelerLink';
  id: Scalars['ID']['output'];
  item: BookingItem;
  role: ItemTravelerRole;
  traveler: BookingTraveler;
};

export type BookingItemType =
  | 'accommodation'
  | 'adjustment'
  | 'discount'
  | 'extra'
  | 'fee'
  | 'other'
  | 'service'
  | 'tax'
  | 'transport'
  | 'unit';

export type BookingNotEditableError = BookingError & {
  __typename?: 'BookingNotEditableError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: BookingStatus;
};

export type BookingNotFulfillableError = BookingError & {
  __typename?: 'BookingNotFulfillableError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: BookingStatus;
};

export type BookingNotOnHoldError = BookingError & {
  __typename?: 'BookingNotOnHoldError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: BookingStatus;
};

export type BookingNote = {
  __typename?: 'BookingNote';
  authorId: Scalars['ID']['output'];
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingNumberTakenError = BookingError & {
  __typename?: 'BookingNumberTakenError';
  bookingNumber: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type BookingOrder = {
  direction?: SortDirection;
  field?: BookingOrderField;
};

export type BookingOrderField =
  | 'booking_number'
  | 'created_at'
  | 'sell_amount'
  | 'start_date';

export type BookingOrigin = {
  __typename?: 'BookingOrigin';
  catalogPriceResponseId: Maybe<Scalars['ID']['output']>;
  catalogSnapshotId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  legacyTransactionOfferId: Maybe<Scalars['ID']['output']>;
  legacyTransactionOrderId: Maybe<Scalars['ID']['output']>;
  metadata: Maybe<Scalars['JSON']['output']>;
  originSource: OriginSource;
  providerOrderRef: Maybe<Scalars['String']['output']>;
  providerSourceConnectionId: Maybe<Scalars['ID']['output']>;
  providerSourceKind: Maybe<Scalars['String']['output']>;
  providerSourceProvider: Maybe<Scalars['String']['output']>;
  providerSourceRef: Maybe<Scalars['String']['output']>;
  quoteId: Maybe<Scalars['ID']['output']>;
  /** The accepted quote version the booking was made from, when originSource is ACCEPTED_QUOTE_VERSION. */
  quoteVersion: Maybe<QuoteVersion>;
  quoteVersionId: Maybe<Scalars['ID']['output']>;
  reservationPlanId: Maybe<Scalars['ID']['output']>;
  tripSnapshotId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingOriginInput = {
  catalogPriceResponseId?: InputMaybe<Scalars['ID']['input']>;
  catalogSnapshotId?: InputMaybe<Scalars['ID']['input']>;
  legacyTransactionOfferId?: InputMaybe<Scalars['ID']['input']>;
  legacyTransactionOrderId?: InputMaybe<Scalars['ID']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  originSource: OriginSource;
  providerOrderRef?: InputMaybe<Scalars['String']['input']>;
  providerSourceConnectionId?: InputMaybe<Scalars['ID']['input']>;
  providerSourceKind?: InputMaybe<Scalars['String']['input']>;
  providerSourceProvider?: InputMaybe<Scalars['String']['input']>;
  providerSourceRef?: InputMaybe<Scalars['String']['input']>;
  quoteId?: InputMaybe<Scalars['ID']['input']>;
  quoteVersionId?: InputMaybe<Scalars['ID']['input']>;
  reservationPlanId?: InputMaybe<Scalars['ID']['input']>;
  tripSnapshotId?: InputMaybe<Scalars['ID']['input']>;
};

/** One access to personal data. Never holds PII values: field names only. */
export type BookingPiiAuditEvent = {
  __typename?: 'BookingPiiAuditEvent';
  action: PiiAuditAction;
  actorId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  bookingId: Maybe<Scalars['ID']['output']>;
  /** Field names (travel-details fields, or schema coordinates such as BookingContact.email for REVEAL). */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  outcome: PiiAuditOutcome;
  principalType: PrincipalType;
  reason: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  travelerId: Maybe<Scalars['ID']['output']>;
};

export type BookingPiiAuditEventConnection = {
  __typename?: 'BookingPiiAuditEventConnection';
  edges: Array<BookingPiiAuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingPiiAuditEventEdge = {
  __typename?: 'BookingPiiAuditEventEdge';
  cursor: Scalars['String']['output'];
  node: BookingPiiAuditEvent;
};

/** A fulfillment used at the point of service; each fulfillment is redeemed at most once. */
export type BookingRedemption = {
  __typename?: 'BookingRedemption';
  booking: Booking;
  createdAt: Scalars['DateTime']['output'];
  fulfillment: BookingFulfillment;
  id: Scalars['ID']['output'];
  item: Maybe<BookingItem>;
  location: Maybe<Scalars['String']['output']>;
  method: RedemptionMethod;
  redeemedAt: Scalars['DateTime']['output'];
  traveler: Maybe<BookingTraveler>;
};

export type BookingSourceType =
  | 'affiliate'
  | 'api_partner'
  | 'direct'
  | 'internal'
  | 'manual'
  | 'ota'
  | 'reseller';

export type BookingStatus =
  | 'awaiting_payment'
  | 'cancelled'
  | 'completed'
  | 'confirmed'
  | 'draft'
  | 'expired'
  | 'in_progress'
  | 'on_hold';

export type BookingSupplierStatus = {
  __typename?: 'BookingSupplierStatus';
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  cost: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  serviceName: Scalars['String']['output'];
  status: SupplierConfirmationStatus;
  supplierId: Maybe<Scalars['ID']['output']>;
  supplierReference: Maybe<Scalars['String']['output']>;
  supplierServiceId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingTransitionError = BookingError & {
  __typename?: 'BookingTransitionError';
  code: Scalars['String']['output'];
  from: BookingStatus;
  message: Scalars['String']['output'];
  to: BookingStatus;
};

export type BookingTraveler = {
  __typename?: 'BookingTraveler';
  booking: Booking;
  category: TravelerCategory;
  createdAt: Scalars['DateTime']['output'];
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  items: Array<BookingItemTravelerLink>;
  lastName: Scalars['String']['output'];
  notes: Maybe<Scalars['String']['output']>;
  participantType: ParticipantType;
  /** The person this traveler was filled in from, if any. */
  person: Maybe<Person>;
  personId: Maybe<Scalars['ID']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  preferredLanguage: Maybe<Scalars['String']['output']>;
  specialRequests: Maybe<Scalars['String']['output']>;
  /** Decrypted on demand; needs bookings-pii:read (else FORBIDDEN). Every read, and every refusal, is audited. */
  travelDetails: Maybe<TravelerTravelDetails>;
  updatedAt: Scalars['DateTime']['output'];
};

export type BookingTravelerInput = {
  category?: InputMaybe<TravelerCategory>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  participantType?: InputMaybe<ParticipantType>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

export type CapacityExhaustedError = BookingError & {
  __typename?: 'CapacityExhaustedError';
  code: Scalars['String']['output'];
  kind: AllocationKind;
  message: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  targetId: Scalars['ID']['output'];
};

/** An item would cost in another currency than the booking's other items; a booking's cost is in one currency. Nothing was changed. */
export type CostCurrencyMismatchError = BookingError & {
  __typename?: 'CostCurrencyMismatchError';
  /** COST_CURRENCY_MISMATCH. */
  code: Scalars['String']['output'];
  /** The cost currency the booking's other items share. */
  costCurrency: Scalars['String']['output'];
  /** The currency the item would cost in. */
  itemCostCurrency: Scalars['String']['output'];
  /** The item whose cost currency differs. */
  itemId: Scalars['ID']['output'];
  /** Which currencies clash; never contains personal data. */
  message: Scalars['String']['output'];
};

export type CreateBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<BookingItemInput>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  origin?: InputMaybe<BookingOriginInput>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  sellCurrency: Scalars['String']['input'];
  sourceType?: InputMaybe<BookingSourceType>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  travelers?: InputMaybe<Array<BookingTravelerInput>>;
};

export type CreateBookingResult = Booking | BookingNumberTakenError | IdempotencyInFlightError | IdempotencyKeyReusedError;

export type DecideActionApprovalInput = {
  approvalId: Scalars['ID']['input'];
  decision: ApprovalDecision;
  /** 1–2000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DecideActionApprovalResult = ActionApproval | ApprovalAlreadyDecidedError | ApprovalExpiredError;

/** What `deleteBookingNote` answers: the changed booking, or why nothing changed. */
export type DeleteBookingNoteResult = Booking | VersionConflictError;

export type ExpireStaleHoldsInput = {
  /** Expire holds that passed at or before this instant; defaults to now and never looks past now. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ExpireStaleHoldsResult = {
  __typename?: 'ExpireStaleHoldsResult';
  expiredBookingIds: Array<Scalars['ID']['output']>;
  expiredCount: Scalars['Int']['output'];
};

export type ExtendBookingHoldInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Give exactly one: minutes from now (1–1440) or a new deadline. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type ExtendBookingHoldResult = Booking | BookingNotOnHoldError | HoldExpiredError | VersionConflictError;

/** The command or the booking changed since the approval was requested. */
export type FingerprintMismatchError = BookingError & {
  __typename?: 'FingerprintMismatchError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type FulfillmentChannel =
  | 'api'
  | 'download'
  | 'email'
  | 'other'
  | 'wallet';

export type FulfillmentNotIssuedError = BookingError & {
  __typename?: 'FulfillmentNotIssuedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: FulfillmentStatus;
};

export type FulfillmentRevokedError = BookingError & {
  __typename?: 'FulfillmentRevokedError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type FulfillmentStatus =
  | 'failed'
  | 'issued'
  | 'pending'
  | 'reissued'
  | 'revoked'
  /** What it was for was cancelled: its item was removed, or the booking was cancelled or expired. */
  | 'voided';

export type FulfillmentTransitionError = BookingError & {
  __typename?: 'FulfillmentTransitionError';
  code: Scalars['String']['output'];
  from: FulfillmentStatus;
  message: Scalars['String']['output'];
  to: FulfillmentStatus;
};

export type FulfillmentType =
  | 'barcode'
  | 'mobile'
  | 'other'
  | 'pdf'
  | 'qr_code'
  | 'ticket'
  | 'voucher';

export type HoldExpiredError = BookingError & {
  __typename?: 'HoldExpiredError';
  code: Scalars['String']['output'];
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  message: Scalars['String']['output'];
};

/** An earlier request with this key is still running. Retry later. */
export type IdempotencyInFlightError = BookingError & {
  __typename?: 'IdempotencyInFlightError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  retryable: Scalars['Boolean']['output'];
};

export type IdempotencyKeyRequiredError = BookingError & {
  __typename?: 'IdempotencyKeyRequiredError';
  actionName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IdempotencyKeyReusedError = BookingError & {
  __typename?: 'IdempotencyKeyReusedError';
  code: Scalars['String']['output'];
  /** The requested action filed under the key; null for keys of create mutations. */
  existingActionId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

export type IssueFulfillmentInput = {
  artifactUrl?: InputMaybe<Scalars['String']['input']>;
  bookingId: Scalars['ID']['input'];
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  deliveryChannel: FulfillmentChannel;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** ISSUED (default) or PENDING when the artifact is produced later. */
  status?: InputMaybe<FulfillmentStatus>;
  travelerId?: InputMaybe<Scalars['ID']['input']>;
  type: FulfillmentType;
};

export type IssueFulfillmentResult = BookingFulfillment | BookingNotFulfillableError | IdempotencyInFlightError | IdempotencyKeyReusedError;

export type ItemNotRedeemableError = BookingError & {
  __typename?: 'ItemNotRedeemableError';
  code: Scalars['String']['output'];
  itemId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  status: BookingItemStatus;
};

/** A booking item was asked to make a move its lifecycle does not allow (a fulfilled item cannot be removed). Nothing was changed. */
export type ItemTransitionError = BookingError & {
  __typename?: 'ItemTransitionError';
  /** INVALID_ITEM_TRANSITION. */
  code: Scalars['String']['output'];
  /** The item's status. */
  from: BookingItemStatus;
  /** The refused move; never contains personal data. */
  message: Scalars['String']['output'];
  /** The status the move needed. */
  to: BookingItemStatus;
};

export type ItemTravelerRole =
  | 'beneficiary'
  | 'occupant'
  | 'other'
  | 'traveler';

/** The key management service could not be reached; nothing was written. */
export type KeyServiceUnavailableError = BookingError & {
  __typename?: 'KeyServiceUnavailableError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type LinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
  role?: InputMaybe<ItemTravelerRole>;
  travelerId: Scalars['ID']['input'];
};

export type LinkItemTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

/** Money in integer minor units of an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  amountCents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amountCents: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addBookingAllocation: AddBookingAllocationResult;
  addBookingItem: AddBookingItemResult;
  addBookingNote: AddBookingNoteResult;
  addBookingTraveler: AddBookingTravelerResult;
  createBooking: CreateBookingResult;
  /** Needs approvals:decide; the subject (token `sub`) that requested the action cannot decide it, whatever its principal type. */
  decideActionApproval: DecideActionApprovalResult;
  deleteBookingNote: DeleteBookingNoteResult;
  /** Crypto-shredding: the envelopes and the traveler's data key are deleted. Needs bookings-pii:write. */
  deleteTravelerTravelDetails: BookingTraveler;
  expireStaleHolds: ExpireStaleHoldsResult;
  extendBookingHold: ExtendBookingHoldResult;
  issueFulfillment: IssueFulfillmentResult;
  linkItemTraveler: LinkItemTravelerResult;
  overrideBookingStatus: OverrideBookingStatusResult;
  recordRedemption: RecordRedemptionResult;
  releaseBookingAllocation: ReleaseBookingAllocationResult;
  removeBookingItem: RemoveBookingItemResult;
  removeBookingTraveler: RemoveBookingTravelerResult;
  reserveBooking: ReserveBookingResult;
  setAllocationCapacity: AllocationCapacity;
  setBookingOrigin: SetBookingOriginResult;
  transitionBooking: TransitionBookingResult;
  unlinkItemTraveler: UnlinkItemTravelerResult;
  updateBooking: UpdateBookingResult;
  updateBookingItem: UpdateBookingItemResult;
  updateBookingNote: UpdateBookingNoteResult;
  updateBookingTraveler: UpdateBookingTravelerResult;
  updateFulfillment: UpdateFulfillmentResult;
  upsertBookingSupplierStatus: UpsertBookingSupplierStatusResult;
  /** Needs bookings-pii:write. */
  upsertTravelerTravelDetails: UpsertTravelerTravelDetailsResult;
};


export type MutationAddBookingAllocationArgs = {
  input: AddBookingAllocationInput;
};


export type MutationAddBookingItemArgs = {
  input: AddBookingItemInput;
};


export type MutationAddBookingNoteArgs = {
  input: AddBookingNoteInput;
};


export type MutationAddBookingTravelerArgs = {
  input: AddBookingTravelerInput;
};


export type MutationCreateBookingArgs = {
  input: CreateBookingInput;
};


export type MutationDecideActionApprovalArgs = {
  input: DecideActionApprovalInput;
};


export type MutationDeleteBookingNoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteTravelerTravelDetailsArgs = {
  travelerId: Scalars['ID']['input'];
};


export type MutationExpireStaleHoldsArgs = {
  input: ExpireStaleHoldsInput;
};


export type MutationExtendBookingHoldArgs = {
  input: ExtendBookingHoldInput;
};


export type MutationIssueFulfillmentArgs = {
  input: IssueFulfillmentInput;
};


export type MutationLinkItemTravelerArgs = {
  input: LinkItemTravelerInput;
};


export type MutationOverrideBookingStatusArgs = {
  input: OverrideBookingStatusInput;
};


export type MutationRecordRedemptionArgs = {
  input: RecordRedemptionInput;
};


export type MutationReleaseBookingAllocationArgs = {
  input: ReleaseBookingAllocationInput;
};


export type MutationRemoveBookingItemArgs = {
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveBookingTravelerArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationReserveBookingArgs = {
  input: ReserveBookingInput;
};


export type MutationSetAllocationCapacityArgs = {
  input: SetAllocationCapacityInput;
};


export type MutationSetBookingOriginArgs = {
  input: SetBookingOriginInput;
};


export type MutationTransitionBookingArgs = {
  input: TransitionBookingInput;
};


export type MutationUnlinkItemTravelerArgs = {
  input: UnlinkItemTravelerInput;
};


export type MutationUpdateBookingArgs = {
  input: UpdateBookingInput;
};


export type MutationUpdateBookingItemArgs = {
  input: UpdateBookingItemInput;
};


export type MutationUpdateBookingNoteArgs = {
  input: UpdateBookingNoteInput;
};


export type MutationUpdateBookingTravelerArgs = {
  input: UpdateBookingTravelerInput;
};


export type MutationUpdateFulfillmentArgs = {
  input: UpdateFulfillmentInput;
};


export type MutationUpsertBookingSupplierStatusArgs = {
  input: UpsertBookingSupplierStatusInput;
};


export type MutationUpsertTravelerTravelDetailsArgs = {
  input: UpsertTravelerTravelDetailsInput;
};

export type Organization = {
  __typename?: 'Organization';
  /** Bookings whose buyer is this organization, newest first. */
  bookings: BookingConnection;
  id: Scalars['ID']['output'];
};


export type OrganizationBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OriginSource =
  | 'accepted_quote_version'
  | 'catalog_price_availability'
  | 'catalog_snapshot'
  | 'direct_b2c'
  | 'legacy_transaction'
  | 'manual'
  | 'provider_source_order';

export type OverrideBookingStatusInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why the state machine is being bypassed; 1–2000 characters. */
  reason: Scalars['String']['input'];
  to: BookingStatus;
};

export type OverrideBookingStatusResult = AllocationTargetNotFoundError | ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingTransitionError | CapacityExhaustedError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | VersionConflictError;

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type ParticipantType =
  | 'occupant'
  | 'other'
  | 'traveler';

export type PartyType =
  | 'company'
  | 'individual';

export type Person = {
  __typename?: 'Person';
  /** Bookings whose buyer is this person, newest first. */
  bookings: BookingConnection;
  id: Scalars['ID']['output'];
};


export type PersonBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonDocument = {
  __typename?: 'PersonDocument';
  id: Scalars['ID']['output'];
};

/** What happened to personal data. REVEAL: @pii fields were returned in clear. */
export type PiiAuditAction =
  | 'decrypt'
  | 'delete'
  | 'encrypt'
  | 'reveal';

export type PiiAuditEventFilter = {
  action?: InputMaybe<PiiAuditAction>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  travelerId?: InputMaybe<Scalars['ID']['input']>;
};

export type PiiAuditOutcome =
  | 'allowed'
  | 'denied';

/** The relationships subgraph could not provide the person's travel snapshot; nothing was written. */
export type PrefillUnavailableError = BookingError & {
  __typename?: 'PrefillUnavailableError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  personId: Maybe<Scalars['ID']['output']>;
  reason: PrefillUnavailableReason;
};

export type PrefillUnavailableReason =
  /** The relationships subgraph answered something unexpected. */
  | 'invalid_response'
  /** RELATIONSHIPS_URL is not configured. */
  | 'not_configured'
  /** The traveler has no personId. */
  | 'no_person'
  /** The relationships subgraph does not know the person. */
  | 'person_unknown'
  /** The relationships subgraph did not answer. */
  | 'unreachable';

export type PrimaryTravelerConflictError = BookingError & {
  __typename?: 'PrimaryTravelerConflictError';
  code: Scalars['String']['output'];
  existingPrimaryTravelerId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type PrincipalType =
  | 'agent'
  | 'api_key'
  | 'system'
  | 'user'
  | 'workflow';

export type Query = {
  __typename?: 'Query';
  /** Newest first. */
  actionApprovals: ActionApprovalConnection;
  /** null when no capacity was declared for the target. */
  allocationCapacity: Maybe<AllocationCapacity>;
  booking: Maybe<Booking>;
  bookingByNumber: Maybe<Booking>;
  bookings: BookingConnection;
  /** The PII audit log, newest first; needs bookings:admin. */
  piiAuditEvents: BookingPiiAuditEventConnection;
};


export type QueryActionApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionApprovalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAllocationCapacityArgs = {
  kind: AllocationKind;
  targetId: Scalars['ID']['input'];
};


export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBookingByNumberArgs = {
  bookingNumber: Scalars['String']['input'];
};


export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BookingOrder>;
};


export type QueryPiiAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PiiAuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Quote = {
  __typename?: 'Quote';
  /** Bookings whose origin names this quote, newest first. */
  bookings: BookingConnection;
  id: Scalars['ID']['output'];
};


export type QuoteBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuoteVersion = {
  __typename?: 'QuoteVersion';
  /** The booking made from this accepted version (the newest, should there be several). */
  booking: Maybe<Booking>;
  id: Scalars['ID']['output'];
};

export type RecordRedemptionInput = {
  bookingId: Scalars['ID']['input'];
  /** Defaults to the fulfillment's item. */
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  fulfillmentId: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  method?: InputMaybe<RedemptionMethod>;
  /** Defaults to now. */
  redeemedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to the fulfillment's traveler. */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordRedemptionResult = AlreadyRedeemedError | BookingNotFulfillableError | BookingRedemption | FulfillmentNotIssuedError | FulfillmentRevokedError | IdempotencyInFlightError | IdempotencyKeyReusedError | ItemNotRedeemableError;

export type RedemptionMethod =
  | 'api'
  | 'manual'
  | 'other'
  | 'scan';

export type ReleaseBookingAllocationInput = {
  /** Also read from the Action-Approval-Id header: executes an approved release. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the release needs approval (an agent or workflow on a confirmed or in-progress booking). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ReleaseBookingAllocationResult = AllocationTransitionError | ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingNotEditableError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | VersionConflictError;

export type RemoveBookingItemResult = ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingNotEditableError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | ItemTransitionError | VersionConflictError;

export type RemoveBookingTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

export type ReserveBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length in minutes, 1–1440; give this or holdExpiresAt, or neither for the configured default. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  items: Array<ReserveBookingItemInput>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  origin?: InputMaybe<BookingOriginInput>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  sellCurrency: Scalars['String']['input'];
  sourceType?: InputMaybe<BookingSourceType>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  travelers?: InputMaybe<Array<BookingTravelerInput>>;
};

export type ReserveBookingItemInput = {
  /** Capacity this item holds; all of it is taken or none. */
  allocations?: InputMaybe<Array<AllocationRequestInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  itemType?: InputMaybe<BookingItemType>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  optionId?: InputMaybe<Scalars['ID']['input']>;
  optionName?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  productName?: InputMaybe<Scalars['String']['input']>;
  quantity?: Scalars['Int']['input'];
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
  unitCostAmount?: InputMaybe<MoneyInput>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

export type ReserveBookingResult = AllocationTargetNotFoundError | Booking | BookingNumberTakenError | CapacityExhaustedError | IdempotencyInFlightError | IdempotencyKeyReusedError | PrimaryTravelerConflictError;

export type SetAllocationCapacityInput = {
  /** null: unlimited. May be lowered below what is consumed; the result reports the overcommitment. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  kind: AllocationKind;
  optionId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  targetId: Scalars['ID']['input'];
};

export type SetBookingOriginInput = {
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  origin: BookingOriginInput;
};

/** What `setBookingOrigin` answers: the changed booking, or why nothing changed. */
export type SetBookingOriginResult = Booking | VersionConflictError;

export type SortDirection =
  | 'asc'
  | 'desc';

export type SupplierConfirmationStatus =
  | 'cancelled'
  | 'confirmed'
  | 'pending'
  | 'rejected';

export type TransitionBookingInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length when entering ON_HOLD, 1–1440. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  to: BookingStatus;
};

export type TransitionBookingResult = ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingTransitionError | FingerprintMismatchError | HoldExpiredError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | VersionConflictError;

export type TravelDocumentType =
  | 'driver_license'
  | 'id_card'
  | 'other'
  | 'passport'
  | 'visa';

export type TravelerCategory =
  | 'adult'
  | 'child'
  | 'infant'
  | 'other'
  | 'senior';

/**
 * A traveler's travel details, decrypted on demand. Identity, dietary and accessibility data are
 * stored only as ciphertext; every read is audited.
 */
export type TravelerTravelDetails = {
  __typename?: 'TravelerTravelDetails';
  accessibilityNeeds: Maybe<Scalars['String']['output']>;
  bedPreference: Maybe<BedPreference>;
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  dietaryRequirements: Maybe<Scalars['String']['output']>;
  documentExpiry: Maybe<Scalars['Date']['output']>;
  documentIssuingAuthority: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  documentIssuingCountry: Maybe<Scalars['String']['output']>;
  documentNumber: Maybe<Scalars['String']['output']>;
  /** The relationships subgraph's document (pdoc_…) the document fields were pre-filled from. */
  documentPersonDocumentId: Maybe<Scalars['ID']['output']>;
  documentType: Maybe<TravelDocumentType>;
  isLeadTraveler: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2. */
  nationality: Maybe<Scalars['String']['output']>;
  travelerId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type UnlinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
  travelerId: Scalars['ID']['input'];
};

export type UnlinkItemTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

export type UpdateBookingInput = {
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  sourceType?: InputMaybe<BookingSourceType>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateBookingItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  itemType?: InputMaybe<BookingItemType>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  optionId?: InputMaybe<Scalars['ID']['input']>;
  optionName?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  productName?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  slotId?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitCostAmount?: InputMaybe<MoneyInput>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  unitName?: InputMaybe<Scalars['String']['input']>;
  unitSellAmount?: InputMaybe<MoneyInput>;
};

export type UpdateBookingItemResult = AllocationTargetNotFoundError | AmbiguousReallocationError | Booking | BookingNotEditableError | CapacityExhaustedError | CostCurrencyMismatchError | VersionConflictError;

export type UpdateBookingNoteInput = {
  content: Scalars['String']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** What `updateBookingNote` answers: the changed booking, or why nothing changed. */
export type UpdateBookingNoteResult = Booking | VersionConflictError;

export type UpdateBookingResult = Booking | BookingNotEditableError | VersionConflictError;

export type UpdateBookingTravelerInput = {
  category?: InputMaybe<TravelerCategory>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  participantType?: InputMaybe<ParticipantType>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError | VersionConflictError;

export type UpdateFulfillmentInput = {
  artifactUrl?: InputMaybe<Scalars['String']['input']>;
  deliveryChannel?: InputMaybe<FulfillmentChannel>;
  id: Scalars['ID']['input'];
  payload?: InputMaybe<Scalars['JSON']['input']>;
  status?: InputMaybe<FulfillmentStatus>;
};

export type UpdateFulfillmentResult = BookingFulfillment | BookingNotFulfillableError | FulfillmentTransitionError;

export type UpsertBookingSupplierStatusInput = {
  bookingId: Scalars['ID']['input'];
  cost?: InputMaybe<MoneyInput>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Omit to add a new supplier status. */
  id?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  serviceName: Scalars['String']['input'];
  status: SupplierConfirmationStatus;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  supplierServiceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `upsertBookingSupplierStatus` answers: the changed booking, or why nothing changed. */
export type UpsertBookingSupplierStatusResult = Booking | VersionConflictError;

/**
 * A field left out keeps its stored value; an explicit null clears it. documentType defaults to
 * PASSPORT when any document field holds a value.
 */
export type UpsertTravelerTravelDetailsInput = {
  accessibilityNeeds?: InputMaybe<Scalars['String']['input']>;
  bedPreference?: InputMaybe<BedPreference>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  dietaryRequirements?: InputMaybe<Scalars['String']['input']>;
  documentExpiry?: InputMaybe<Scalars['Date']['input']>;
  documentIssuingAuthority?: InputMaybe<Scalars['String']['input']>;
  documentIssuingCountry?: InputMaybe<Scalars['String']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentPersonDocumentId?: InputMaybe<Scalars['ID']['input']>;
  documentType?: InputMaybe<TravelDocumentType>;
  isLeadTraveler?: InputMaybe<Scalars['Boolean']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Fill the fields this input leaves out from the traveler's person (relationships subgraph). */
  prefillFromPerson?: InputMaybe<Scalars['Boolean']['input']>;
  travelerId: Scalars['ID']['input'];
};

export type UpsertTravelerTravelDetailsResult = BookingNotEditableError | BookingTraveler | KeyServiceUnavailableError | PrefillUnavailableError;

export type VersionConflictError = BookingError & {
  __typename?: 'VersionConflictError';
  actualVersion: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  expectedVersion: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  ActionApproval: ActionApproval;
  AvailabilitySlot: AvailabilitySlot;
  Booking: Booking;
  BookingAllocation: BookingAllocation;
  BookingFulfillment: BookingFulfillment;
  BookingItem: BookingItem;
  BookingTraveler: BookingTraveler;
  Organization: Organization;
  Person: Person;
  Quote: Quote;
  QuoteVersion: QuoteVersion;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ActionApproval:
    ( { __typename: 'ActionApproval' }
    & GraphQLRecursivePick<FederationTypes['ActionApproval'], {"id":true}> );
  AvailabilitySlot:
    ( { __typename: 'AvailabilitySlot' }
    & GraphQLRecursivePick<FederationTypes['AvailabilitySlot'], {"id":true}> );
  Booking:
    ( { __typename: 'Booking' }
    & ( GraphQLRecursivePick<FederationTypes['Booking'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Booking'], {"bookingNumber":true}> ) );
  BookingAllocation:
    ( { __typename: 'BookingAllocation' }
    & GraphQLRecursivePick<FederationTypes['BookingAllocation'], {"id":true}> );
  BookingFulfillment:
    ( { __typename: 'BookingFulfillment' }
    & GraphQLRecursivePick<FederationTypes['BookingFulfillment'], {"id":true}> );
  BookingItem:
    ( { __typename: 'BookingItem' }
    & GraphQLRecursivePick<FederationTypes['BookingItem'], {"id":true}> );
  BookingTraveler:
    ( { __typename: 'BookingTraveler' }
    & GraphQLRecursivePick<FederationTypes['BookingTraveler'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Quote:
    ( { __typename: 'Quote' }
    & GraphQLRecursivePick<FederationTypes['Quote'], {"id":true}> );
  QuoteVersion:
    ( { __typename: 'QuoteVersion' }
    & GraphQLRecursivePick<FederationTypes['QuoteVersion'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AddBookingAllocationResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( HoldExpiredError )
    | ( VersionConflictError )
  ;
  AddBookingItemResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( CostCurrencyMismatchError )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
    | ( VersionConflictError )
  ;
  AddBookingNoteResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  AddBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( PrimaryTravelerConflictError )
    | ( VersionConflictError )
  ;
  CreateBookingResult:
    | ( BookingRow )
    | ( BookingNumberTakenError )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
  ;
  DecideActionApprovalResult:
    | ( ActionApprovalRow )
    | ( Omit<ApprovalAlreadyDecidedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalExpiredError )
  ;
  DeleteBookingNoteResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  ExtendBookingHoldResult:
    | ( BookingRow )
    | ( Omit<BookingNotOnHoldError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
    | ( VersionConflictError )
  ;
  IssueFulfillmentResult:
    | ( BookingFulfillmentRow )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
  ;
  LinkItemTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( VersionConflictError )
  ;
  OverrideBookingStatusResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( BookingRow )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( FingerprintMismatchError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( VersionConflictError )
  ;
  RecordRedemptionResult:
    | ( AlreadyRedeemedError )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingRedemptionRow )
    | ( Omit<FulfillmentNotIssuedError, 'status'> & { status: _RefType['FulfillmentStatus'] } )
    | ( FulfillmentRevokedError )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
    | ( Omit<ItemNotRedeemableError, 'status'> & { status: _RefType['BookingItemStatus'] } )
  ;
  ReleaseBookingAllocationResult:
    | ( Omit<AllocationTransitionError, 'from' | 'to'> & { from: _RefType['AllocationStatus'], to: _RefType['AllocationStatus'] } )
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( FingerprintMismatchError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( VersionConflictError )
  ;
  RemoveBookingItemResult:
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( FingerprintMismatchError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( Omit<ItemTransitionError, 'from' | 'to'> & { from: _RefType['BookingItemStatus'], to: _RefType['BookingItemStatus'] } )
    | ( VersionConflictError )
  ;
  RemoveBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( VersionConflictError )
  ;
  ReserveBookingResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( BookingRow )
    | ( BookingNumberTakenError )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
    | ( PrimaryTravelerConflictError )
  ;
  SetBookingOriginResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  TransitionBookingResult:
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( BookingRow )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( FingerprintMismatchError )
    | ( HoldExpiredError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( VersionConflictError )
  ;
  UnlinkItemTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( VersionConflictError )
  ;
  UpdateBookingItemResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( AmbiguousReallocationError )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( CostCurrencyMismatchError )
    | ( VersionConflictError )
  ;
  UpdateBookingNoteResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  UpdateBookingResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( VersionConflictError )
  ;
  UpdateBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( PrimaryTravelerConflictError )
    | ( VersionConflictError )
  ;
  UpdateFulfillmentResult:
    | ( BookingFulfillmentRow )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: _RefType['FulfillmentStatus'], to: _RefType['FulfillmentStatus'] } )
  ;
  UpsertBookingSupplierStatusResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  UpsertTravelerTravelDetailsResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingTravelerRow )
    | ( KeyServiceUnavailableError )
    | ( Omit<PrefillUnavailableError, 'reason'> & { reason: _RefType['PrefillUnavailableReason'] } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  BookingError:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( Omit<AllocationTransitionError, 'from' | 'to'> & { from: _RefType['AllocationStatus'], to: _RefType['AllocationStatus'] } )
    | ( AlreadyRedeemedError )
    | ( AmbiguousReallocationError )
    | ( Omit<ApprovalAlreadyDecidedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<BookingNotOnHoldError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingNumberTakenError )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( CostCurrencyMismatchError )
    | ( FingerprintMismatchError )
    | ( Omit<FulfillmentNotIssuedError, 'status'> & { status: _RefType['FulfillmentStatus'] } )
    | ( FulfillmentRevokedError )
    | ( Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: _RefType['FulfillmentStatus'], to: _RefType['FulfillmentStatus'] } )
    | ( HoldExpiredError )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( Omit<ItemNotRedeemableError, 'status'> & { status: _RefType['BookingItemStatus'] } )
    | ( Omit<ItemTransitionError, 'from' | 'to'> & { from: _RefType['BookingItemStatus'], to: _RefType['BookingItemStatus'] } )
    | ( KeyServiceUnavailableError )
    | ( Omit<PrefillUnavailableError, 'reason'> & { reason: _RefType['PrefillUnavailableReason'] } )
    | ( PrimaryTravelerConflictError )
    | ( VersionConflictError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionApproval: ResolverTypeWrapper<ActionApprovalRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActionApprovalConnection: ResolverTypeWrapper<ActionApprovalConnectionValue>;
  ActionApprovalEdge: ResolverTypeWrapper<Omit<ActionApprovalEdge, 'node'> & { node: ResolversTypes['ActionApproval'] }>;
  ActionApprovalFilter: ActionApprovalFilter;
  ActionApprovalStatus: ResolverTypeWrapper<ActionApprovalStatus>;
  ActionKind: ResolverTypeWrapper<ActionKind>;
  ActionLedgerConnection: ResolverTypeWrapper<ActionLedgerConnectionValue>;
  ActionLedgerEdge: ResolverTypeWrapper<Omit<ActionLedgerEdge, 'node'> & { node: ResolversTypes['ActionLedgerEntry'] }>;
  ActionLedgerEntry: ResolverTypeWrapper<ActionLedgerEntryRow>;
  ActionLedgerStatus: ResolverTypeWrapper<ActionLedgerStatus>;
  AddBookingAllocationInput: AddBookingAllocationInput;
  AddBookingAllocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingAllocationResult']>;
  AddBookingItemInput: AddBookingItemInput;
  AddBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingItemResult']>;
  AddBookingNoteInput: AddBookingNoteInput;
  AddBookingNoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingNoteResult']>;
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingTravelerResult']>;
  AllocationCapacity: ResolverTypeWrapper<AllocationCapacityValue>;
  AllocationKind: ResolverTypeWrapper<AllocationKind>;
  AllocationRequestInput: AllocationRequestInput;
  AllocationStatus: ResolverTypeWrapper<AllocationStatus>;
  AllocationTargetNotFoundError: ResolverTypeWrapper<Omit<AllocationTargetNotFoundError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  AllocationTransitionError: ResolverTypeWrapper<Omit<AllocationTransitionError, 'from' | 'to'> & { from: ResolversTypes['AllocationStatus'], to: ResolversTypes['AllocationStatus'] }>;
  AlreadyRedeemedError: ResolverTypeWrapper<AlreadyRedeemedError>;
  AmbiguousReallocationError: ResolverTypeWrapper<AmbiguousReallocationError>;
  ApprovalAlreadyDecidedError: ResolverTypeWrapper<Omit<ApprovalAlreadyDecidedError, 'status'> & { status: ResolversTypes['ActionApprovalStatus'] }>;
  ApprovalAlreadyExecutedError: ResolverTypeWrapper<ApprovalAlreadyExecutedError>;
  ApprovalDecision: ResolverTypeWrapper<ApprovalDecision>;
  ApprovalExpiredError: ResolverTypeWrapper<ApprovalExpiredError>;
  ApprovalMismatchError: ResolverTypeWrapper<ApprovalMismatchError>;
  ApprovalNotApprovedError: ResolverTypeWrapper<Omit<ApprovalNotApprovedError, 'status'> & { status: ResolversTypes['ActionApprovalStatus'] }>;
  ApprovalRequired: ResolverTypeWrapper<ApprovalRequiredOutcome>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlotReference>;
  BedPreference: ResolverTypeWrapper<BedPreference>;
  Booking: ResolverTypeWrapper<BookingRow>;
  BookingActivity: ResolverTypeWrapper<BookingActivityRow>;
  BookingActivityConnection: ResolverTypeWrapper<ConnectionValue<BookingActivityRow>>;
  BookingActivityEdge: ResolverTypeWrapper<Omit<BookingActivityEdge, 'node'> & { node: ResolversTypes['BookingActivity'] }>;
  BookingAllocation: ResolverTypeWrapper<BookingAllocationRow>;
  BookingAllocationConnection: ResolverTypeWrapper<BookingAllocationConnectionValue>;
  BookingAllocationEdge: ResolverTypeWrapper<Omit<BookingAllocationEdge, 'node'> & { node: ResolversTypes['BookingAllocation'] }>;
  BookingConnection: ResolverTypeWrapper<ConnectionValue<BookingRow>>;
  BookingContact: ResolverTypeWrapper<BookingRow>;
  BookingContactInput: BookingContactInput;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['BookingError']>;
  BookingFilter: BookingFilter;
  BookingFulfillment: ResolverTypeWrapper<BookingFulfillmentRow>;
  BookingItem: ResolverTypeWrapper<BookingItemRow>;
  BookingItemInput: BookingItemInput;
  BookingItemStatus: ResolverTypeWrapper<BookingItemStatus>;
  BookingItemTravelerLink: ResolverTypeWrapper<BookingItemTravelerRow>;
  BookingItemType: ResolverTypeWrapper<BookingItemType>;
  BookingNotEditableError: ResolverTypeWrapper<Omit<BookingNotEditableError, 'status'> & { status: ResolversTypes['BookingStatus'] }>;
  BookingNotFulfillableError: ResolverTypeWrapper<Omit<BookingNotFulfillableError, 'status'> & { status: ResolversTypes['BookingStatus'] }>;
  BookingNotOnHoldError: ResolverTypeWrapper<Omit<BookingNotOnHoldError, 'status'> & { status: ResolversTypes['BookingStatus'] }>;
  BookingNote: ResolverTypeWrapper<BookingNoteRow>;
  BookingNumberTakenError: ResolverTypeWrapper<BookingNumberTakenError>;
  BookingOrder: BookingOrder;
  BookingOrderField: ResolverTypeWrapper<BookingOrderField>;
  BookingOrigin: ResolverTypeWrapper<BookingOriginRow>;
  BookingOriginInput: BookingOriginInput;
  BookingPiiAuditEvent: ResolverTypeWrapper<BookingPiiAuditEventRow>;
  BookingPiiAuditEventConnection: ResolverTypeWrapper<ConnectionValue<BookingPiiAuditEventRow>>;
  BookingPiiAuditEventEdge: ResolverTypeWrapper<Omit<BookingPiiAuditEventEdge, 'node'> & { node: ResolversTypes['BookingPiiAuditEvent'] }>;
  BookingRedemption: ResolverTypeWrapper<BookingRedemptionRow>;
  BookingSourceType: ResolverTypeWrapper<BookingSourceType>;
  BookingStatus: ResolverTypeWrapper<BookingStatus>;
  BookingSupplierStatus: ResolverTypeWrapper<BookingSupplierStatusRow>;
  BookingTransitionError: ResolverTypeWrapper<Omit<BookingTransitionError, 'from' | 'to'> & { from: ResolversTypes['BookingStatus'], to: ResolversTypes['BookingStatus'] }>;
  BookingTraveler: ResolverTypeWrapper<BookingTravelerRow>;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: ResolverTypeWrapper<Omit<CapacityExhaustedError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  CostCurrencyMismatchError: ResolverTypeWrapper<CostCurrencyMismatchError>;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateBookingResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideActionApprovalInput: DecideActionApprovalInput;
  DecideActionApprovalResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DecideActionApprovalResult']>;
  DeleteBookingNoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteBookingNoteResult']>;
  ExpireStaleHoldsInput: ExpireStaleHoldsInput;
  ExpireStaleHoldsResult: ResolverTypeWrapper<ExpireStaleHoldsValue>;
  ExtendBookingHoldInput: ExtendBookingHoldInput;
  ExtendBookingHoldResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ExtendBookingHoldResult']>;
  FingerprintMismatchError: ResolverTypeWrapper<FingerprintMismatchError>;
  FulfillmentChannel: ResolverTypeWrapper<FulfillmentChannel>;
  FulfillmentNotIssuedError: ResolverTypeWrapper<Omit<FulfillmentNotIssuedError, 'status'> & { status: ResolversTypes['FulfillmentStatus'] }>;
  FulfillmentRevokedError: ResolverTypeWrapper<FulfillmentRevokedError>;
  FulfillmentStatus: ResolverTypeWrapper<FulfillmentStatus>;
  FulfillmentTransitionError: ResolverTypeWrapper<Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: ResolversTypes['FulfillmentStatus'], to: ResolversTypes['FulfillmentStatus'] }>;
  FulfillmentType: ResolverTypeWrapper<FulfillmentType>;
  HoldExpiredError: ResolverTypeWrapper<HoldExpiredError>;
  IdempotencyInFlightError: ResolverTypeWrapper<IdempotencyInFlightError>;
  IdempotencyKeyRequiredError: ResolverTypeWrapper<IdempotencyKeyRequiredError>;
  IdempotencyKeyReusedError: ResolverTypeWrapper<IdempotencyKeyReusedError>;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IssueFulfillmentResult']>;
  ItemNotRedeemableError: ResolverTypeWrapper<Omit<ItemNotRedeemableError, 'status'> & { status: ResolversTypes['BookingItemStatus'] }>;
  ItemTransitionError: ResolverTypeWrapper<Omit<ItemTransitionError, 'from' | 'to'> & { from: ResolversTypes['BookingItemStatus'], to: ResolversTypes['BookingItemStatus'] }>;
  ItemTravelerRole: ResolverTypeWrapper<ItemTravelerRole>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyServiceUnavailableError: ResolverTypeWrapper<KeyServiceUnavailableError>;
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LinkItemTravelerResult']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReference>;
  OriginSource: ResolverTypeWrapper<OriginSource>;
  OverrideBookingStatusInput: OverrideBookingStatusInput;
  OverrideBookingStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OverrideBookingStatusResult']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantType: ResolverTypeWrapper<ParticipantType>;
  PartyType: ResolverTypeWrapper<PartyType>;
  Person: ResolverTypeWrapper<EntityReference>;
  PersonDocument: ResolverTypeWrapper<EntityReference>;
  PiiAuditAction: ResolverTypeWrapper<PiiAuditAction>;
  PiiAuditEventFilter: PiiAuditEventFilter;
  PiiAuditOutcome: ResolverTypeWrapper<PiiAuditOutcome>;
  PrefillUnavailableError: ResolverTypeWrapper<Omit<PrefillUnavailableError, 'reason'> & { reason: ResolversTypes['PrefillUnavailableReason'] }>;
  PrefillUnavailableReason: ResolverTypeWrapper<PrefillUnavailableReason>;
  PrimaryTravelerConflictError: ResolverTypeWrapper<PrimaryTravelerConflictError>;
  PrincipalType: ResolverTypeWrapper<PrincipalType>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<EntityReference>;
  QuoteVersion: ResolverTypeWrapper<EntityReference>;
  RecordRedemptionInput: RecordRedemptionInput;
  RecordRedemptionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordRedemptionResult']>;
  RedemptionMethod: ResolverTypeWrapper<RedemptionMethod>;
  ReleaseBookingAllocationInput: ReleaseBookingAllocationInput;
  ReleaseBookingAllocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReleaseBookingAllocationResult']>;
  RemoveBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveBookingItemResult']>;
  RemoveBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveBookingTravelerResult']>;
  ReserveBookingInput: ReserveBookingInput;
  ReserveBookingItemInput: ReserveBookingItemInput;
  ReserveBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveBookingResult']>;
  SetAllocationCapacityInput: SetAllocationCapacityInput;
  SetBookingOriginInput: SetBookingOriginInput;
  SetBookingOriginResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetBookingOriginResult']>;
  SortDirection: ResolverTypeWrapper<SortDirection>;
  SupplierConfirmationStatus: ResolverTypeWrapper<SupplierConfirmationStatus>;
  TransitionBookingInput: TransitionBookingInput;
  TransitionBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TransitionBookingResult']>;
  TravelDocumentType: ResolverTypeWrapper<TravelDocumentType>;
  TravelerCategory: ResolverTypeWrapper<TravelerCategory>;
  TravelerTravelDetails: ResolverTypeWrapper<TravelDetails>;
  UnlinkItemTravelerInput: UnlinkItemTravelerInput;
  UnlinkItemTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UnlinkItemTravelerResult']>;
  UpdateBookingInput: UpdateBookingInput;
  UpdateBookingItemInput: UpdateBookingItemInput;
  UpdateBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingItemResult']>;
  UpdateBookingNoteInput: UpdateBookingNoteInput;
  UpdateBookingNoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingNoteResult']>;
  UpdateBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingResult']>;
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingTravelerResult']>;
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateFulfillmentResult']>;
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
  UpsertBookingSupplierStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpsertBookingSupplierStatusResult']>;
  UpsertTravelerTravelDetailsInput: UpsertTravelerTravelDetailsInput;
  UpsertTravelerTravelDetailsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpsertTravelerTravelDetailsResult']>;
  VersionConflictError: ResolverTypeWrapper<VersionConflictError>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionApproval: ActionApprovalRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ActionApprovalConnection: ActionApprovalConnectionValue;
  ActionApprovalEdge: Omit<ActionApprovalEdge, 'node'> & { node: ResolversParentTypes['ActionApproval'] };
  ActionApprovalFilter: ActionApprovalFilter;
  ActionLedgerConnection: ActionLedgerConnectionValue;
  ActionLedgerEdge: Omit<ActionLedgerEdge, 'node'> & { node: ResolversParentTypes['ActionLedgerEntry'] };
  ActionLedgerEntry: ActionLedgerEntryRow;
  AddBookingAllocationInput: AddBookingAllocationInput;
  AddBookingAllocationResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingAllocationResult'];
  AddBookingItemInput: AddBookingItemInput;
  AddBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingItemResult'];
  AddBookingNoteInput: AddBookingNoteInput;
  AddBookingNoteResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingNoteResult'];
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingTravelerResult'];
  AllocationCapacity: AllocationCapacityValue;
  AllocationRequestInput: AllocationRequestInput;
  AllocationTargetNotFoundError: AllocationTargetNotFoundError;
  AllocationTransitionError: AllocationTransitionError;
  AlreadyRedeemedError: AlreadyRedeemedError;
  AmbiguousReallocationError: AmbiguousReallocationError;
  ApprovalAlreadyDecidedError: ApprovalAlreadyDecidedError;
  ApprovalAlreadyExecutedError: ApprovalAlreadyExecutedError;
  ApprovalExpiredError: ApprovalExpiredError;
  ApprovalMismatchError: ApprovalMismatchError;
  ApprovalNotApprovedError: ApprovalNotApprovedError;
  ApprovalRequired: ApprovalRequiredOutcome;
  AvailabilitySlot: AvailabilitySlotReference;
  Booking: BookingRow;
  BookingActivity: BookingActivityRow;
  BookingActivityConnection: ConnectionValue<BookingActivityRow>;
  BookingActivityEdge: Omit<BookingActivityEdge, 'node'> & { node: ResolversParentTypes['BookingActivity'] };
  BookingAllocation: BookingAllocationRow;
  BookingAllocationConnection: BookingAllocationConnectionValue;
  BookingAllocationEdge: Omit<BookingAllocationEdge, 'node'> & { node: ResolversParentTypes['BookingAllocation'] };
  BookingConnection: ConnectionValue<BookingRow>;
  BookingContact: BookingRow;
  BookingContactInput: BookingContactInput;
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingError: ResolversInterfaceTypes<ResolversParentTypes>['BookingError'];
  BookingFilter: BookingFilter;
  BookingFulfillment: BookingFulfillmentRow;
  BookingItem: BookingItemRow;
  BookingItemInput: BookingItemInput;
  BookingItemTravelerLink: BookingItemTravelerRow;
  BookingNotEditableError: BookingNotEditableError;
  BookingNotFulfillableError: BookingNotFulfillableError;
  BookingNotOnHoldError: BookingNotOnHoldError;
  BookingNote: BookingNoteRow;
  BookingNumberTakenError: BookingNumberTakenError;
  BookingOrder: BookingOrder;
  BookingOrigin: BookingOriginRow;
  BookingOriginInput: BookingOriginInput;
  BookingPiiAuditEvent: BookingPiiAuditEventRow;
  BookingPiiAuditEventConnection: ConnectionValue<BookingPiiAuditEventRow>;
  BookingPiiAuditEventEdge: Omit<BookingPiiAuditEventEdge, 'node'> & { node: ResolversParentTypes['BookingPiiAuditEvent'] };
  BookingRedemption: BookingRedemptionRow;
  BookingSupplierStatus: BookingSupplierStatusRow;
  BookingTransitionError: BookingTransitionError;
  BookingTraveler: BookingTravelerRow;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: CapacityExhaustedError;
  CostCurrencyMismatchError: CostCurrencyMismatchError;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolversUnionTypes<ResolversParentTypes>['CreateBookingResult'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideActionApprovalInput: DecideActionApprovalInput;
  DecideActionApprovalResult: ResolversUnionTypes<ResolversParentTypes>['DecideActionApprovalResult'];
  DeleteBookingNoteResult: ResolversUnionTypes<ResolversParentTypes>['DeleteBookingNoteResult'];
  ExpireStaleHoldsInput: ExpireStaleHoldsInput;
  ExpireStaleHoldsResult: ExpireStaleHoldsValue;
  ExtendBookingHoldInput: ExtendBookingHoldInput;
  ExtendBookingHoldResult: ResolversUnionTypes<ResolversParentTypes>['ExtendBookingHoldResult'];
  FingerprintMismatchError: FingerprintMismatchError;
  FulfillmentNotIssuedError: FulfillmentNotIssuedError;
  FulfillmentRevokedError: FulfillmentRevokedError;
  FulfillmentTransitionError: FulfillmentTransitionError;
  HoldExpiredError: HoldExpiredError;
  IdempotencyInFlightError: IdempotencyInFlightError;
  IdempotencyKeyRequiredError: IdempotencyKeyRequiredError;
  IdempotencyKeyReusedError: IdempotencyKeyReusedError;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['IssueFulfillmentResult'];
  ItemNotRedeemableError: ItemNotRedeemableError;
  ItemTransitionError: ItemTransitionError;
  JSON: Scalars['JSON']['output'];
  KeyServiceUnavailableError: KeyServiceUnavailableError;
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolversUnionTypes<ResolversParentTypes>['LinkItemTravelerResult'];
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReference;
  OverrideBookingStatusInput: OverrideBookingStatusInput;
  OverrideBookingStatusResult: ResolversUnionTypes<ResolversParentTypes>['OverrideBookingStatusResult'];
  PageInfo: PageInfo;
  Person: EntityReference;
  PersonDocument: EntityReference;
  PiiAuditEventFilter: PiiAuditEventFilter;
  PrefillUnavailableError: PrefillUnavailableError;
  PrimaryTravelerConflictError: PrimaryTravelerConflictError;
  Query: Record<PropertyKey, never>;
  Quote: EntityReference;
  QuoteVersion: EntityReference;
  RecordRedemptionInput: RecordRedemptionInput;
  RecordRedemptionResult: ResolversUnionTypes<ResolversParentTypes>['RecordRedemptionResult'];
  ReleaseBookingAllocationInput: ReleaseBookingAllocationInput;
  ReleaseBookingAllocationResult: ResolversUnionTypes<ResolversParentTypes>['ReleaseBookingAllocationResult'];
  RemoveBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['RemoveBookingItemResult'];
  RemoveBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['RemoveBookingTravelerResult'];
  ReserveBookingInput: ReserveBookingInput;
  ReserveBookingItemInput: ReserveBookingItemInput;
  ReserveBookingResult: ResolversUnionTypes<ResolversParentTypes>['ReserveBookingResult'];
  SetAllocationCapacityInput: SetAllocationCapacityInput;
  SetBookingOriginInput: SetBookingOriginInput;
  SetBookingOriginResult: ResolversUnionTypes<ResolversParentTypes>['SetBookingOriginResult'];
  TransitionBookingInput: TransitionBookingInput;
  TransitionBookingResult: ResolversUnionTypes<ResolversParentTypes>['TransitionBookingResult'];
  TravelerTravelDetails: TravelDetails;
  UnlinkItemTravelerInput: UnlinkItemTravelerInput;
  UnlinkItemTravelerResult: ResolversUnionTypes<ResolversParentTypes>['UnlinkItemTravelerResult'];
  UpdateBookingInput: UpdateBookingInput;
  UpdateBookingItemInput: UpdateBookingItemInput;
  UpdateBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingItemResult'];
  UpdateBookingNoteInput: UpdateBookingNoteInput;
  UpdateBookingNoteResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingNoteResult'];
  UpdateBookingResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingResult'];
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingTravelerResult'];
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['UpdateFulfillmentResult'];
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
  UpsertBookingSupplierStatusResult: ResolversUnionTypes<ResolversParentTypes>['UpsertBookingSupplierStatusResult'];
  UpsertTravelerTravelDetailsInput: UpsertTravelerTravelDetailsInput;
  UpsertTravelerTravelDetailsResult: ResolversUnionTypes<ResolversParentTypes>['UpsertTravelerTravelDetailsResult'];
  VersionConflictError: VersionConflictError;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = {
  mask?: Maybe<Scalars['String']['input']>;
};

export type PiiDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PiiDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionApprovalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionApproval'] = ResolversParentTypes['ActionApproval'], FederationReferenceType extends FederationReferenceTypes['ActionApproval'] = FederationReferenceTypes['ActionApproval']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ActionApproval']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decidedByType?: Resolver<Maybe<ResolversTypes['PrincipalType']>, ParentType, ContextType>;
  decisionActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasonCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAction?: Resolver<ResolversTypes['ActionLedgerEntry'], ParentType, ContextType>;
  requestedById?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedByType?: Resolver<ResolversTypes['PrincipalType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionApprovalStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionApprovalConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionApprovalConnection'] = ResolversParentTypes['ActionApprovalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionApprovalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionApprovalEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionApprovalEdge'] = ResolversParentTypes['ActionApprovalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionApproval'], ParentType, ContextType>;
};

export type ActionApprovalStatusResolvers = { APPROVED: 'approved', CANCELLED: 'cancelled', DENIED: 'denied', EXPIRED: 'expired', PENDING: 'pending' };

export type ActionKindResolvers = { DECISION: 'decision', EXECUTION: 'execution', EXPIRY: 'expiry', REQUEST: 'request' };

export type ActionLedgerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionLedgerConnection'] = ResolversParentTypes['ActionLedgerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionLedgerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionLedgerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionLedgerEdge'] = ResolversParentTypes['ActionLedgerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionLedgerEntry'], ParentType, ContextType>;
};

export type ActionLedgerEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActionLedgerEntry'] = ResolversParentTypes['ActionLedgerEntry']> = {
  actionKind?: Resolver<ResolversTypes['ActionKind'], ParentType, ContextType>;
  actionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['ActionApproval']>, ParentType, ContextType>;
  approvalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  causationActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idempotencyScope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  principalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principalType?: Resolver<ResolversTypes['PrincipalType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionLedgerStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActionLedgerStatusResolvers = { APPROVED: 'approved', AWAITING_APPROVAL: 'awaiting_approval', DENIED: 'denied', EXPIRED: 'expired', FAILED: 'failed', REQUESTED: 'requested', SUCCEEDED: 'succeeded' };

export type AddBookingAllocationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingAllocationResult'] = ResolversParentTypes['AddBookingAllocationResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingNotEditableError' | 'CapacityExhaustedError' | 'HoldExpiredError' | 'VersionConflictError', ParentType, ContextType>;
};

export type AddBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingItemResult'] = ResolversParentTypes['AddBookingItemResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'CostCurrencyMismatchError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type AddBookingNoteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingNoteResult'] = ResolversParentTypes['AddBookingNoteResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type AddBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingTravelerResult'] = ResolversParentTypes['AddBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'PrimaryTravelerConflictError' | 'VersionConflictError', ParentType, ContextType>;
};

export type AllocationCapacityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AllocationCapacity'] = ResolversParentTypes['AllocationCapacity']> = {
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consumed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  overCommitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unlimited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AllocationKindResolvers = { PICKUP: 'pickup', RESOURCE: 'resource', SLOT: 'slot' };

export type AllocationStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', EXPIRED: 'expired', FULFILLED: 'fulfilled', HELD: 'held', RELEASED: 'released' };

export type AllocationTargetNotFoundErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AllocationTargetNotFoundError'] = ResolversParentTypes['AllocationTargetNotFoundError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllocationTransitionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AllocationTransitionError'] = ResolversParentTypes['AllocationTransitionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['AllocationStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['AllocationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AlreadyRedeemedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AlreadyRedeemedError'] = ResolversParentTypes['AlreadyRedeemedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redeemedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  redemptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AmbiguousReallocationErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AmbiguousReallocationError'] = ResolversParentTypes['AmbiguousReallocationError']> = {
  allocatedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalAlreadyDecidedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalAlreadyDecidedError'] = ResolversParentTypes['ApprovalAlreadyDecidedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionApprovalStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalAlreadyExecutedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalAlreadyExecutedError'] = ResolversParentTypes['ApprovalAlreadyExecutedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  executionActionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalDecisionResolvers = { APPROVED: 'approved', DENIED: 'denied' };

export type ApprovalExpiredErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalExpiredError'] = ResolversParentTypes['ApprovalExpiredError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalMismatchErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalMismatchError'] = ResolversParentTypes['ApprovalMismatchError']> = {
  approvalActionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approvalTargetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalNotApprovedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalNotApprovedError'] = ResolversParentTypes['ApprovalNotApprovedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionApprovalStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApprovalRequiredResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApprovalRequired'] = ResolversParentTypes['ApprovalRequired']> = {
  approval?: Resolver<ResolversTypes['ActionApproval'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedAction?: Resolver<ResolversTypes['ActionLedgerEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AvailabilitySlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot'], FederationReferenceType extends FederationReferenceTypes['AvailabilitySlot'] = FederationReferenceTypes['AvailabilitySlot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AvailabilitySlot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<ResolversTypes['BookingAllocationConnection'], ParentType, ContextType, RequireFields<AvailabilitySlotAllocationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  remainingCapacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BedPreferenceResolvers = { DOUBLE: 'double', NO_PREFERENCE: 'no_preference', SINGLE: 'single', TWIN: 'twin' };

export type BookingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking'], FederationReferenceType extends FederationReferenceTypes['Booking'] = FederationReferenceTypes['Booking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Booking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionLedger?: Resolver<ResolversTypes['ActionLedgerConnection'], ParentType, ContextType, RequireFields<BookingActionLedgerArgs, 'first'>>;
  activity?: Resolver<ResolversTypes['BookingActivityConnection'], ParentType, ContextType, RequireFields<BookingActivityArgs, 'first'>>;
  allocations?: Resolver<Array<ResolversTypes['BookingAllocation']>, ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['BookingStatus']>, ParentType, ContextType>;
  awaitingPaymentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  communicationLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['BookingContact'], ParentType, ContextType>;
  costAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalBookingRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfillments?: Resolver<Array<ResolversTypes['BookingFulfillment']>, ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BookingItem']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['BookingNote']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['BookingOrigin']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  redeemedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  redemptions?: Resolver<Array<ResolversTypes['BookingRedemption']>, ParentType, ContextType>;
  sellAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sellCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['BookingSourceType'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  supplierStatuses?: Resolver<Array<ResolversTypes['BookingSupplierStatus']>, ParentType, ContextType>;
  travelers?: Resolver<Array<ResolversTypes['BookingTraveler']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingActivity'] = ResolversParentTypes['BookingActivity']> = {
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['PrincipalType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookingActivityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingActivityConnection'] = ResolversParentTypes['BookingActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingActivityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingActivityEdge'] = ResolversParentTypes['BookingActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingActivity'], ParentType, ContextType>;
};

export type BookingAllocationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingAllocation'] = ResolversParentTypes['BookingAllocation'], FederationReferenceType extends FederationReferenceTypes['BookingAllocation'] = FederationReferenceTypes['BookingAllocation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingAllocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['BookingItem'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slot?: Resolver<Maybe<ResolversTypes['AvailabilitySlot']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllocationStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BookingAllocationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingAllocationConnection'] = ResolversParentTypes['BookingAllocationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingAllocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingAllocationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingAllocationEdge'] = ResolversParentTypes['BookingAllocationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingAllocation'], ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingContact'] = ResolversParentTypes['BookingContact']> = {
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyType?: Resolver<Maybe<ResolversTypes['PartyType']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingError'] = ResolversParentTypes['BookingError']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'AllocationTransitionError' | 'AlreadyRedeemedError' | 'AmbiguousReallocationError' | 'ApprovalAlreadyDecidedError' | 'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'BookingNotEditableError' | 'BookingNotFulfillableError' | 'BookingNotOnHoldError' | 'BookingNumberTakenError' | 'BookingTransitionError' | 'CapacityExhaustedError' | 'CostCurrencyMismatchError' | 'FingerprintMismatchError' | 'FulfillmentNotIssuedError' | 'FulfillmentRevokedError' | 'FulfillmentTransitionError' | 'HoldExpiredError' | 'IdempotencyInFlightError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'ItemNotRedeemableError' | 'ItemTransitionError' | 'KeyServiceUnavailableError' | 'PrefillUnavailableError' | 'PrimaryTravelerConflictError' | 'VersionConflictError', ParentType, ContextType>;
};

export type BookingFulfillmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingFulfillment'] = ResolversParentTypes['BookingFulfillment'], FederationReferenceType extends FederationReferenceTypes['BookingFulfillment'] = FederationReferenceTypes['BookingFulfillment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingFulfillment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifactUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveryChannel?: Resolver<ResolversTypes['FulfillmentChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['BookingItem']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  redemption?: Resolver<Maybe<ResolversTypes['BookingRedemption']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentStatus'], ParentType, ContextType>;
  traveler?: Resolver<Maybe<ResolversTypes['BookingTraveler']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FulfillmentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingItem'] = ResolversParentTypes['BookingItem'], FederationReferenceType extends FederationReferenceTypes['BookingItem'] = FederationReferenceTypes['BookingItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['BookingAllocation']>, ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemType?: Resolver<ResolversTypes['BookingItemType'], ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  optionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  productName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  slotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCostAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  totalSellAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  travelers?: Resolver<Array<ResolversTypes['BookingItemTravelerLink']>, ParentType, ContextType>;
  unitCostAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitSellAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BookingItemStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', DRAFT: 'draft', EXPIRED: 'expired', FULFILLED: 'fulfilled', ON_HOLD: 'on_hold' };

export type BookingItemTravelerLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingItemTravelerLink'] = ResolversParentTypes['BookingItemTravelerLink']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['BookingItem'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ItemTravelerRole'], ParentType, ContextType>;
  traveler?: Resolver<ResolversTypes['BookingTraveler'], ParentType, ContextType>;
};

export type BookingItemTypeResolvers = { ACCOMMODATION: 'accommodation', ADJUSTMENT: 'adjustment', DISCOUNT: 'discount', EXTRA: 'extra', FEE: 'fee', OTHER: 'other', SERVICE: 'service', TAX: 'tax', TRANSPORT: 'transport', UNIT: 'unit' };

export type BookingNotEditableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingNotEditableError'] = ResolversParentTypes['BookingNotEditableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingNotFulfillableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingNotFulfillableError'] = ResolversParentTypes['BookingNotFulfillableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingNotOnHoldErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingNotOnHoldError'] = ResolversParentTypes['BookingNotOnHoldError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingNote'] = ResolversParentTypes['BookingNote']> = {
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BookingNumberTakenErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingNumberTakenError'] = ResolversParentTypes['BookingNumberTakenError']> = {
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingOrderFieldResolvers = { BOOKING_NUMBER: 'booking_number', CREATED_AT: 'created_at', SELL_AMOUNT: 'sell_amount', START_DATE: 'start_date' };

export type BookingOriginResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingOrigin'] = ResolversParentTypes['BookingOrigin']> = {
  catalogPriceResponseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  catalogSnapshotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  legacyTransactionOfferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  legacyTransactionOrderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  originSource?: Resolver<ResolversTypes['OriginSource'], ParentType, ContextType>;
  providerOrderRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerSourceConnectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  providerSourceKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerSourceProvider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerSourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quoteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quoteVersion?: Resolver<Maybe<ResolversTypes['QuoteVersion']>, ParentType, ContextType>;
  quoteVersionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reservationPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tripSnapshotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BookingPiiAuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingPiiAuditEvent'] = ResolversParentTypes['BookingPiiAuditEvent']> = {
  action?: Resolver<ResolversTypes['PiiAuditAction'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  bookingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PiiAuditOutcome'], ParentType, ContextType>;
  principalType?: Resolver<ResolversTypes['PrincipalType'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  travelerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BookingPiiAuditEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingPiiAuditEventConnection'] = ResolversParentTypes['BookingPiiAuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingPiiAuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingPiiAuditEventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingPiiAuditEventEdge'] = ResolversParentTypes['BookingPiiAuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingPiiAuditEvent'], ParentType, ContextType>;
};

export type BookingRedemptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingRedemption'] = ResolversParentTypes['BookingRedemption']> = {
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fulfillment?: Resolver<ResolversTypes['BookingFulfillment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['BookingItem']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['RedemptionMethod'], ParentType, ContextType>;
  redeemedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  traveler?: Resolver<Maybe<ResolversTypes['BookingTraveler']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingSourceTypeResolvers = { AFFILIATE: 'affiliate', API_PARTNER: 'api_partner', DIRECT: 'direct', INTERNAL: 'internal', MANUAL: 'manual', OTA: 'ota', RESELLER: 'reseller' };

export type BookingStatusResolvers = { AWAITING_PAYMENT: 'awaiting_payment', CANCELLED: 'cancelled', COMPLETED: 'completed', CONFIRMED: 'confirmed', DRAFT: 'draft', EXPIRED: 'expired', IN_PROGRESS: 'in_progress', ON_HOLD: 'on_hold' };

export type BookingSupplierStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingSupplierStatus'] = ResolversParentTypes['BookingSupplierStatus']> = {
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierConfirmationStatus'], ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supplierReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierServiceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BookingTransitionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingTransitionError'] = ResolversParentTypes['BookingTransitionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingTravelerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingTraveler'] = ResolversParentTypes['BookingTraveler'], FederationReferenceType extends FederationReferenceTypes['BookingTraveler'] = FederationReferenceTypes['BookingTraveler']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingTraveler']> | FederationReferenceType, FederationReferenceType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TravelerCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BookingItemTravelerLink']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participantType?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  specialRequests?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  travelDetails?: Resolver<Maybe<ResolversTypes['TravelerTravelDetails']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CapacityExhaustedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CapacityExhaustedError'] = ResolversParentTypes['CapacityExhaustedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CostCurrencyMismatchErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CostCurrencyMismatchError'] = ResolversParentTypes['CostCurrencyMismatchError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemCostCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateBookingResult'] = ResolversParentTypes['CreateBookingResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNumberTakenError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecideActionApprovalResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecideActionApprovalResult'] = ResolversParentTypes['DecideActionApprovalResult']> = {
  __resolveType: TypeResolveFn<'ActionApproval' | 'ApprovalAlreadyDecidedError' | 'ApprovalExpiredError', ParentType, ContextType>;
};

export type DeleteBookingNoteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteBookingNoteResult'] = ResolversParentTypes['DeleteBookingNoteResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type ExpireStaleHoldsResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExpireStaleHoldsResult'] = ResolversParentTypes['ExpireStaleHoldsResult']> = {
  expiredBookingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  expiredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExtendBookingHoldResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExtendBookingHoldResult'] = ResolversParentTypes['ExtendBookingHoldResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotOnHoldError' | 'HoldExpiredError' | 'VersionConflictError', ParentType, ContextType>;
};

export type FingerprintMismatchErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FingerprintMismatchError'] = ResolversParentTypes['FingerprintMismatchError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FulfillmentChannelResolvers = { API: 'api', DOWNLOAD: 'download', EMAIL: 'email', OTHER: 'other', WALLET: 'wallet' };

export type FulfillmentNotIssuedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FulfillmentNotIssuedError'] = ResolversParentTypes['FulfillmentNotIssuedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FulfillmentRevokedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FulfillmentRevokedError'] = ResolversParentTypes['FulfillmentRevokedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FulfillmentStatusResolvers = { FAILED: 'failed', ISSUED: 'issued', PENDING: 'pending', REISSUED: 'reissued', REVOKED: 'revoked', VOIDED: 'voided' };

export type FulfillmentTransitionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FulfillmentTransitionError'] = ResolversParentTypes['FulfillmentTransitionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['FulfillmentStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['FulfillmentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FulfillmentTypeResolvers = { BARCODE: 'barcode', MOBILE: 'mobile', OTHER: 'other', PDF: 'pdf', QR_CODE: 'qr_code', TICKET: 'ticket', VOUCHER: 'voucher' };

export type HoldExpiredErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HoldExpiredError'] = ResolversParentTypes['HoldExpiredError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdempotencyInFlightErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IdempotencyInFlightError'] = ResolversParentTypes['IdempotencyInFlightError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdempotencyKeyRequiredErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IdempotencyKeyRequiredError'] = ResolversParentTypes['IdempotencyKeyRequiredError']> = {
  actionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IdempotencyKeyReusedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IdempotencyKeyReusedError'] = ResolversParentTypes['IdempotencyKeyReusedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueFulfillmentResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssueFulfillmentResult'] = ResolversParentTypes['IssueFulfillmentResult']> = {
  __resolveType: TypeResolveFn<'BookingFulfillment' | 'BookingNotFulfillableError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError', ParentType, ContextType>;
};

export type ItemNotRedeemableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemNotRedeemableError'] = ResolversParentTypes['ItemNotRedeemableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemTransitionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemTransitionError'] = ResolversParentTypes['ItemTransitionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemTravelerRoleResolvers = { BENEFICIARY: 'beneficiary', OCCUPANT: 'occupant', OTHER: 'other', TRAVELER: 'traveler' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyServiceUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KeyServiceUnavailableError'] = ResolversParentTypes['KeyServiceUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkItemTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkItemTravelerResult'] = ResolversParentTypes['LinkItemTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBookingAllocation?: Resolver<ResolversTypes['AddBookingAllocationResult'], ParentType, ContextType, RequireFields<MutationAddBookingAllocationArgs, 'input'>>;
  addBookingItem?: Resolver<ResolversTypes['AddBookingItemResult'], ParentType, ContextType, RequireFields<MutationAddBookingItemArgs, 'input'>>;
  addBookingNote?: Resolver<ResolversTypes['AddBookingNoteResult'], ParentType, ContextType, RequireFields<MutationAddBookingNoteArgs, 'input'>>;
  addBookingTraveler?: Resolver<ResolversTypes['AddBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationAddBookingTravelerArgs, 'input'>>;
  createBooking?: Resolver<ResolversTypes['CreateBookingResult'], ParentType, ContextType, RequireFields<MutationCreateBookingArgs, 'input'>>;
  decideActionApproval?: Resolver<ResolversTypes['DecideActionApprovalResult'], ParentType, ContextType, RequireFields<MutationDecideActionApprovalArgs, 'input'>>;
  deleteBookingNote?: Resolver<ResolversTypes['DeleteBookingNoteResult'], ParentType, ContextType, RequireFields<MutationDeleteBookingNoteArgs, 'id'>>;
  deleteTravelerTravelDetails?: Resolver<ResolversTypes['BookingTraveler'], ParentType, ContextType, RequireFields<MutationDeleteTravelerTravelDetailsArgs, 'travelerId'>>;
  expireStaleHolds?: Resolver<ResolversTypes['ExpireStaleHoldsResult'], ParentType, ContextType, RequireFields<MutationExpireStaleHoldsArgs, 'input'>>;
  extendBookingHold?: Resolver<ResolversTypes['ExtendBookingHoldResult'], ParentType, ContextType, RequireFields<MutationExtendBookingHoldArgs, 'input'>>;
  issueFulfillment?: Resolver<ResolversTypes['IssueFulfillmentResult'], ParentType, ContextType, RequireFields<MutationIssueFulfillmentArgs, 'input'>>;
  linkItemTraveler?: Resolver<ResolversTypes['LinkItemTravelerResult'], ParentType, ContextType, RequireFields<MutationLinkItemTravelerArgs, 'input'>>;
  overrideBookingStatus?: Resolver<ResolversTypes['OverrideBookingStatusResult'], ParentType, ContextType, RequireFields<MutationOverrideBookingStatusArgs, 'input'>>;
  recordRedemption?: Resolver<ResolversTypes['RecordRedemptionResult'], ParentType, ContextType, RequireFields<MutationRecordRedemptionArgs, 'input'>>;
  releaseBookingAllocation?: Resolver<ResolversTypes['ReleaseBookingAllocationResult'], ParentType, ContextType, RequireFields<MutationReleaseBookingAllocationArgs, 'input'>>;
  removeBookingItem?: Resolver<ResolversTypes['RemoveBookingItemResult'], ParentType, ContextType, RequireFields<MutationRemoveBookingItemArgs, 'id'>>;
  removeBookingTraveler?: Resolver<ResolversTypes['RemoveBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationRemoveBookingTravelerArgs, 'id'>>;
  reserveBooking?: Resolver<ResolversTypes['ReserveBookingResult'], ParentType, ContextType, RequireFields<MutationReserveBookingArgs, 'input'>>;
  setAllocationCapacity?: Resolver<ResolversTypes['AllocationCapacity'], ParentType, ContextType, RequireFields<MutationSetAllocationCapacityArgs, 'input'>>;
  setBookingOrigin?: Resolver<ResolversTypes['SetBookingOriginResult'], ParentType, ContextType, RequireFields<MutationSetBookingOriginArgs, 'input'>>;
  transitionBooking?: Resolver<ResolversTypes['TransitionBookingResult'], ParentType, ContextType, RequireFields<MutationTransitionBookingArgs, 'input'>>;
  unlinkItemTraveler?: Resolver<ResolversTypes['UnlinkItemTravelerResult'], ParentType, ContextType, RequireFields<MutationUnlinkItemTravelerArgs, 'input'>>;
  updateBooking?: Resolver<ResolversTypes['UpdateBookingResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingArgs, 'input'>>;
  updateBookingItem?: Resolver<ResolversTypes['UpdateBookingItemResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingItemArgs, 'input'>>;
  updateBookingNote?: Resolver<ResolversTypes['UpdateBookingNoteResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingNoteArgs, 'input'>>;
  updateBookingTraveler?: Resolver<ResolversTypes['UpdateBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingTravelerArgs, 'input'>>;
  updateFulfillment?: Resolver<ResolversTypes['UpdateFulfillmentResult'], ParentType, ContextType, RequireFields<MutationUpdateFulfillmentArgs, 'input'>>;
  upsertBookingSupplierStatus?: Resolver<ResolversTypes['UpsertBookingSupplierStatusResult'], ParentType, ContextType, RequireFields<MutationUpsertBookingSupplierStatusArgs, 'input'>>;
  upsertTravelerTravelDetails?: Resolver<ResolversTypes['UpsertTravelerTravelDetailsResult'], ParentType, ContextType, RequireFields<MutationUpsertTravelerTravelDetailsArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<OrganizationBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OriginSourceResolvers = { ACCEPTED_QUOTE_VERSION: 'accepted_quote_version', CATALOG_PRICE_AVAILABILITY: 'catalog_price_availability', CATALOG_SNAPSHOT: 'catalog_snapshot', DIRECT_B2C: 'direct_b2c', LEGACY_TRANSACTION: 'legacy_transaction', MANUAL: 'manual', PROVIDER_SOURCE_ORDER: 'provider_source_order' };

export type OverrideBookingStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OverrideBookingStatusResult'] = ResolversParentTypes['OverrideBookingStatusResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingTransitionError' | 'CapacityExhaustedError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantTypeResolvers = { OCCUPANT: 'occupant', OTHER: 'other', TRAVELER: 'traveler' };

export type PartyTypeResolvers = { COMPANY: 'company', INDIVIDUAL: 'individual' };

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<PersonBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PersonDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonDocument'] = ResolversParentTypes['PersonDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PiiAuditActionResolvers = { DECRYPT: 'decrypt', DELETE: 'delete', ENCRYPT: 'encrypt', REVEAL: 'reveal' };

export type PiiAuditOutcomeResolvers = { ALLOWED: 'allowed', DENIED: 'denied' };

export type PrefillUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrefillUnavailableError'] = ResolversParentTypes['PrefillUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PrefillUnavailableReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrefillUnavailableReasonResolvers = { INVALID_RESPONSE: 'invalid_response', NOT_CONFIGURED: 'not_configured', NO_PERSON: 'no_person', PERSON_UNKNOWN: 'person_unknown', UNREACHABLE: 'unreachable' };

export type PrimaryTravelerConflictErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrimaryTravelerConflictError'] = ResolversParentTypes['PrimaryTravelerConflictError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingPrimaryTravelerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrincipalTypeResolvers = { AGENT: 'agent', API_KEY: 'api_key', SYSTEM: 'system', USER: 'user', WORKFLOW: 'workflow' };

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionApprovals?: Resolver<ResolversTypes['ActionApprovalConnection'], ParentType, ContextType, RequireFields<QueryActionApprovalsArgs, 'first'>>;
  allocationCapacity?: Resolver<Maybe<ResolversTypes['AllocationCapacity']>, ParentType, ContextType, RequireFields<QueryAllocationCapacityArgs, 'kind' | 'targetId'>>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  bookingByNumber?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingByNumberArgs, 'bookingNumber'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QueryBookingsArgs, 'first'>>;
  piiAuditEvents?: Resolver<ResolversTypes['BookingPiiAuditEventConnection'], ParentType, ContextType, RequireFields<QueryPiiAuditEventsArgs, 'first'>>;
};

export type QuoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QuoteBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QuoteVersionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteVersion'] = ResolversParentTypes['QuoteVersion'], FederationReferenceType extends FederationReferenceTypes['QuoteVersion'] = FederationReferenceTypes['QuoteVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QuoteVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RecordRedemptionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordRedemptionResult'] = ResolversParentTypes['RecordRedemptionResult']> = {
  __resolveType: TypeResolveFn<'AlreadyRedeemedError' | 'BookingNotFulfillableError' | 'BookingRedemption' | 'FulfillmentNotIssuedError' | 'FulfillmentRevokedError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError' | 'ItemNotRedeemableError', ParentType, ContextType>;
};

export type RedemptionMethodResolvers = { API: 'api', MANUAL: 'manual', OTHER: 'other', SCAN: 'scan' };

export type ReleaseBookingAllocationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseBookingAllocationResult'] = ResolversParentTypes['ReleaseBookingAllocationResult']> = {
  __resolveType: TypeResolveFn<'AllocationTransitionError' | 'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingNotEditableError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RemoveBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingItemResult'] = ResolversParentTypes['RemoveBookingItemResult']> = {
  __resolveType: TypeResolveFn<'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingNotEditableError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'ItemTransitionError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RemoveBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingTravelerResult'] = ResolversParentTypes['RemoveBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type ReserveBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReserveBookingResult'] = ResolversParentTypes['ReserveBookingResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingNumberTakenError' | 'CapacityExhaustedError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
};

export type SetBookingOriginResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetBookingOriginResult'] = ResolversParentTypes['SetBookingOriginResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type SortDirectionResolvers = { ASC: 'asc', DESC: 'desc' };

export type SupplierConfirmationStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', PENDING: 'pending', REJECTED: 'rejected' };

export type TransitionBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionBookingResult'] = ResolversParentTypes['TransitionBookingResult']> = {
  __resolveType: TypeResolveFn<'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingTransitionError' | 'FingerprintMismatchError' | 'HoldExpiredError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type TravelDocumentTypeResolvers = { DRIVER_LICENSE: 'driver_license', ID_CARD: 'id_card', OTHER: 'other', PASSPORT: 'passport', VISA: 'visa' };

export type TravelerCategoryResolvers = { ADULT: 'adult', CHILD: 'child', INFANT: 'infant', OTHER: 'other', SENIOR: 'senior' };

export type TravelerTravelDetailsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TravelerTravelDetails'] = ResolversParentTypes['TravelerTravelDetails']> = {
  accessibilityNeeds?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bedPreference?: Resolver<Maybe<ResolversTypes['BedPreference']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dietaryRequirements?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentExpiry?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentIssuingAuthority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentIssuingCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentPersonDocumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['TravelDocumentType']>, ParentType, ContextType>;
  isLeadTraveler?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  travelerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UnlinkItemTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnlinkItemTravelerResult'] = ResolversParentTypes['UnlinkItemTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingItemResult'] = ResolversParentTypes['UpdateBookingItemResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'AmbiguousReallocationError' | 'Booking' | 'BookingNotEditableError' | 'CapacityExhaustedError' | 'CostCurrencyMismatchError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingNoteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingNoteResult'] = ResolversParentTypes['UpdateBookingNoteResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingResult'] = ResolversParentTypes['UpdateBookingResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingTravelerResult'] = ResolversParentTypes['UpdateBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'PrimaryTravelerConflictError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateFulfillmentResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateFulfillmentResult'] = ResolversParentTypes['UpdateFulfillmentResult']> = {
  __resolveType: TypeResolveFn<'BookingFulfillment' | 'BookingNotFulfillableError' | 'FulfillmentTransitionError', ParentType, ContextType>;
};

export type UpsertBookingSupplierStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertBookingSupplierStatusResult'] = ResolversParentTypes['UpsertBookingSupplierStatusResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpsertTravelerTravelDetailsResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertTravelerTravelDetailsResult'] = ResolversParentTypes['UpsertTravelerTravelDetailsResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'BookingTraveler' | 'KeyServiceUnavailableError' | 'PrefillUnavailableError', ParentType, ContextType>;
};

export type VersionConflictErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VersionConflictError'] = ResolversParentTypes['VersionConflictError']> = {
  actualVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = {
  ActionApproval?: ActionApprovalResolvers<ContextType>;
  ActionApprovalConnection?: ActionApprovalConnectionResolvers<ContextType>;
  ActionApprovalEdge?: ActionApprovalEdgeResolvers<ContextType>;
  ActionApprovalStatus?: ActionApprovalStatusResolvers;
  ActionKind?: ActionKindResolvers;
  ActionLedgerConnection?: ActionLedgerConnectionResolvers<ContextType>;
  ActionLedgerEdge?: ActionLedgerEdgeResolvers<ContextType>;
  ActionLedgerEntry?: ActionLedgerEntryResolvers<ContextType>;
  ActionLedgerStatus?: ActionLedgerStatusResolvers;
  AddBookingAllocationResult?: AddBookingAllocationResultResolvers<ContextType>;
  AddBookingItemResult?: AddBookingItemResultResolvers<ContextType>;
  AddBookingNoteResult?: AddBookingNoteResultResolvers<ContextType>;
  AddBookingTravelerResult?: AddBookingTravelerResultResolvers<ContextType>;
  AllocationCapacity?: AllocationCapacityResolvers<ContextType>;
  AllocationKind?: AllocationKindResolvers;
  AllocationStatus?: AllocationStatusResolvers;
  AllocationTargetNotFoundError?: AllocationTargetNotFoundErrorResolvers<ContextType>;
  AllocationTransitionError?: AllocationTransitionErrorResolvers<ContextType>;
  AlreadyRedeemedError?: AlreadyRedeemedErrorResolvers<ContextType>;
  AmbiguousReallocationError?: AmbiguousReallocationErrorResolvers<ContextType>;
  ApprovalAlreadyDecidedError?: ApprovalAlreadyDecidedErrorResolvers<ContextType>;
  ApprovalAlreadyExecutedError?: ApprovalAlreadyExecutedErrorResolvers<ContextType>;
  ApprovalDecision?: ApprovalDecisionResolvers;
  ApprovalExpiredError?: ApprovalExpiredErrorResolvers<ContextType>;
  ApprovalMismatchError?: ApprovalMismatchErrorResolvers<ContextType>;
  ApprovalNotApprovedError?: ApprovalNotApprovedErrorResolvers<ContextType>;
  ApprovalRequired?: ApprovalRequiredResolvers<ContextType>;
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
  BedPreference?: BedPreferenceResolvers;
  Booking?: BookingResolvers<ContextType>;
  BookingActivity?: BookingActivityResolvers<ContextType>;
  BookingActivityConnection?: BookingActivityConnectionResolvers<ContextType>;
  BookingActivityEdge?: BookingActivityEdgeResolvers<ContextType>;
  BookingAllocation?: BookingAllocationResolvers<ContextType>;
  BookingAllocationConnection?: BookingAllocationConnectionResolvers<ContextType>;
  BookingAllocationEdge?: BookingAllocationEdgeResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingContact?: BookingContactResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingError?: BookingErrorResolvers<ContextType>;
  BookingFulfillment?: BookingFulfillmentResolvers<ContextType>;
  BookingItem?: BookingItemResolvers<ContextType>;
  BookingItemStatus?: BookingItemStatusResolvers;
  BookingItemTravelerLink?: BookingItemTravelerLinkResolvers<ContextType>;
  BookingItemType?: BookingItemTypeResolvers;
  BookingNotEditableError?: BookingNotEditableErrorResolvers<ContextType>;
  BookingNotFulfillableError?: BookingNotFulfillableErrorResolvers<ContextType>;
  BookingNotOnHoldError?: BookingNotOnHoldErrorResolvers<ContextType>;
  BookingNote?: BookingNoteResolvers<ContextType>;
  BookingNumberTakenError?: BookingNumberTakenErrorResolvers<ContextType>;
  BookingOrderField?: BookingOrderFieldResolvers;
  BookingOrigin?: BookingOriginResolvers<ContextType>;
  BookingPiiAuditEvent?: BookingPiiAuditEventResolvers<ContextType>;
  BookingPiiAuditEventConnection?: BookingPiiAuditEventConnectionResolvers<ContextType>;
  BookingPiiAuditEventEdge?: BookingPiiAuditEventEdgeResolvers<ContextType>;
  BookingRedemption?: BookingRedemptionResolvers<ContextType>;
  BookingSourceType?: BookingSourceTypeResolvers;
  BookingStatus?: BookingStatusResolvers;
  BookingSupplierStatus?: BookingSupplierStatusResolvers<ContextType>;
  BookingTransitionError?: BookingTransitionErrorResolvers<ContextType>;
  BookingTraveler?: BookingTravelerResolvers<ContextType>;
  CapacityExhaustedError?: CapacityExhaustedErrorResolvers<ContextType>;
  CostCurrencyMismatchError?: CostCurrencyMismatchErrorResolvers<ContextType>;
  CreateBookingResult?: CreateBookingResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecideActionApprovalResult?: DecideActionApprovalResultResolvers<ContextType>;
  DeleteBookingNoteResult?: DeleteBookingNoteResultResolvers<ContextType>;
  ExpireStaleHoldsResult?: ExpireStaleHoldsResultResolvers<ContextType>;
  ExtendBookingHoldResult?: ExtendBookingHoldResultResolvers<ContextType>;
  FingerprintMismatchError?: FingerprintMismatchErrorResolvers<ContextType>;
  FulfillmentChannel?: FulfillmentChannelResolvers;
  FulfillmentNotIssuedError?: FulfillmentNotIssuedErrorResolvers<ContextType>;
  FulfillmentRevokedError?: FulfillmentRevokedErrorResolvers<ContextType>;
  FulfillmentStatus?: FulfillmentStatusResolvers;
  FulfillmentTransitionError?: FulfillmentTransitionErrorResolvers<ContextType>;
  FulfillmentType?: FulfillmentTypeResolvers;
  HoldExpiredError?: HoldExpiredErrorResolvers<ContextType>;
  IdempotencyInFlightError?: IdempotencyInFlightErrorResolvers<ContextType>;
  IdempotencyKeyRequiredError?: IdempotencyKeyRequiredErrorResolvers<ContextType>;
  IdempotencyKeyReusedError?: IdempotencyKeyReusedErrorResolvers<ContextType>;
  IssueFulfillmentResult?: IssueFulfillmentResultResolvers<ContextType>;
  ItemNotRedeemableError?: ItemNotRedeemableErrorResolvers<ContextType>;
  ItemTransitionError?: ItemTransitionErrorResolvers<ContextType>;
  ItemTravelerRole?: ItemTravelerRoleResolvers;
  JSON?: GraphQLScalarType;
  KeyServiceUnavailableError?: KeyServiceUnavailableErrorResolvers<ContextType>;
  LinkItemTravelerResult?: LinkItemTravelerResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OriginSource?: OriginSourceResolvers;
  OverrideBookingStatusResult?: OverrideBookingStatusResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantType?: ParticipantTypeResolvers;
  PartyType?: PartyTypeResolvers;
  Person?: PersonResolvers<ContextType>;
  PersonDocument?: PersonDocumentResolvers<ContextType>;
  PiiAuditAction?: PiiAuditActionResolvers;
  PiiAuditOutcome?: PiiAuditOutcomeResolvers;
  PrefillUnavailableError?: PrefillUnavailableErrorResolvers<ContextType>;
  PrefillUnavailableReason?: PrefillUnavailableReasonResolvers;
  PrimaryTravelerConflictError?: PrimaryTravelerConflictErrorResolvers<ContextType>;
  PrincipalType?: PrincipalTypeResolvers;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteVersion?: QuoteVersionResolvers<ContextType>;
  RecordRedemptionResult?: RecordRedemptionResultResolvers<ContextType>;
  RedemptionMethod?: RedemptionMethodResolvers;
  ReleaseBookingAllocationResult?: ReleaseBookingAllocationResultResolvers<ContextType>;
  RemoveBookingItemResult?: RemoveBookingItemResultResolvers<ContextType>;
  RemoveBookingTravelerResult?: RemoveBookingTravelerResultResolvers<ContextType>;
  ReserveBookingResult?: ReserveBookingResultResolvers<ContextType>;
  SetBookingOriginResult?: SetBookingOriginResultResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  SupplierConfirmationStatus?: SupplierConfirmationStatusResolvers;
  TransitionBookingResult?: TransitionBookingResultResolvers<ContextType>;
  TravelDocumentType?: TravelDocumentTypeResolvers;
  TravelerCategory?: TravelerCategoryResolvers;
  TravelerTravelDetails?: TravelerTravelDetailsResolvers<ContextType>;
  UnlinkItemTravelerResult?: UnlinkItemTravelerResultResolvers<ContextType>;
  UpdateBookingItemResult?: UpdateBookingItemResultResolvers<ContextType>;
  UpdateBookingNoteResult?: UpdateBookingNoteResultResolvers<ContextType>;
  UpdateBookingResult?: UpdateBookingResultResolvers<ContextType>;
  UpdateBookingTravelerResult?: UpdateBookingTravelerResultResolvers<ContextType>;
  UpdateFulfillmentResult?: UpdateFulfillmentResultResolvers<ContextType>;
  UpsertBookingSupplierStatusResult?: UpsertBookingSupplierStatusResultResolvers<ContextType>;
  UpsertTravelerTravelDetailsResult?: UpsertTravelerTravelDetailsResultResolvers<ContextType>;
  VersionConflictError?: VersionConflictErrorResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
