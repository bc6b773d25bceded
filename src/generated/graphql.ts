import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BookingRow, BookingItemRow, BookingTravelerRow, BookingItemTravelerRow, BookingOriginRow, BookingNoteRow, BookingSupplierStatusRow, BookingActivityRow, BookingPiiAuditEventRow, EntityReference } from '../read/booking-rows';
import type { ConnectionValue } from '../read/connection';
import type { TravelDetails } from '../domain/travel-details';
import type { ActionLedgerEntryRow, ActionApprovalRow, ActionLedgerConnectionValue, ActionApprovalConnectionValue } from '../read/approval-rows';
import type { ApprovalRequiredOutcome } from '../approvals/outcomes';
import type { BookingAllocationRow, BookingAllocationConnectionValue, BookingFulfillmentRow, BookingRedemptionRow, AllocationCapacityValue, AvailabilitySlotReference, ExpireStaleHoldsValue } from '../read/inventory-rows';
import type { BookingSagaRow, BookingSagaStepRow, SagaFailureValue, BookingSagaConnectionValue, PlanLineValue, PlanFailureValue, PlanCompensationValue } from '../read/saga-rows';
import type { WizardStateRow, StorefrontQuoteValue, StorefrontQuoteLineValue, StartedSessionValue, StartResultValue } from '../storefront/storefront-rows';
import type { SessionChecklistValue } from '../storefront/checklist';
import type { IssuedCapability } from '../ports/checkout-capability-port';
import type { BookingAnswerRow } from '../requirements/requirement-loaders';
import type { RequirementsView, QuestionView } from '../requirements/requirements-view';
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
  /** A calendar day with no time or time zone, ISO 8601 `YYYY-MM-DD` (`2026-12-24`). */
  Date: { input: string; output: string; }
  /**
   * An instant in time: an RFC 3339 / ISO 8601 string. Output is always UTC with milliseconds
   * (`2026-12-03T09:30:00.000Z`); input needs `Z` or an offset and is converted to UTC.
   */
  DateTime: { input: Date; output: Date; }
  /**
   * Any JSON value (object, array, string, number, boolean or null), passed through as is. The field that uses it
   * says what it holds.
   */
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** Abandons a session: it expires, its capacity is freed and its capabilities stop working. */
export type AbandonStorefrontSessionInput = {
  /** The session version last read, when the caller has one. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
};

/** The expired session, or why nothing changed. */
export type AbandonStorefrontSessionResult = BookingNotEditableError | StorefrontSession | VersionConflictError;

/** A saga to stop and undo. */
export type AbortSagaInput = {
  /** The saga (`bksg_…`). */
  id: Scalars['ID']['input'];
};

/** The result of `abortSaga`. */
export type AbortSagaResult = Saga | SagaBusyError | SagaNotAbortableError;

/** A human decision an action waits for. */
export type ActionApproval = {
  __typename?: 'ActionApproval';
  /** The action waiting for approval (`booking.status.cancel`). */
  actionName: Scalars['String']['output'];
  /** When approval was requested (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided; null until then. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who decided; null until decided. */
  decidedById: Maybe<Scalars['ID']['output']>;
  /** What kind of principal decided; null until decided. */
  decidedByType: Maybe<PrincipalType>;
  /** The ledger entry of the decision; null until decided. */
  decisionActionId: Maybe<Scalars['ID']['output']>;
  /** Why it was decided so, as given by the decider; null when none. */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** When the approved action ran; null until then. */
  executedAt: Maybe<Scalars['DateTime']['output']>;
  /** The ledger entry of the execution; null until executed. */
  executionActionId: Maybe<Scalars['ID']['output']>;
  /** Deadline to decide and to execute. */
  expiresAt: Scalars['DateTime']['output'];
  /** Unique id of this approval, a TypeID starting `alap_`. */
  id: Scalars['ID']['output'];
  /** The approval policy that asked for this approval. */
  policyName: Scalars['String']['output'];
  /** The version of that policy. */
  policyVersion: Scalars['Int']['output'];
  /** Why approval is needed, e.g. `cancel_requested_by_agent`. */
  reasonCode: Scalars['String']['output'];
  /** The ledger entry of the request. */
  requestedAction: ActionLedgerEntry;
  /** Who asked: the `sub` of the principal. It cannot decide its own request. */
  requestedById: Scalars['ID']['output'];
  /** What kind of principal asked. */
  requestedByType: PrincipalType;
  /** PENDING past `expiresAt` reads as EXPIRED. */
  status: ActionApprovalStatus;
  /** The id of what the action is about (`book_…`). */
  targetId: Scalars['ID']['output'];
  /** What the action is about (`booking`). */
  targetType: Scalars['String']['output'];
};

/** A page of approvals, newest first. */
export type ActionApprovalConnection = {
  __typename?: 'ActionApprovalConnection';
  /** This page of action approval entries, in the list's order. */
  edges: Array<ActionApprovalEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of action approval entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One approval in a page, with its cursor. */
export type ActionApprovalEdge = {
  __typename?: 'ActionApprovalEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The action approval at this position. */
  node: ActionApproval;
};

/** Narrows a list of approvals; every field given must match. */
export type ActionApprovalFilter = {
  /** Only approvals in this status (PENDING past its deadline counts as EXPIRED). */
  status?: InputMaybe<ActionApprovalStatus>;
  /** Only approvals about this target (`book_…`). */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where an approval stands. */
export type ActionApprovalStatus =
  /** Approved; the action may be executed once, until `expiresAt`. */
  | 'approved'
  /** Withdrawn. */
  | 'cancelled'
  /** Refused. */
  | 'denied'
  /** Not decided or not executed in time. */
  | 'expired'
  /** Waiting for a decision, until `expiresAt`. */
  | 'pending';

/** What kind of fact an action ledger entry records. */
export type ActionKind =
  /** An approval was granted or refused. */
  | 'decision'
  /** The action ran. */
  | 'execution'
  /** A pending approval lapsed. */
  | 'expiry'
  /** A principal asked for an action that needs approval. */
  | 'request';

/** A page of action ledger entries, newest first. */
export type ActionLedgerConnection = {
  __typename?: 'ActionLedgerConnection';
  /** This page of action ledger entries, in the list's order. */
  edges: Array<ActionLedgerEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of action ledger entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry in a page, with its cursor. */
export type ActionLedgerEdge = {
  __typename?: 'ActionLedgerEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The action ledger at this position. */
  node: ActionLedgerEntry;
};

/** One append-only fact: an action requested, an approval decided, an action executed, an approval lapsed. */
export type ActionLedgerEntry = {
  __typename?: 'ActionLedgerEntry';
  /** What kind of fact this is. */
  actionKind: ActionKind;
  /** `booking.status.cancel`, `booking.status.override`, … */
  actionName: Scalars['String']['output'];
  /** The approval involved; null when none. */
  approval: Maybe<ActionApproval>;
  /** The approval involved (`alap_…`); null when none. */
  approvalId: Maybe<Scalars['ID']['output']>;
  /** The entry this one follows from: decisions and executions point at their requested action. */
  causationActionId: Maybe<Scalars['ID']['output']>;
  /** SHA-256 of the command, the target's relevant state and the policy inputs. */
  fingerprint: Maybe<Scalars['String']['output']>;
  /** Unique id of this ledger entry, a TypeID starting `alge_`. */
  id: Scalars['ID']['output'];
  /** The Idempotency-Key the request carried; null when none. */
  idempotencyKey: Maybe<Scalars['String']['output']>;
  /** Principal and operation the idempotency key belongs to. */
  idempotencyScope: Maybe<Scalars['String']['output']>;
  /** Details as a JSON object (for a status change: `from`, `to`); null when none. */
  metadata: Maybe<Scalars['JSON']['output']>;
  /** When it happened (ISO 8601, UTC). */
  occurredAt: Scalars['DateTime']['output'];
  /** Who acted: the `sub` of the principal. */
  principalId: Scalars['ID']['output'];
  /** What kind of principal acted. */
  principalType: PrincipalType;
  /** Where the action stood as of this entry. */
  status: ActionLedgerStatus;
  /** The id of what the action is about (`book_…` for a booking). */
  targetId: Scalars['ID']['output'];
  /** What the action is about, e.g. `booking`. */
  targetType: Scalars['String']['output'];
};

/** Where a governed action stands, as of one ledger entry. */
export type ActionLedgerStatus =
  /** Approved; the requester may now execute it. */
  | 'approved'
  /** Asked for, waiting for a human decision. */
  | 'awaiting_approval'
  /** Refused. */
  | 'denied'
  /** The approval lapsed before it was decided or executed. */
  | 'expired'
  /** Executed and failed; nothing changed. */
  | 'failed'
  /** Asked for; no approval was needed. */
  | 'requested'
  /** Executed successfully. */
  | 'succeeded';

/** More capacity for an item of a booking that is DRAFT or ON_HOLD. */
export type AddBookingAllocationInput = {
  /** The item (`bkit_…`). */
  bookingItemId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of inventory. */
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** The slot, pickup point or resource. */
  targetId: Scalars['ID']['input'];
};

/** The booking with the new allocation, or why nothing was held. */
export type AddBookingAllocationResult = AllocationTargetNotFoundError | Booking | BookingNotEditableError | CapacityExhaustedError | HoldExpiredError | VersionConflictError;

/** An item to add to an existing booking. */
export type AddBookingItemInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The item. */
  item: BookingItemInput;
};

/** Item mutations answer with the booking, whose totals they change. */
export type AddBookingItemResult = Booking | BookingNotEditableError | CostCurrencyMismatchError | IdempotencyInFlightError | IdempotencyKeyReusedError | VersionConflictError;

/** A staff note to add. */
export type AddBookingNoteInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The note's text, 1–10000 characters. */
  content: Scalars['String']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** What `addBookingNote` answers: the changed booking, or why nothing changed. */
export type AddBookingNoteResult = Booking | VersionConflictError;

/** A supplier commitment to record on a booking. */
export type AddBookingSupplierStatusInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** What the supplier charges; not negative. */
  cost?: InputMaybe<MoneyInput>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Staff notes, up to 5000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Name of the service, 1–255 characters. */
  serviceName: Scalars['String']['input'];
  /** Where the supplier's answer stands already; default PENDING. CONFIRMED stamps `confirmedAt` now. */
  status?: InputMaybe<SupplierConfirmationStatus>;
  /** The supplier, as the supplier directory identifies it. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** The supplier's own reference, 1–255 characters. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  /** The supplier's service. */
  supplierServiceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `addBookingSupplierStatus` answers: the new commitment, or why nothing changed. */
export type AddBookingSupplierStatusResult = BookingSupplierStatus | SupplierStatusTransitionError | VersionConflictError;

/** A traveler to add to an existing booking. */
export type AddBookingTravelerInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The traveler. */
  traveler: BookingTravelerInput;
};

/** The booking with its new traveler, or why the traveler was not added. */
export type AddBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError | VersionConflictError;

/** How much of a target Bookings may sell, as declared by the inventory owner, and how much is taken. */
export type AllocationCapacity = {
  __typename?: 'AllocationCapacity';
  /** null: unlimited. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Held (hold not yet passed), confirmed and fulfilled allocations. */
  consumed: Scalars['Int']['output'];
  /** What kind of inventory this is. */
  kind: AllocationKind;
  /** The product option the target belongs to, when declared. */
  optionId: Maybe<Scalars['ID']['output']>;
  /** How far consumption exceeds a lowered capacity; 0 when it fits. */
  overCommitted: Scalars['Int']['output'];
  /** The product the target belongs to, when declared. */
  productId: Maybe<Scalars['ID']['output']>;
  /** capacity − consumed; null when unlimited. Negative only after capacity was lowered below what is consumed. */
  remaining: Maybe<Scalars['Int']['output']>;
  /** When the slot departs, when declared. */
  startsAt: Maybe<Scalars['DateTime']['output']>;
  /** The slot, pickup point or resource, as the inventory owner identifies it. */
  targetId: Scalars['ID']['output'];
  /** True when no limit is declared (`capacity` is null). */
  unlimited: Scalars['Boolean']['output'];
  /** When capacity or consumption last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** What kind of inventory an allocation draws on. */
export type AllocationKind =
  /** A pickup point's places. */
  | 'pickup'
  /** A resource's units (a guide, a vehicle, equipment). */
  | 'resource'
  /** A departure or time slot's seats. */
  | 'slot';

/** Capacity an item should hold. */
export type AllocationRequestInput = {
  /** What kind of inventory. */
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** The slot, pickup point or resource; capacity must have been declared for it. */
  targetId: Scalars['ID']['input'];
};

/** Where an allocation is in its lifecycle. HELD, CONFIRMED and FULFILLED consume capacity; the others gave it back. */
export type AllocationStatus =
  /** The booking was cancelled. Terminal. */
  | 'cancelled'
  /** Taken for good. Next: FULFILLED, CANCELLED, RELEASED. */
  | 'confirmed'
  /** The hold lapsed. Terminal. */
  | 'expired'
  /** Used. Terminal. */
  | 'fulfilled'
  /** Held until the booking's hold lapses. Next: CONFIRMED, RELEASED, EXPIRED, CANCELLED. */
  | 'held'
  /** Given back on purpose. Terminal. */
  | 'released';

/** The capacity a CATALOG_BACKED line holds. */
export type AllocationTargetInput = {
  /** What kind of inventory. */
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** The slot, pickup point or resource; capacity must have been declared for it. */
  targetId: Scalars['ID']['input'];
};

/** No capacity was declared for the target (code `ALLOCATION_TARGET_NOT_FOUND`). Nothing was held. */
export type AllocationTargetNotFoundError = BookingError & {
  __typename?: 'AllocationTargetNotFoundError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** What kind of inventory was asked for. */
  kind: AllocationKind;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The unknown target. */
  targetId: Scalars['ID']['output'];
};

/** The allocation cannot make this move from its status (code `INVALID_ALLOCATION_TRANSITION`). Nothing changed. */
export type AllocationTransitionError = BookingError & {
  __typename?: 'AllocationTransitionError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The allocation's status, which did not change. */
  from: AllocationStatus;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The status that was asked for. */
  to: AllocationStatus;
};

/** The fulfillment was already redeemed; each is redeemed at most once (code `ALREADY_REDEEMED`). Nothing changed. */
export type AlreadyRedeemedError = BookingError & {
  __typename?: 'AlreadyRedeemedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** When it was redeemed. */
  redeemedAt: Scalars['DateTime']['output'];
  /** The existing redemption (`bkrd_…`). */
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

/** Why one answer was refused. */
export type AnswerProblem = {
  __typename?: 'AnswerProblem';
  /** What is wrong, without the value. */
  message: Scalars['String']['output'];
  /** The input path of the answer (`input.answers.2.value`). */
  path: Scalars['String']['output'];
  /** The question the answer was for. */
  questionId: Scalars['ID']['output'];
  /** The kind of problem. */
  reason: AnswerProblemReason;
};

/** Why one answer was refused. */
export type AnswerProblemReason =
  /** The value does not fit the question's field type. */
  | 'invalid_value'
  /** The question does not apply to this booking. */
  | 'not_applicable'
  /** A select value is not one of the question's options. */
  | 'unknown_option'
  /** The answer names the wrong kind of target, or a traveler or line the question is not asked of. */
  | 'wrong_target';

/** Some answers were refused (code `ANSWER_VALIDATION_FAILED`); `problems` lists each. Nothing was written. */
export type AnswerValidationError = BookingError & {
  __typename?: 'AnswerValidationError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** Every refused answer. */
  problems: Array<AnswerProblem>;
};

/** Someone already decided this approval (code `APPROVAL_ALREADY_DECIDED`). Nothing changed. */
export type ApprovalAlreadyDecidedError = BookingError & {
  __typename?: 'ApprovalAlreadyDecidedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The decision already taken. */
  status: ActionApprovalStatus;
};

/**
 * The approved action already ran once (code `APPROVAL_ALREADY_EXECUTED`); an approval is used at most once.
 * Nothing changed.
 */
export type ApprovalAlreadyExecutedError = BookingError & {
  __typename?: 'ApprovalAlreadyExecutedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The ledger entry of that execution. */
  executionActionId: Scalars['ID']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** A decision on an approval. */
export type ApprovalDecision =
  /** Allow the action. */
  | 'approved'
  /** Refuse the action. */
  | 'denied';

/** The approval's deadline passed (code `APPROVAL_EXPIRED`). Request the action again. Nothing changed. */
export type ApprovalExpiredError = BookingError & {
  __typename?: 'ApprovalExpiredError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** When the approval lapsed. */
  expiresAt: Scalars['DateTime']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** The approval given is for another action or target (code `APPROVAL_MISMATCH`). Nothing changed. */
export type ApprovalMismatchError = BookingError & {
  __typename?: 'ApprovalMismatchError';
  /** The action the approval is for. */
  approvalActionName: Scalars['String']['output'];
  /** The target the approval is for. */
  approvalTargetId: Scalars['ID']['output'];
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** The approval given is not APPROVED (code `APPROVAL_NOT_APPROVED`). Nothing changed. */
export type ApprovalNotApprovedError = BookingError & {
  __typename?: 'ApprovalNotApprovedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The approval's current status. */
  status: ActionApprovalStatus;
};

/** The action needs approval: nothing changed yet. Repeat the mutation with `approvalId` once it is approved. */
export type ApprovalRequired = BookingError & {
  __typename?: 'ApprovalRequired';
  /** The approval to wait for; poll it or be told out of band. */
  approval: ActionApproval;
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** True when an earlier identical request (same idempotency key) filed this approval. */
  replayed: Scalars['Boolean']['output'];
  /** The ledger entry that records the request. */
  requestedAction: ActionLedgerEntry;
};

/** A departure slot, owned by the inventory subgraph; Bookings contributes what is held on it. */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  /** Allocations on this slot in creation order, whatever their status. */
  allocations: BookingAllocationConnection;
  /** The slot's id, owned by the inventory subgraph. */
  id: Scalars['ID']['output'];
  /** Seats left for new reservations; null when no capacity is declared here or it is unlimited. */
  remainingCapacity: Maybe<Scalars['Int']['output']>;
};


/** A departure slot, owned by the inventory subgraph; Bookings contributes what is held on it. */
export type AvailabilitySlotAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The traveler's bed preference, passed on to accommodation suppliers. */
export type BedPreference =
  /** One double bed. */
  | 'double'
  /** No preference. */
  | 'no_preference'
  /** A single bed. */
  | 'single'
  /** Two separate beds. */
  | 'twin';

/**
 * The operational record of one travel sale: who bought what, for whom, where it came from and where it is in
 * its lifecycle. Federated entity, keyed by `id` or by `bookingNumber`.
 */
export type Booking = {
  __typename?: 'Booking';
  /** Every governed action on this booking, newest first. */
  actionLedger: ActionLedgerConnection;
  /** The booking's activity log (every change, who made it and when), newest first. */
  activity: BookingActivityConnection;
  /** The capacity this booking holds or took, per item and target. */
  allocations: Array<BookingAllocation>;
  /** The statuses the state machine allows next; the admin override is not reflected here. */
  allowedTransitions: Array<BookingStatus>;
  /** Every answer stored on the booking, also to questions that no longer apply or exist, oldest first. */
  answers: Array<BookingAnswer>;
  /** When the booking entered AWAITING_PAYMENT; null if never. */
  awaitingPaymentAt: Maybe<Scalars['DateTime']['output']>;
  /** Human-facing reference, unique (`BK-2612-338497`: `BK-YYMM-NNNNNN` when generated). Safe to show to the buyer. */
  bookingNumber: Scalars['String']['output'];
  /** When the booking was cancelled; null unless CANCELLED. */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Language to write to the buyer in, a BCP 47 tag (`en`, `de-CH`); null when not given. */
  communicationLanguage: Maybe<Scalars['String']['output']>;
  /** When the booking was completed; null unless COMPLETED. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the booking was last confirmed; null if never. */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The buyer's contact details as snapshotted onto the booking; they do not follow later changes to the person. */
  contact: BookingContact;
  /** What the items cost, rolled up like sellAmount from the items that count (not cancelled or expired) and carry a cost, in the one currency they share; null when no such item has a cost. */
  costAmount: Maybe<Money>;
  /** When this booking was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of travel; null when not known. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** When the booking expired; null unless EXPIRED. */
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  /** The booking's reference in an external system (an OTA or partner), as given; null when none. */
  externalBookingRef: Maybe<Scalars['String']['output']>;
  /** Vouchers, tickets and documents issued for this booking, oldest first. */
  fulfillments: Array<BookingFulfillment>;
  /** When the current hold lapses; set only while ON_HOLD, null otherwise. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Unique id of this booking, a TypeID starting `book_`. */
  id: Scalars['ID']['output'];
  /** Staff-only notes; never show them to the buyer. Null when none. */
  internalNotes: Maybe<Scalars['String']['output']>;
  /** The priced items, in the order they were added. */
  items: Array<BookingItem>;
  /** Staff notes, oldest first. */
  notes: Array<BookingNote>;
  /** The buyer when it is an organization. */
  organization: Maybe<Organization>;
  /**
   * The buying organization (relationships subgraph, `org_…`); null when the buyer is a person or unknown.
   * `organization` resolves it.
   */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** What the booking was made from (a quote version, a catalog answer, a provider order…); null when not recorded. */
  origin: Maybe<BookingOrigin>;
  /** When payment was recorded: set when a booking is confirmed out of AWAITING_PAYMENT; null otherwise. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** Number of travelers on the booking. */
  pax: Scalars['Int']['output'];
  /** The buyer when it is a person. */
  person: Maybe<Person>;
  /**
   * The buying person (relationships subgraph, `pers_…`); null when the buyer is an organization or unknown.
   * `person` resolves it.
   */
  personId: Maybe<Scalars['ID']['output']>;
  /** When the first of its fulfillments was redeemed; null until then. */
  redeemedAt: Maybe<Scalars['DateTime']['output']>;
  /** Uses of this booking's fulfillments, oldest first. */
  redemptions: Array<BookingRedemption>;
  /** The booking's refunds, oldest first. */
  refunds: Array<BookingRefund>;
  /** What the booking's options ask for (questions and fields), and what is missing. Needs the catalog. */
  requirements: BookingRequirements;
  /** What the buyer pays: the sum of the items' total sell amounts, in `sellCurrency`. Recomputed whenever items change. */
  sellAmount: Money;
  /** ISO 4217 currency every sell amount of this booking is in (`EUR`). */
  sellCurrency: Scalars['String']['output'];
  /** The sales channel the booking came through. */
  sourceType: BookingSourceType;
  /** First day of travel; null when not known. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Current lifecycle status. */
  status: BookingStatus;
  /** The storefront session view of this booking; null when it was not started from a storefront. Needs bookings:read. */
  storefrontSession: Maybe<StorefrontSession>;
  /** Where the booking's supplier commitments stand together (see `BookingSupplierConfirmation`). */
  supplierConfirmation: BookingSupplierConfirmation;
  /** Supplier confirmations of the services on this booking, oldest first. */
  supplierStatuses: Array<BookingSupplierStatus>;
  /** The travelers, in the order they were added. */
  travelers: Array<BookingTraveler>;
  /** When this booking last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency token: pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/**
 * The operational record of one travel sale: who bought what, for whom, where it came from and where it is in
 * its lifecycle. Federated entity, keyed by `id` or by `bookingNumber`.
 */
export type BookingActionLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The operational record of one travel sale: who bought what, for whom, where it came from and where it is in
 * its lifecycle. Federated entity, keyed by `id` or by `bookingNumber`.
 */
export type BookingActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One entry of a booking's activity log: what changed, who changed it and when. Descriptions never hold personal data. */
export type BookingActivity = {
  __typename?: 'BookingActivity';
  /** Who did it: the `sub` of the acting principal. */
  actorId: Scalars['ID']['output'];
  /** What kind of principal did it. */
  actorType: PrincipalType;
  /** When it happened (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Human-readable summary in English, free of personal data. */
  description: Scalars['String']['output'];
  /** Unique id of this booking activity, a TypeID starting `bkal_`. */
  id: Scalars['ID']['output'];
  /** Details as a JSON object (for a status change: `from`, `to`, `reason`); null when none. */
  metadata: Maybe<Scalars['JSON']['output']>;
  /**
   * What happened, in snake_case (`booking_created`, `status_changed`, `status_overridden`, `item_added`,
   * `traveler_update`…). New types may appear.
   */
  type: Scalars['String']['output'];
};

/** A page of a booking's activity log, newest first. */
export type BookingActivityConnection = {
  __typename?: 'BookingActivityConnection';
  /** This page of booking activity entries, in the list's order. */
  edges: Array<BookingActivityEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of booking activity entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One activity entry in a page, with its cursor. */
export type BookingActivityEdge = {
  __typename?: 'BookingActivityEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The booking activity at this position. */
  node: BookingActivity;
};

/** A quantity of one capacity target held, then confirmed, for one booking item. */
export type BookingAllocation = {
  __typename?: 'BookingAllocation';
  /** The booking it is for. */
  booking: Booking;
  /** When it was confirmed; null if never. */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** When this booking allocation was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** When the hold lapses, while HELD; null otherwise. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Unique id of this allocation, a TypeID starting `bkac_`. */
  id: Scalars['ID']['output'];
  /** The item it is for. */
  item: BookingItem;
  /** What kind of inventory it draws on. */
  kind: AllocationKind;
  /** How many units it takes, at least 1. */
  quantity: Scalars['Int']['output'];
  /** When capacity was given back: released, expired or cancelled. */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** The slot this allocation holds, for SLOT allocations. */
  slot: Maybe<AvailabilitySlot>;
  /** Where it is in its lifecycle. */
  status: AllocationStatus;
  /** The slot, pickup point or resource it draws on. */
  targetId: Scalars['ID']['output'];
  /** When this booking allocation last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of allocations. */
export type BookingAllocationConnection = {
  __typename?: 'BookingAllocationConnection';
  /** This page of booking allocation entries, in the list's order. */
  edges: Array<BookingAllocationEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of booking allocation entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One allocation in a page, with its cursor. */
export type BookingAllocationEdge = {
  __typename?: 'BookingAllocationEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The booking allocation at this position. */
  node: BookingAllocation;
};

/** A customer's answer to one booking question. */
export type BookingAnswer = {
  __typename?: 'BookingAnswer';
  /** When it was last given. */
  answeredAt: Scalars['DateTime']['output'];
  /** The line the answer is about; null for a booking or traveler answer. */
  bookingItem: Maybe<BookingItem>;
  /** Unique id, a TypeID starting `bqan_`. */
  id: Scalars['ID']['output'];
  /** The question, as it was when answered. */
  question: BookingQuestionSnapshot;
  /** The traveler the answer is about; null for a booking or line answer. */
  traveler: Maybe<BookingTraveler>;
  /** The answer, as its field type takes it. Personal data: masked (`***`) without bookings-pii:read. */
  value: Maybe<Scalars['JSON']['output']>;
};

/** One answer to set; a null value clears the answer. */
export type BookingAnswerInput = {
  /** The line, for EXTRA and SERVICE questions. */
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  /** The catalog's id of the question. */
  questionId: Scalars['ID']['input'];
  /** The traveler, for TRAVELER and LEAD_TRAVELER questions. */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
  /** The answer as its field type takes it; null clears it. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** A page of bookings. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  /** This page of booking entries, in the list's order. */
  edges: Array<BookingEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of booking entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** The buyer as snapshotted onto the booking. */
export type BookingContact = {
  __typename?: 'BookingContact';
  /** First line of the buyer's address. Personal data: masked (`***`) without bookings-pii:read. */
  addressLine1: Maybe<Scalars['String']['output']>;
  /** Second line of the buyer's address. Personal data: masked (`***`) without bookings-pii:read. */
  addressLine2: Maybe<Scalars['String']['output']>;
  /** Buyer's city; null when not given. */
  city: Maybe<Scalars['String']['output']>;
  /** Buyer's country, ISO 3166-1 alpha-2 (`RO`); null when not given. */
  country: Maybe<Scalars['String']['output']>;
  /** Buyer's email address. Personal data: masked (`a***e@example.com`) without bookings-pii:read. Null when not given. */
  email: Maybe<Scalars['String']['output']>;
  /** Buyer's first name. Personal data: masked (`***`) without bookings-pii:read. Null when not given. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Buyer's last name. Personal data: masked (`***`) without bookings-pii:read. Null when not given. */
  lastName: Maybe<Scalars['String']['output']>;
  /** Whether the buyer is a person or a company; null when not given. */
  partyType: Maybe<PartyType>;
  /**
   * Buyer's phone number as entered. Personal data: masked to its last four digits (`***5678`) without
   * bookings-pii:read. Null when not given.
   */
  phone: Maybe<Scalars['String']['output']>;
  /** Buyer's postal code. Personal data: masked (`***`) without bookings-pii:read. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** Buyer's preferred language, a BCP 47 tag (`en`, `pt-BR`); null when not given. */
  preferredLanguage: Maybe<Scalars['String']['output']>;
  /** Buyer's region, state or county; null when not given. */
  region: Maybe<Scalars['String']['output']>;
  /** Buyer's tax or VAT number. Personal data: masked (`***`) without bookings-pii:read. Null when not given. */
  taxId: Maybe<Scalars['String']['output']>;
};

/** The buyer's contact details. Every field is optional; an update replaces the whole contact. */
export type BookingContactInput = {
  /** Address line 1, up to 200 characters. */
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** Address line 2, up to 200 characters. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** City, up to 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, upper case (`RO`). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name, 1–100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name, 1–100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Person or company. */
  partyType?: InputMaybe<PartyType>;
  /** Phone number: digits, spaces, `+ ( ) . -`, 4–32 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code, up to 20 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag (`en`, `pt-BR`). */
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Region, state or county, up to 100 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Tax or VAT number, up to 50 characters. */
  taxId?: InputMaybe<Scalars['String']['input']>;
};

/** One booking in a page, with its cursor. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The booking at this position. */
  node: Booking;
};

/** An expected business outcome that is not a success. */
export type BookingError = {
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** Narrows a list of bookings; every field given must match (AND). Omit a field to not filter on it. */
export type BookingFilter = {
  /** Only bookings created at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only bookings created at or before this instant. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only bookings bought by this organization (`org_…`). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bookings bought by this person (`pers_…`). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Part of the booking number or external ref (case-insensitive); for callers who may read personal data also a
   * whole contact first, last or full name, email or phone, or a traveler's name (case and spacing ignored, phones
   * compared by their digits). Parts of personal data never match.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only bookings from this sales channel. */
  sourceType?: InputMaybe<BookingSourceType>;
  /** Only bookings starting on or after this day. */
  startDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only bookings starting on or before this day. */
  startDateTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only bookings in one of these statuses. */
  status?: InputMaybe<Array<BookingStatus>>;
};

/** A voucher, ticket or document issued for a booking, delivered over exactly one channel. */
export type BookingFulfillment = {
  __typename?: 'BookingFulfillment';
  /** Where the artifact can be fetched; null when not downloadable or not produced yet. */
  artifactUrl: Maybe<Scalars['String']['output']>;
  /** The booking it was issued for. */
  booking: Booking;
  /** When this booking fulfillment was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** How it reaches the traveler. */
  deliveryChannel: FulfillmentChannel;
  /** Unique id of this fulfillment, a TypeID starting `bkfl_`. */
  id: Scalars['ID']['output'];
  /** When it was (last) issued; null while PENDING or FAILED. */
  issuedAt: Maybe<Scalars['DateTime']['output']>;
  /** The item it covers; null when it covers the whole booking. */
  item: Maybe<BookingItem>;
  /** The artifact's data as JSON (for example a barcode value); null when none. */
  payload: Maybe<Scalars['JSON']['output']>;
  /** Its redemption; null until redeemed. */
  redemption: Maybe<BookingRedemption>;
  /** When it was revoked; null unless REVOKED. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its lifecycle. */
  status: FulfillmentStatus;
  /** The traveler it is for; null when not personal. */
  traveler: Maybe<BookingTraveler>;
  /** What kind of artifact it is. */
  type: FulfillmentType;
  /** When this booking fulfillment last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** When the fulfillment was voided because its item or booking was cancelled. */
  voidedAt: Maybe<Scalars['DateTime']['output']>;
};

/** One priced line of a booking: a product unit, a service, a fee, a discount… Federated entity, keyed by `id`. */
export type BookingItem = {
  __typename?: 'BookingItem';
  /** The capacity this item holds or took. */
  allocations: Array<BookingAllocation>;
  /** The booking this item belongs to. */
  booking: Booking;
  /** When this booking item was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Longer description; null when none. */
  description: Maybe<Scalars['String']['output']>;
  /** When the service ends; null when not known. */
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** Unique id of this booking item, a TypeID starting `bkit_`. */
  id: Scalars['ID']['output'];
  /** What the line sells or adjusts. */
  itemType: BookingItemType;
  /** Free-form JSON object the seller attached; null when none. */
  metadata: Maybe<Scalars['JSON']['output']>;
  /** The product option sold (a tour variant, a room type); null when none. */
  optionId: Maybe<Scalars['ID']['output']>;
  /** The option's name at booking time; null when none. */
  optionName: Maybe<Scalars['String']['output']>;
  /** The catalog product sold, as the catalog identifies it; null for free-form lines. */
  productId: Maybe<Scalars['ID']['output']>;
  /** The product's name at booking time; null when none. */
  productName: Maybe<Scalars['String']['output']>;
  /** How many units, at least 1. */
  quantity: Scalars['Int']['output'];
  /** The day the service is delivered; null when not tied to a day. */
  serviceDate: Maybe<Scalars['Date']['output']>;
  /** The departure or time slot this item is for; null when not slot-based. */
  slotId: Maybe<Scalars['ID']['output']>;
  /** When the service starts; null when not known. */
  startsAt: Maybe<Scalars['DateTime']['output']>;
  /** The item's own lifecycle status. */
  status: BookingItemStatus;
  /** What the buyer sees for this line (`Danube delta tour`). */
  title: Scalars['String']['output'];
  /** `unitCostAmount` × `quantity`; null when the unit cost is not known. */
  totalCostAmount: Maybe<Money>;
  /** `unitSellAmount` × `quantity`. */
  totalSellAmount: Money;
  /** The travelers this item serves, each with a role. */
  travelers: Array<BookingItemTravelerLink>;
  /** Cost of one unit to supply; null when not known. */
  unitCostAmount: Maybe<Money>;
  /** The unit or fare sold (adult seat, child seat); null when none. */
  unitId: Maybe<Scalars['ID']['output']>;
  /** The unit's name at booking time; null when none. */
  unitName: Maybe<Scalars['String']['output']>;
  /** Price of one unit to the buyer, in the booking's sell currency. */
  unitSellAmount: Money;
  /** When this booking item last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A priced line to add to a booking. */
export type BookingItemInput = {
  /** Longer description, up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the service ends; not before `startsAt`. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the line sells or adjusts; defaults to UNIT. */
  itemType?: InputMaybe<BookingItemType>;
  /** Any JSON object to keep with the item. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The product option (a tour variant, a room type). */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option's name, kept as it is now. */
  optionName?: InputMaybe<Scalars['String']['input']>;
  /** The catalog product, as the catalog identifies it (1–255 characters). */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The product's name, kept as it is now. */
  productName?: InputMaybe<Scalars['String']['input']>;
  /** How many units, 1–10000; defaults to 1. */
  quantity?: Scalars['Int']['input'];
  /** The day the service is delivered. */
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The departure or time slot the item is for. */
  slotId?: InputMaybe<Scalars['ID']['input']>;
  /** When the service starts. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the buyer sees for this line, 1–255 characters. */
  title: Scalars['String']['input'];
  /** Cost of one unit to supply, when known. */
  unitCostAmount?: InputMaybe<MoneyInput>;
  /** The unit or fare (adult seat, child seat). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit's name, kept as it is now. */
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

/** Where a booking item is in its own lifecycle, which follows the booking's. */
export type BookingItemStatus =
  /** Called off. Terminal. */
  | 'cancelled'
  /** Sold. Next: FULFILLED, CANCELLED. */
  | 'confirmed'
  /** Not held or confirmed yet. Next: ON_HOLD, CONFIRMED, CANCELLED. */
  | 'draft'
  /** Its hold passed. Terminal. */
  | 'expired'
  /** Delivered or redeemed. Terminal. */
  | 'fulfilled'
  /** Its capacity is held. Next: CONFIRMED, EXPIRED, CANCELLED. */
  | 'on_hold';

/** A traveler served by an item, in a role. */
export type BookingItemTravelerLink = {
  __typename?: 'BookingItemTravelerLink';
  /** Unique id of this link, a TypeID starting `bkip_`. */
  id: Scalars['ID']['output'];
  /** The item. */
  item: BookingItem;
  /** The part the traveler plays on the item. */
  role: ItemTravelerRole;
  /** The traveler. */
  traveler: BookingTraveler;
};

/** What a booking item sells or adjusts. DISCOUNT and ADJUSTMENT items may carry negative amounts; the others may not. */
export type BookingItemType =
  /** A stay, such as hotel nights. */
  | 'accommodation'
  /** A manual correction of the total; its amounts may be negative. */
  | 'adjustment'
  /** A reduction; its amounts may be negative. */
  | 'discount'
  /** An add-on to another item, such as equipment hire. */
  | 'extra'
  /** A fee, such as a booking or service fee. */
  | 'fee'
  /** Anything else. */
  | 'other'
  /** A service, such as a transfer or a guide. */
  | 'service'
  /** A tax line. */
  | 'tax'
  /** Transport, such as a flight, train or bus leg. */
  | 'transport'
  /** A unit of a product, such as a tour seat or a ticket. The default. */
  | 'unit';

/**
 * The booking's status no longer allows this change (code `BOOKING_NOT_EDITABLE`), for example editing a
 * cancelled or completed booking. Nothing changed.
 */
export type BookingNotEditableError = BookingError & {
  __typename?: 'BookingNotEditableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The booking's current status. */
  status: BookingStatus;
};

/**
 * The booking's status does not allow issuing or using fulfillments (code `BOOKING_NOT_FULFILLABLE`); it must be
 * CONFIRMED or IN_PROGRESS. Nothing changed.
 */
export type BookingNotFulfillableError = BookingError & {
  __typename?: 'BookingNotFulfillableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The booking's current status. */
  status: BookingStatus;
};

/** The booking is not ON_HOLD, so its hold cannot be extended (code `BOOKING_NOT_ON_HOLD`). Nothing changed. */
export type BookingNotOnHoldError = BookingError & {
  __typename?: 'BookingNotOnHoldError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The booking's current status. */
  status: BookingStatus;
};

/** A staff note on a booking. Never shown to the buyer. */
export type BookingNote = {
  __typename?: 'BookingNote';
  /** The principal (`sub` of the token) that wrote the note. */
  authorId: Scalars['ID']['output'];
  /** The note's text, 1–10000 characters. */
  content: Scalars['String']['output'];
  /** When this booking note was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Unique id of this booking note, a TypeID starting `bnot_`. */
  id: Scalars['ID']['output'];
  /** When this booking note last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Another booking already has this booking number (code `BOOKING_NUMBER_TAKEN`). Nothing was created. */
export type BookingNumberTakenError = BookingError & {
  __typename?: 'BookingNumberTakenError';
  /** The booking number that is taken. */
  bookingNumber: Scalars['String']['output'];
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** How a list of bookings is sorted. */
export type BookingOrder = {
  /** Which way; defaults to DESC (newest first). */
  direction?: SortDirection;
  /** What to sort by; defaults to CREATED_AT. */
  field?: BookingOrderField;
};

/** What a list of bookings is sorted by. Ties are broken by id, so the order is stable. */
export type BookingOrderField =
  /** The booking number, as text. */
  | 'booking_number'
  /** When the booking was created. */
  | 'created_at'
  /** The booking's total sell amount in minor units (currencies are not converted). */
  | 'sell_amount'
  /** The booking's start date; bookings without one sort last ascending, first descending. */
  | 'start_date';

/** Provenance: the record a booking was made from. Which ids are set depends on `originSource`; the others are null. */
export type BookingOrigin = {
  __typename?: 'BookingOrigin';
  /** The catalog price and availability answer; set for CATALOG_PRICE_AVAILABILITY. */
  catalogPriceResponseId: Maybe<Scalars['ID']['output']>;
  /** The catalog snapshot; set for CATALOG_SNAPSHOT. */
  catalogSnapshotId: Maybe<Scalars['ID']['output']>;
  /** When the origin was first recorded (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The legacy system's offer id; set for LEGACY_TRANSACTION. */
  legacyTransactionOfferId: Maybe<Scalars['ID']['output']>;
  /** The legacy system's order id; set for LEGACY_TRANSACTION. */
  legacyTransactionOrderId: Maybe<Scalars['ID']['output']>;
  /** Free-form JSON object about the origin; null when none. */
  metadata: Maybe<Scalars['JSON']['output']>;
  /** What kind of record the booking was made from. */
  originSource: OriginSource;
  /** The provider's order reference; set for PROVIDER_SOURCE_ORDER. */
  providerOrderRef: Maybe<Scalars['String']['output']>;
  /** The connection to the provider the order went through; set for PROVIDER_SOURCE_ORDER. */
  providerSourceConnectionId: Maybe<Scalars['ID']['output']>;
  /** Kind of external provider (for example `gds`, `channel_manager`); set for PROVIDER_SOURCE_ORDER. */
  providerSourceKind: Maybe<Scalars['String']['output']>;
  /** Name of the external provider; set for PROVIDER_SOURCE_ORDER. */
  providerSourceProvider: Maybe<Scalars['String']['output']>;
  /** The provider's reference of the source record; set for PROVIDER_SOURCE_ORDER. */
  providerSourceRef: Maybe<Scalars['String']['output']>;
  /** The quote (quotes subgraph, `quot_…`); set for ACCEPTED_QUOTE_VERSION. */
  quoteId: Maybe<Scalars['ID']['output']>;
  /** The accepted quote version the booking was made from, when originSource is ACCEPTED_QUOTE_VERSION. */
  quoteVersion: Maybe<QuoteVersion>;
  /** The accepted quote version (quotes subgraph, `qver_…`); set for ACCEPTED_QUOTE_VERSION. */
  quoteVersionId: Maybe<Scalars['ID']['output']>;
  /** The reservation plan that produced the booking, when one did; null otherwise. */
  reservationPlanId: Maybe<Scalars['ID']['output']>;
  /** The trip snapshot the booking was priced from, when the sale went through a trip planner; null otherwise. */
  tripSnapshotId: Maybe<Scalars['ID']['output']>;
  /** When the origin last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a booking came from. Give `originSource` and the ids that go with it (see `OriginSource`). */
export type BookingOriginInput = {
  /** The catalog price and availability answer, for CATALOG_PRICE_AVAILABILITY. */
  catalogPriceResponseId?: InputMaybe<Scalars['ID']['input']>;
  /** The catalog snapshot, for CATALOG_SNAPSHOT. */
  catalogSnapshotId?: InputMaybe<Scalars['ID']['input']>;
  /** The legacy system's offer id, for LEGACY_TRANSACTION. */
  legacyTransactionOfferId?: InputMaybe<Scalars['ID']['input']>;
  /** The legacy system's order id, for LEGACY_TRANSACTION. */
  legacyTransactionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Any JSON object to keep with the origin. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** What kind of record the booking is made from. */
  originSource: OriginSource;
  /** The provider's order reference, for PROVIDER_SOURCE_ORDER. */
  providerOrderRef?: InputMaybe<Scalars['String']['input']>;
  /** The provider connection the order went through, for PROVIDER_SOURCE_ORDER. */
  providerSourceConnectionId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of external provider, for PROVIDER_SOURCE_ORDER. */
  providerSourceKind?: InputMaybe<Scalars['String']['input']>;
  /** Name of the external provider, for PROVIDER_SOURCE_ORDER. */
  providerSourceProvider?: InputMaybe<Scalars['String']['input']>;
  /** The provider's reference of the source record, for PROVIDER_SOURCE_ORDER. */
  providerSourceRef?: InputMaybe<Scalars['String']['input']>;
  /** The quote (`quot_…`); required with `quoteVersionId` for ACCEPTED_QUOTE_VERSION. */
  quoteId?: InputMaybe<Scalars['ID']['input']>;
  /** The accepted quote version (`qver_…`); required for ACCEPTED_QUOTE_VERSION. */
  quoteVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** The reservation plan that produced the booking. */
  reservationPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** The trip snapshot the booking was priced from. */
  tripSnapshotId?: InputMaybe<Scalars['ID']['input']>;
};

/** One access to personal data. Never holds PII values: field names only. */
export type BookingPiiAuditEvent = {
  __typename?: 'BookingPiiAuditEvent';
  /** What was done to personal data. */
  action: PiiAuditAction;
  /** Who acted: the `sub` of the principal. */
  actorId: Scalars['ID']['output'];
  /** When it happened (ISO 8601, UTC). */
  at: Scalars['DateTime']['output'];
  /** The booking concerned; null when the traveler was unknown. */
  bookingId: Maybe<Scalars['ID']['output']>;
  /** Field names (travel-details fields, or schema coordinates such as BookingContact.email for REVEAL). */
  fields: Array<Scalars['String']['output']>;
  /** Unique id of this audit event, a TypeID starting `bkpa_`. */
  id: Scalars['ID']['output'];
  /** Whether it happened or was refused. */
  outcome: PiiAuditOutcome;
  /** What kind of principal acted. */
  principalType: PrincipalType;
  /**
   * Why it was allowed or refused, a stable phrase (`missing scope bookings-pii:read`, `data key from cache`,
   * `reveal scope`…).
   */
  reason: Maybe<Scalars['String']['output']>;
  /** The request it happened in (`x-request-id`); null outside a request. */
  requestId: Maybe<Scalars['String']['output']>;
  /** The traveler concerned; null for booking-contact reveals. */
  travelerId: Maybe<Scalars['ID']['output']>;
};

/** A page of the PII audit log, newest first. */
export type BookingPiiAuditEventConnection = {
  __typename?: 'BookingPiiAuditEventConnection';
  /** This page of booking pii audit event entries, in the list's order. */
  edges: Array<BookingPiiAuditEventEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of booking pii audit event entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One audit event in a page, with its cursor. */
export type BookingPiiAuditEventEdge = {
  __typename?: 'BookingPiiAuditEventEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The booking pii audit event at this position. */
  node: BookingPiiAuditEvent;
};

/** Kinds of answer a booking question takes. */
export type BookingQuestionFieldType =
  /** true or false. */
  | 'boolean'
  /** An ISO 3166-1 alpha-2 country code (`AT`). */
  | 'country'
  /** A calendar day, `YYYY-MM-DD`. */
  | 'date'
  /** An email address. */
  | 'email'
  /** A file, as an http(s) URL. */
  | 'file'
  /** A list of distinct option values. */
  | 'multi_select'
  /** A number. */
  | 'number'
  /** A phone number. */
  | 'phone'
  /** One of the question's option values. */
  | 'select'
  /** One line of text, at most 5000 characters. */
  | 'text'
  /** Several lines of text, at most 5000 characters. */
  | 'textarea';

/** One allowed value of a select question. */
export type BookingQuestionOption = {
  __typename?: 'BookingQuestionOption';
  /** What the buyer sees. */
  label: Scalars['String']['output'];
  /** The value an answer stores. */
  value: Scalars['String']['output'];
};

/** A question as it was when answered: it still reads after the catalog deletes the question. */
export type BookingQuestionSnapshot = {
  __typename?: 'BookingQuestionSnapshot';
  /** The kind of answer it took. */
  fieldType: BookingQuestionFieldType;
  /** What the buyer was asked. */
  label: Scalars['String']['output'];
  /** Its select options at the time. */
  options: Array<BookingQuestionOption>;
  /** The catalog's id of the question. */
  questionId: Scalars['ID']['output'];
  /** Who or what it was about. */
  target: BookingQuestionTarget;
};

/** Who or what an answer is about. */
export type BookingQuestionTarget =
  /** The person booking: one answer. */
  | 'booker'
  /** The booking as a whole: one answer. */
  | 'booking'
  /** Each extra line: one answer per matching item. */
  | 'extra'
  /** The primary traveler: one answer. */
  | 'lead_traveler'
  /** Each service line: one answer per matching item. */
  | 'service'
  /** Each traveler: one answer per traveler. */
  | 'traveler';

/** A fulfillment used at the point of service; each fulfillment is redeemed at most once. */
export type BookingRedemption = {
  __typename?: 'BookingRedemption';
  /** The booking. */
  booking: Booking;
  /** When it was recorded (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The fulfillment that was redeemed. */
  fulfillment: BookingFulfillment;
  /** Unique id of this redemption, a TypeID starting `bkrd_`. */
  id: Scalars['ID']['output'];
  /** The item used; null when the fulfillment covers the whole booking. */
  item: Maybe<BookingItem>;
  /** Where, as free text; null when not given. */
  location: Maybe<Scalars['String']['output']>;
  /** How it was redeemed. */
  method: RedemptionMethod;
  /** When it was used (ISO 8601, UTC). */
  redeemedAt: Scalars['DateTime']['output'];
  /** The traveler who used it; null when not personal. */
  traveler: Maybe<BookingTraveler>;
};

/** A refund of a booking. */
export type BookingRefund = {
  __typename?: 'BookingRefund';
  /** What is credited back. */
  amount: Money;
  /** The booking refunded. */
  booking: Booking;
  /** When it was claimed. */
  createdAt: Scalars['DateTime']['output'];
  /** The finance credit note; null when the amount is 0 or none was created. */
  creditNoteId: Maybe<Scalars['ID']['output']>;
  /** Why it failed. */
  failure: Maybe<SagaFailure>;
  /** The refund's saga (`bksg_…`). */
  id: Scalars['ID']['output'];
  /** The booking's status when the refund claimed it. */
  previousStatus: BookingStatus;
  /** Why, as the caller gave it; masked (***) for callers without bookings-pii:read. */
  reason: Scalars['String']['output'];
  /** What was refundable when it was claimed. */
  refundable: Money;
  /** Where the refund is. */
  status: RefundStatus;
  /** Its steps: claim, credit-note, supplier-reversal, cancel-and-release. */
  steps: Array<SagaStep>;
};

/** What the booking's options ask for and what is still missing. */
export type BookingRequirements = {
  __typename?: 'BookingRequirements';
  /** The booking's version; pass it as `expectedVersion` to the next change. */
  bookingVersion: Scalars['Int']['output'];
  /** The contact and traveler fields that apply. */
  contactRequirements: Array<ResolvedContactRequirement>;
  /** What is required and not yet there. */
  missing: Array<MissingRequirement>;
  /** The questions that apply, REQUIRED and OPTIONAL ones. */
  questions: Array<ResolvedBookingQuestion>;
  /** COMPLETE, INCOMPLETE, or UNAVAILABLE when the catalog could not be asked (then the lists are empty). */
  status: RequirementsStatus;
};

/** The sales channel a booking came through. */
export type BookingSourceType =
  /** Referred by an affiliate partner. */
  | 'affiliate'
  /** Created by a partner system through the API. */
  | 'api_partner'
  /** Sold directly to the buyer (own website or app). The default. */
  | 'direct'
  /** Created internally (tests, staff travel, complimentary bookings). */
  | 'internal'
  /** Entered by staff, for example for a phone or walk-in sale. */
  | 'manual'
  /** Sold through an online travel agency. */
  | 'ota'
  /** Sold by a reseller or travel agent. */
  | 'reseller';

/** Where a booking is in its lifecycle. `Booking.allowedTransitions` lists the moves `transitionBooking` may make next. */
export type BookingStatus =
  /** Accepted and waiting for the buyer's payment. Next: CONFIRMED, EXPIRED, CANCELLED. */
  | 'awaiting_payment'
  /** Called off; held capacity was given back. Terminal. */
  | 'cancelled'
  /** Delivered in full. Terminal. */
  | 'completed'
  /** Sold and promised to the buyer. Next: IN_PROGRESS, CANCELLED. */
  | 'confirmed'
  /**
   * Being put together; nothing is held or promised yet. Every booking starts here. Next: ON_HOLD,
   * AWAITING_PAYMENT, CONFIRMED, CANCELLED.
   */
  | 'draft'
  /** A hold or a payment deadline passed; held capacity was given back. Terminal. */
  | 'expired'
  /** The travel or service has started. Next: COMPLETED, CANCELLED. */
  | 'in_progress'
  /**
   * Capacity is held until `holdExpiresAt`; the booking expires if it is not confirmed or extended by then.
   * Next: AWAITING_PAYMENT, CONFIRMED, EXPIRED, CANCELLED.
   */
  | 'on_hold';

/**
 * Where a booking's supplier commitments stand together. CANCELLED commitments are left out; of the rest:
 * REJECTED when any supplier refused, else CONFIRMED when all confirmed, PARTIAL when some did, PENDING when none did
 * yet, and NONE when there is nothing left to confirm.
 */
export type BookingSupplierConfirmation =
  /** Every standing commitment is CONFIRMED. */
  | 'confirmed'
  /** No commitment is standing (none recorded, or all cancelled). */
  | 'none'
  /** Some standing commitments are CONFIRMED, the others PENDING. */
  | 'partial'
  /** Every standing commitment is still PENDING. */
  | 'pending'
  /** At least one supplier REJECTED its service: someone has to find another or ask again. */
  | 'rejected';

/**
 * A supplier's commitment to one service on a booking: who supplies it, what it costs, and where the supplier's
 * answer stands. Its status moves only along the supplier lifecycle (`allowedTransitions`).
 */
export type BookingSupplierStatus = {
  __typename?: 'BookingSupplierStatus';
  /** The statuses `setSupplierConfirmation` may move this commitment to next; empty once CANCELLED. */
  allowedTransitions: Array<SupplierConfirmationStatus>;
  /** The booking this commitment belongs to. */
  booking: Booking;
  /**
   * When the supplier confirmed, stamped by the server at the move to CONFIRMED (never sent by callers); null until
   * then. A later cancellation keeps it as the record of that answer.
   */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the supplier charges for the service; null when not known. */
  cost: Maybe<Money>;
  /** When this booking supplier status was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Unique id of this booking supplier status, a TypeID starting `bkss_`. */
  id: Scalars['ID']['output'];
  /** Staff notes; null when none. */
  notes: Maybe<Scalars['String']['output']>;
  /** Name of the service, as shown to staff. */
  serviceName: Scalars['String']['output'];
  /** Where the supplier's confirmation stands. */
  status: SupplierConfirmationStatus;
  /** The supplier; null when not known. */
  supplier: Maybe<Supplier>;
  /** The supplier, as the supplier directory identifies it; null when not known. */
  supplierId: Maybe<Scalars['ID']['output']>;
  /** The accounts-payable line this commitment was matched to; null until `linkSupplierInvoiceLine`. */
  supplierInvoiceLine: Maybe<SupplierInvoiceLine>;
  /** The supplier's own reference for the service; null until given. */
  supplierReference: Maybe<Scalars['String']['output']>;
  /** The supplier's service; null when not known. */
  supplierService: Maybe<SupplierService>;
  /** The supplier's service; null when not known. */
  supplierServiceId: Maybe<Scalars['ID']['output']>;
  /** When this booking supplier status last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of supplier commitments. */
export type BookingSupplierStatusConnection = {
  __typename?: 'BookingSupplierStatusConnection';
  /** This page of booking supplier status entries, in the list's order. */
  edges: Array<BookingSupplierStatusEdge>;
  /** Where this page sits in the whole list, and the cursors to move on. */
  pageInfo: PageInfo;
  /** Number of booking supplier status entries in the whole list (all pages, filter applied). */
  totalCount: Scalars['Int']['output'];
};

/** One supplier commitment in a page, with its cursor. */
export type BookingSupplierStatusEdge = {
  __typename?: 'BookingSupplierStatusEdge';
  /** Opaque cursor of this position; pass it as `after` to read the entries that follow. */
  cursor: Scalars['String']['output'];
  /** The booking supplier status at this position. */
  node: BookingSupplierStatus;
};

/**
 * The requested status change is not allowed from the current status (code `INVALID_BOOKING_TRANSITION`).
 * Nothing changed.
 */
export type BookingTransitionError = BookingError & {
  __typename?: 'BookingTransitionError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The booking's status, which did not change. */
  from: BookingStatus;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The status that was asked for. */
  to: BookingStatus;
};

/** A person travelling on (or occupying, or benefiting from) a booking. Federated entity, keyed by `id`. */
export type BookingTraveler = {
  __typename?: 'BookingTraveler';
  /** The booking this traveler belongs to. */
  booking: Booking;
  /** The age or fare category the traveler is priced in. */
  category: TravelerCategory;
  /** When this booking traveler was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Email address. Personal data: masked (`a***e@example.com`) without bookings-pii:read. Null when not given. */
  email: Maybe<Scalars['String']['output']>;
  /** First name. Personal data: masked (`***`) without bookings-pii:read. */
  firstName: Scalars['String']['output'];
  /** Unique id of this booking traveler, a TypeID starting `bkpt_`. */
  id: Scalars['ID']['output'];
  /** True for the booking's lead traveler; at most one traveler per booking is primary. */
  isPrimary: Scalars['Boolean']['output'];
  /** The items this traveler is linked to, each with a role. */
  items: Array<BookingItemTravelerLink>;
  /** Last name. Personal data: masked (`***`) without bookings-pii:read. */
  lastName: Scalars['String']['output'];
  /** Staff notes about the traveler. Personal data: masked (`***`) without bookings-pii:read. Null when none. */
  notes: Maybe<Scalars['String']['output']>;
  /** How the traveler takes part. */
  participantType: ParticipantType;
  /** The person this traveler was filled in from, if any. */
  person: Maybe<Person>;
  /**
   * The person this traveler was filled in from (relationships subgraph, `pers_…`); null when entered by hand.
   * `person` resolves it.
   */
  personId: Maybe<Scalars['ID']['output']>;
  /** Phone number as entered. Personal data: masked (`***5678`) without bookings-pii:read. Null when not given. */
  phone: Maybe<Scalars['String']['output']>;
  /** Preferred language, a BCP 47 tag; null when not given. */
  preferredLanguage: Maybe<Scalars['String']['output']>;
  /** Requests to pass on to suppliers. Personal data: masked (`***`) without bookings-pii:read. Null when none. */
  specialRequests: Maybe<Scalars['String']['output']>;
  /** Decrypted on demand; needs bookings-pii:read (else FORBIDDEN). Every read, and every refusal, is audited. */
  travelDetails: Maybe<TravelerTravelDetails>;
  /** When this booking traveler last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A traveler to add to a booking. */
export type BookingTravelerInput = {
  /** Age or fare category; defaults to ADULT. */
  category?: InputMaybe<TravelerCategory>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name, 1–100 characters. */
  firstName: Scalars['String']['input'];
  /** Make this the lead traveler; a booking has at most one (else PrimaryTravelerConflictError). Defaults to false. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name, 1–100 characters. */
  lastName: Scalars['String']['input'];
  /** Staff notes about the traveler. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How the traveler takes part; defaults to TRAVELER. */
  participantType?: InputMaybe<ParticipantType>;
  /** The person the traveler is (relationships subgraph, `pers_…`), when known. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number: digits, spaces, `+ ( ) . -`, 4–32 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Requests to pass on to suppliers. */
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

/** Not enough capacity left on a target (code `CAPACITY_EXHAUSTED`). Nothing was held. */
export type CapacityExhaustedError = BookingError & {
  __typename?: 'CapacityExhaustedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** What kind of inventory ran out. */
  kind: AllocationKind;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** How many units were left. */
  remaining: Scalars['Int']['output'];
  /** How many units were asked for. */
  requested: Scalars['Int']['output'];
  /** The target that ran out. */
  targetId: Scalars['ID']['output'];
};

/**
 * A token that lets its holder act on one storefront session. Send it in the `Checkout-Capability` header;
 * it never opens `booking`, `bookings` or `_entities`.
 */
export type CheckoutCapability = {
  __typename?: 'CheckoutCapability';
  /**
   * What it allows: `session:read`, `session:update`, `session:reprice`, `session:finalize`, `payment:read`,
   * `payment:start`.
   */
  actions: Array<Scalars['String']['output']>;
  /** When it stops working; abandoning the session or `revokeCheckoutCapabilities` ends it sooner. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session (booking id) it acts on. */
  sessionId: Scalars['ID']['output'];
  /** The token itself (a JWT of type `bookings-checkout+jwt`). */
  token: Scalars['String']['output'];
};

/** Confirms a session. */
export type ConfirmStorefrontSessionInput = {
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: Scalars['Int']['input'];
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
  /** CONFIRMED (default) or AWAITING_PAYMENT. */
  target?: InputMaybe<BookingStatus>;
};

/** The confirmed session, or why nothing changed. */
export type ConfirmStorefrontSessionResult = BookingNotEditableError | BookingTransitionError | HoldExpiredError | RequirementsUnavailableError | SessionNotReadyError | StorefrontSession | VersionConflictError;

/** Whose field a contact requirement is about. */
export type ContactRequirementTarget =
  /** The booking's contact. */
  | 'contact'
  /** The primary traveler. */
  | 'lead_traveler'
  /** Every traveler. */
  | 'traveler';

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

/** A new booking. It starts in DRAFT; items, travelers and origin may be given now or added later. */
export type CreateBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's contact details. */
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  /** Last day of travel; not before `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The booking's reference in an external system, 1–255 characters. */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Staff-only notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Priced lines; the booking's sell amount is their total. */
  items?: InputMaybe<Array<BookingItemInput>>;
  /** The buying organization (`org_…`), when the buyer is an organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** What the booking is made from. */
  origin?: InputMaybe<BookingOriginInput>;
  /** The buying person (`pers_…`), when the buyer is a person known to the relationships subgraph. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217 code every sell amount is in (`EUR`); items must use it. */
  sellCurrency: Scalars['String']['input'];
  /** Sales channel; defaults to DIRECT. */
  sourceType?: InputMaybe<BookingSourceType>;
  /** First day of travel. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Travelers; at most one may be primary. */
  travelers?: InputMaybe<Array<BookingTravelerInput>>;
};

/** The created booking, or why it was not created. */
export type CreateBookingResult = Booking | BookingNumberTakenError | IdempotencyInFlightError | IdempotencyKeyReusedError;

/** The new prices are in another currency than the rest of the session (code `CURRENCY_MISMATCH`). Nothing changed. */
export type CurrencyMismatchError = BookingError & {
  __typename?: 'CurrencyMismatchError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The currency the catalog quoted. */
  quotedCurrency: Scalars['String']['output'];
  /** The session's currency. */
  sessionCurrency: Scalars['String']['output'];
};

/** A decision on a pending approval. */
export type DecideActionApprovalInput = {
  /** The approval (`alap_…`). */
  approvalId: Scalars['ID']['input'];
  /** Approve or deny. */
  decision: ApprovalDecision;
  /** 1–2000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The decided approval, or why it could not be decided. */
export type DecideActionApprovalResult = ActionApproval | ApprovalAlreadyDecidedError | ApprovalExpiredError;

/** What `deleteBookingNote` answers: the changed booking, or why nothing changed. */
export type DeleteBookingNoteResult = Booking | VersionConflictError;

/** Which passed holds to expire now (the hold sweeper also does this on its own, every HOLD_SWEEP_INTERVAL_SECONDS). */
export type ExpireStaleHoldsInput = {
  /** Expire holds that passed at or before this instant; defaults to now and never looks past now. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What `expireStaleHolds` expired. */
export type ExpireStaleHoldsResult = {
  __typename?: 'ExpireStaleHoldsResult';
  /** The bookings that moved to EXPIRED. */
  expiredBookingIds: Array<Scalars['ID']['output']>;
  /** How many bookings moved to EXPIRED. */
  expiredCount: Scalars['Int']['output'];
};

/** A later deadline for an ON_HOLD booking. */
export type ExtendBookingHoldInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The new deadline, in the future. */
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Give exactly one: minutes from now (1–1440) or a new deadline. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The booking (`book_…`). */
  id: Scalars['ID']['input'];
};

/** The booking with its new `holdExpiresAt`, or why the hold was not extended. */
export type ExtendBookingHoldResult = Booking | BookingNotOnHoldError | HoldExpiredError | VersionConflictError;

/** The command or the booking changed since the approval was requested. */
export type FingerprintMismatchError = BookingError & {
  __typename?: 'FingerprintMismatchError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** How a fulfillment reaches the traveler. */
export type FulfillmentChannel =
  /** Delivered to a partner system. */
  | 'api'
  /** Downloaded from `artifactUrl`. */
  | 'download'
  /** Sent by email. */
  | 'email'
  /** Any other way. */
  | 'other'
  /** Added to a mobile wallet. */
  | 'wallet';

/**
 * The fulfillment is not ISSUED or REISSUED yet, so it cannot be redeemed (code `FULFILLMENT_NOT_ISSUED`).
 * Nothing changed.
 */
export type FulfillmentNotIssuedError = BookingError & {
  __typename?: 'FulfillmentNotIssuedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The fulfillment's current status. */
  status: FulfillmentStatus;
};

/** The fulfillment was revoked and cannot be redeemed (code `FULFILLMENT_REVOKED`). Nothing changed. */
export type FulfillmentRevokedError = BookingError & {
  __typename?: 'FulfillmentRevokedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** When it was revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where a fulfillment is in its lifecycle. */
export type FulfillmentStatus =
  /** Producing it failed. Next: PENDING (retry), VOIDED. */
  | 'failed'
  /** Delivered and valid. Next: REISSUED, REVOKED, VOIDED. */
  | 'issued'
  /** Its artifact is still being produced. Next: ISSUED, FAILED, VOIDED. */
  | 'pending'
  /** Delivered again (a new artifact); valid. Next: REISSUED, REVOKED, VOIDED. */
  | 'reissued'
  /** No longer valid; cannot be redeemed. Terminal. */
  | 'revoked'
  /** What it was for was cancelled: its item was removed, or the booking was cancelled or expired. */
  | 'voided';

/** The fulfillment cannot make this move from its status (code `INVALID_FULFILLMENT_TRANSITION`). Nothing changed. */
export type FulfillmentTransitionError = BookingError & {
  __typename?: 'FulfillmentTransitionError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The fulfillment's status, which did not change. */
  from: FulfillmentStatus;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The status that was asked for. */
  to: FulfillmentStatus;
};

/** What kind of artifact a fulfillment is. */
export type FulfillmentType =
  /** A barcode. */
  | 'barcode'
  /** A mobile ticket or pass. */
  | 'mobile'
  /** Anything else. */
  | 'other'
  /** A PDF document. */
  | 'pdf'
  /** A QR code. */
  | 'qr_code'
  /** A ticket. */
  | 'ticket'
  /** A voucher. */
  | 'voucher';

/**
 * The booking's hold has passed (code `HOLD_EXPIRED`): it can no longer be confirmed or extended, and its
 * capacity is being given back. Nothing changed.
 */
export type HoldExpiredError = BookingError & {
  __typename?: 'HoldExpiredError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** When the hold lapsed. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** The hold cannot be extended that far (code `HOLD_EXTENSION_LIMIT`). Nothing changed. */
export type HoldExtensionLimitError = BookingError & {
  __typename?: 'HoldExtensionLimitError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The latest the session's hold may reach. */
  maxHoldUntil: Scalars['DateTime']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** An earlier request with this key is still running. Retry later. */
export type IdempotencyInFlightError = BookingError & {
  __typename?: 'IdempotencyInFlightError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** Always true: retry with the same key after a short wait. */
  retryable: Scalars['Boolean']['output'];
};

/**
 * This action needs approval and so needs an Idempotency-Key (code `IDEMPOTENCY_KEY_REQUIRED`), so that a retry
 * does not file a second request. Nothing changed.
 */
export type IdempotencyKeyRequiredError = BookingError & {
  __typename?: 'IdempotencyKeyRequiredError';
  /** The action that needs the key. */
  actionName: Scalars['String']['output'];
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/**
 * The Idempotency-Key was already used for a different request (code `IDEMPOTENCY_KEY_REUSED`): use a new key
 * for a new request. Nothing changed.
 */
export type IdempotencyKeyReusedError = BookingError & {
  __typename?: 'IdempotencyKeyReusedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The requested action filed under the key; null for keys of create mutations. */
  existingActionId: Maybe<Scalars['ID']['output']>;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/**
 * A price selection cannot be used (code `INVALID_PRICE_SELECTION`). `reason` is OPTION_NOT_ON_SLOT,
 * ITEM_NOT_IN_SESSION or ITEM_NOT_CATALOG_BACKED. Nothing changed.
 */
export type InvalidPriceSelectionError = BookingError & {
  __typename?: 'InvalidPriceSelectionError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The item the selection named, when it named one. */
  itemId: Maybe<Scalars['ID']['output']>;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** OPTION_NOT_ON_SLOT, ITEM_NOT_IN_SESSION or ITEM_NOT_CATALOG_BACKED. */
  reason: Scalars['String']['output'];
};

/** A voucher, ticket or document to issue for a CONFIRMED or IN_PROGRESS booking. */
export type IssueFulfillmentInput = {
  /** Where the artifact can be fetched, an http(s) URL of up to 2048 characters. */
  artifactUrl?: InputMaybe<Scalars['String']['input']>;
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The item it covers (`bkit_…`); omit for the whole booking. */
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  /** How it reaches the traveler. */
  deliveryChannel: FulfillmentChannel;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The artifact's data as a JSON object. */
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** ISSUED (default) or PENDING when the artifact is produced later. */
  status?: InputMaybe<FulfillmentStatus>;
  /** The traveler it is for (`bkpt_…`); omit when not personal. */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of artifact. */
  type: FulfillmentType;
};

/** The issued fulfillment, or why it was not issued. */
export type IssueFulfillmentResult = BookingFulfillment | BookingNotFulfillableError | IdempotencyInFlightError | IdempotencyKeyReusedError;

/** The item's status does not allow redemption (code `ITEM_NOT_REDEEMABLE`). Nothing changed. */
export type ItemNotRedeemableError = BookingError & {
  __typename?: 'ItemNotRedeemableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The item (`bkit_…`). */
  itemId: Scalars['ID']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The item's current status. */
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

/** The part a traveler plays on one booking item. */
export type ItemTravelerRole =
  /** Benefits from the item without travelling (for example, insurance). */
  | 'beneficiary'
  /** Occupies the accommodation the item sells. */
  | 'occupant'
  /** Any other role. */
  | 'other'
  /** Uses the item as a traveler. The default. */
  | 'traveler';

/** The key management service could not be reached; nothing was written. */
export type KeyServiceUnavailableError = BookingError & {
  __typename?: 'KeyServiceUnavailableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** Links a traveler to an item of the same booking. */
export type LinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The item (`bkit_…`). */
  itemId: Scalars['ID']['input'];
  /** The traveler's part on the item; defaults to TRAVELER. */
  role?: InputMaybe<ItemTravelerRole>;
  /** The traveler (`bkpt_…`), on the same booking as the item. */
  travelerId: Scalars['ID']['input'];
};

/** The booking with the new link, or why it was not made. */
export type LinkItemTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

/** Matches a supplier commitment to the supplier invoice line that bills it. */
export type LinkSupplierInvoiceLineInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The commitment (`bkss_…`). */
  id: Scalars['ID']['input'];
  /** The invoice line, as finance identifies it; one line bills one commitment at most. */
  supplierInvoiceLineId: Scalars['ID']['input'];
};

/** What `linkSupplierInvoiceLine` answers: the matched commitment, or why nothing changed. */
export type LinkSupplierInvoiceLineResult = BookingSupplierStatus | SupplierInvoiceLineAlreadyLinkedError | VersionConflictError;

/** One required answer or field the booking still lacks. */
export type MissingRequirement = {
  __typename?: 'MissingRequirement';
  /** The line it is about; null otherwise. */
  bookingItemId: Maybe<Scalars['ID']['output']>;
  /** For CONTACT_FIELD: the field name. */
  field: Maybe<Scalars['String']['output']>;
  /** A question or a field. */
  kind: MissingRequirementKind;
  /** For QUESTION: the question. */
  questionId: Maybe<Scalars['ID']['output']>;
  /** The traveler it is about; null for the booking, a line, the contact, or a lead traveler not yet named. */
  travelerId: Maybe<Scalars['ID']['output']>;
};

/** What kind of requirement is missing. */
export type MissingRequirementKind =
  /** A required contact or traveler field without a value. */
  | 'contact_field'
  /** A required question without an answer. */
  | 'question';

/** Money in integer minor units of an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /**
   * Amount in the currency's minor units (cents for EUR, yen for JPY), as an integer; never a float. Negative
   * only for credits such as discounts.
   */
  amountCents: Scalars['Int']['output'];
  /** ISO 4217 currency code, upper case (`EUR`). */
  currency: Scalars['String']['output'];
};

/** An amount of money in integer minor units. */
export type MoneyInput = {
  /** Amount in the currency's minor units (cents), a 32-bit integer. Negative only for DISCOUNT and ADJUSTMENT items. */
  amountCents: Scalars['Int']['input'];
  /** ISO 4217 currency code, upper case (`EUR`). */
  currency: Scalars['String']['input'];
};

/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Abandons a session: EXPIRED, capacity freed, capabilities revoked. Needs `session:finalize`, or bookings:write. */
  abandonStorefrontSession: AbandonStorefrontSessionResult;
  /** Stops a saga before its pivot and undoes what it did. Needs bookings:admin. */
  abortSaga: AbortSagaResult;
  /** Holds more capacity for an item of a DRAFT or ON_HOLD booking. */
  addBookingAllocation: AddBookingAllocationResult;
  /** Adds an item to a booking and recomputes its totals. */
  addBookingItem: AddBookingItemResult;
  /** Adds a staff note; answers the booking, or a version conflict. */
  addBookingNote: AddBookingNoteResult;
  /** Records a supplier commitment on a booking. Needs bookings:write. */
  addBookingSupplierStatus: AddBookingSupplierStatusResult;
  /** Adds a traveler to a booking. */
  addBookingTraveler: AddBookingTravelerResult;
  /** Confirms a ready session: CONFIRMED or AWAITING_PAYMENT. Needs `session:finalize`, or bookings:write. */
  confirmStorefrontSession: ConfirmStorefrontSessionResult;
  /**
   * Creates a booking in DRAFT, with its items, travelers and origin. Replays the first result for a repeated
   * Idempotency-Key.
   */
  createBooking: CreateBookingResult;
  /** Needs approvals:decide; the subject (token `sub`) that requested the action cannot decide it, whatever its principal type. */
  decideActionApproval: DecideActionApprovalResult;
  /** Deletes a note; answers the booking, or a version conflict. */
  deleteBookingNote: DeleteBookingNoteResult;
  /** Crypto-shredding: the envelopes and the traveler's data key are deleted. Needs bookings-pii:write. */
  deleteTravelerTravelDetails: BookingTraveler;
  /** Expires every ON_HOLD booking whose hold has passed and gives its capacity back. Needs bookings:admin. */
  expireStaleHolds: ExpireStaleHoldsResult;
  /** Moves an ON_HOLD booking's deadline later. */
  extendBookingHold: ExtendBookingHoldResult;
  /** Issues a voucher, ticket or document for a booking. */
  issueFulfillment: IssueFulfillmentResult;
  /** Links a traveler to an item, in a role. */
  linkItemTraveler: LinkItemTravelerResult;
  /** Matches a supplier commitment to the invoice line that bills it. Needs bookings:write. */
  linkSupplierInvoiceLine: LinkSupplierInvoiceLineResult;
  /** Sets any status, bypassing the state machine. Needs bookings:admin; may need approval. */
  overrideBookingStatus: OverrideBookingStatusResult;
  /** Records that a fulfillment was used; each fulfillment is redeemed at most once. */
  recordRedemption: RecordRedemptionResult;
  /** Issues a new capability with the same or fewer actions. Needs the session's capability with `session:read`. */
  refreshCheckoutCapability: RefreshCheckoutCapabilityPayload;
  /**
   * Refunds a booking: credit note, supplier reversal, then the booking is cancelled and its inventory released.
   * Agents and workflows need approval. Needs bookings:write.
   */
  refundBooking: RefundBookingResult;
  /** Gives an allocation's capacity back. */
  releaseBookingAllocation: ReleaseBookingAllocationResult;
  /**
   * Removes an item and recomputes the booking's totals. An item that never held capacity or documents is deleted;
   * one that did is kept as CANCELLED with its allocations released and its fulfillments voided. An agent or workflow
   * removing an item of a confirmed or in-progress booking gets an approval request instead.
   */
  removeBookingItem: RemoveBookingItemResult;
  /** Removes a traveler, its item links and its stored travel details. */
  removeBookingTraveler: RemoveBookingTravelerResult;
  /** Applies new prices from the catalog. Needs `session:reprice`, or bookings:write. */
  repriceStorefrontSession: RepriceStorefrontSessionResult;
  /**
   * Creates a booking ON_HOLD and holds its capacity in one transaction: all or nothing, never oversold under
   * concurrency.
   */
  reserveBooking: ReserveBookingResult;
  /** Drives a stuck saga again (a refund rolls forward, failed releases are retried). Needs bookings:admin. */
  retrySaga: RetrySagaResult;
  /** Stops every capability issued for a session so far. Needs bookings:admin. */
  revokeCheckoutCapabilities: RevokeCheckoutCapabilitiesPayload;
  /** Declares or changes how much of a target Bookings may sell. Needs inventory:write. */
  setAllocationCapacity: AllocationCapacity;
  /** Sets or clears answers to the booking's questions, all or none. Needs bookings:write. */
  setBookingAnswers: SetBookingAnswersResult;
  /** Records or replaces what a booking was made from. */
  setBookingOrigin: SetBookingOriginResult;
  /** Sets or clears a session's answers, all or none. Needs `session:update`, or bookings:write. */
  setSessionAnswers: SetSessionAnswersResult;
  /** Moves a supplier commitment along the supplier lifecycle. Needs bookings:write. */
  setSupplierConfirmation: SetSupplierConfirmationResult;
  /**
   * Starts a storefront session: prices every line from the catalog, then holds capacity and creates the
   * ON_HOLD booking in one transaction. Needs bookings:storefront (or STOREFRONT_ALLOW_ANONYMOUS).
   */
  startStorefrontSession: StartStorefrontSessionResult;
  /**
   * Creates one booking for a reservation plan and holds its lines in order (inventory, provider or internal
   * hold); on a failure the held lines are released in reverse and the booking cancelled. Needs bookings:write.
   */
  submitReservationPlan: SubmitReservationPlanResult;
  /**
   * Moves a booking to another status along the state machine, stamping the matching timestamp and cascading to
   * items and allocations.
   */
  transitionBooking: TransitionBookingResult;
  /** Removes a traveler's link to an item. */
  unlinkItemTraveler: UnlinkItemTravelerResult;
  /** Changes a booking's own fields (not its status, items or travelers). */
  updateBooking: UpdateBookingResult;
  /** Changes an item and recomputes the booking's totals. */
  updateBookingItem: UpdateBookingItemResult;
  /** Replaces a note's text; answers the booking, or a version conflict. */
  updateBookingNote: UpdateBookingNoteResult;
  /** Changes a supplier commitment's details; null clears a field. Needs bookings:write. */
  updateBookingSupplierStatus: UpdateBookingSupplierStatusResult;
  /** Changes a traveler. */
  updateBookingTraveler: UpdateBookingTravelerResult;
  /** Moves a fulfillment along its lifecycle or changes its delivery. */
  updateFulfillment: UpdateFulfillmentResult;
  /** Writes the wizard's state (and its contact and travelers). Needs `session:update`, or bookings:write. */
  updateSessionWizardState: UpdateSessionWizardStateResult;
  /** Changes a session's language, reference, hold or travelers. Needs `session:update`, or bookings:write. */
  updateStorefrontSession: UpdateStorefrontSessionResult;
  /**
   * Adds a supplier confirmation, or replaces one when `id` is given; answers the booking, or why nothing changed.
   * The status follows the supplier lifecycle.
   * @deprecated Use addBookingSupplierStatus, updateBookingSupplierStatus and setSupplierConfirmation: booking-scoped, with explicit null clears.
   */
  upsertBookingSupplierStatus: UpsertBookingSupplierStatusResult;
  /** Needs bookings-pii:write. */
  upsertTravelerTravelDetails: UpsertTravelerTravelDetailsResult;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAbandonStorefrontSessionArgs = {
  input: AbandonStorefrontSessionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAbortSagaArgs = {
  input: AbortSagaInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAddBookingAllocationArgs = {
  input: AddBookingAllocationInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAddBookingItemArgs = {
  input: AddBookingItemInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAddBookingNoteArgs = {
  input: AddBookingNoteInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAddBookingSupplierStatusArgs = {
  input: AddBookingSupplierStatusInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationAddBookingTravelerArgs = {
  input: AddBookingTravelerInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationConfirmStorefrontSessionArgs = {
  input: ConfirmStorefrontSessionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationCreateBookingArgs = {
  input: CreateBookingInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationDecideActionApprovalArgs = {
  input: DecideActionApprovalInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationDeleteBookingNoteArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationDeleteTravelerTravelDetailsArgs = {
  travelerId: Scalars['ID']['input'];
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationExpireStaleHoldsArgs = {
  input: ExpireStaleHoldsInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationExtendBookingHoldArgs = {
  input: ExtendBookingHoldInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationIssueFulfillmentArgs = {
  input: IssueFulfillmentInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationLinkItemTravelerArgs = {
  input: LinkItemTravelerInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationLinkSupplierInvoiceLineArgs = {
  input: LinkSupplierInvoiceLineInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationOverrideBookingStatusArgs = {
  input: OverrideBookingStatusInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRecordRedemptionArgs = {
  input: RecordRedemptionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRefreshCheckoutCapabilityArgs = {
  input: RefreshCheckoutCapabilityInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRefundBookingArgs = {
  input: RefundBookingInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationReleaseBookingAllocationArgs = {
  input: ReleaseBookingAllocationInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRemoveBookingItemArgs = {
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRemoveBookingTravelerArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRepriceStorefrontSessionArgs = {
  input: RepriceStorefrontSessionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationReserveBookingArgs = {
  input: ReserveBookingInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRetrySagaArgs = {
  input: RetrySagaInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationRevokeCheckoutCapabilitiesArgs = {
  input: RevokeCheckoutCapabilitiesInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSetAllocationCapacityArgs = {
  input: SetAllocationCapacityInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSetBookingAnswersArgs = {
  input: SetBookingAnswersInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSetBookingOriginArgs = {
  input: SetBookingOriginInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSetSessionAnswersArgs = {
  input: SetSessionAnswersInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSetSupplierConfirmationArgs = {
  input: SetSupplierConfirmationInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationStartStorefrontSessionArgs = {
  input: StartStorefrontSessionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationSubmitReservationPlanArgs = {
  input: SubmitReservationPlanInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationTransitionBookingArgs = {
  input: TransitionBookingInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUnlinkItemTravelerArgs = {
  input: UnlinkItemTravelerInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateBookingArgs = {
  input: UpdateBookingInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateBookingItemArgs = {
  input: UpdateBookingItemInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateBookingNoteArgs = {
  input: UpdateBookingNoteInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateBookingSupplierStatusArgs = {
  input: UpdateBookingSupplierStatusInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateBookingTravelerArgs = {
  input: UpdateBookingTravelerInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateFulfillmentArgs = {
  input: UpdateFulfillmentInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateSessionWizardStateArgs = {
  input: UpdateSessionWizardStateInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpdateStorefrontSessionArgs = {
  input: UpdateStorefrontSessionInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpsertBookingSupplierStatusArgs = {
  input: UpsertBookingSupplierStatusInput;
};


/**
 * Writes. Each mutation is one transaction: on an error result or a GraphQL error nothing is written. Booking
 * mutations need bookings:write unless their description says otherwise.
 */
export type MutationUpsertTravelerTravelDetailsArgs = {
  input: UpsertTravelerTravelDetailsInput;
};

/** An organization, owned by the relationships subgraph; Bookings adds the bookings it bought. */
export type Organization = {
  __typename?: 'Organization';
  /** Bookings whose buyer is this organization, newest first. */
  bookings: BookingConnection;
  /** The organization's id (`org_…`), owned by the relationships subgraph. */
  id: Scalars['ID']['output'];
};


/** An organization, owned by the relationships subgraph; Bookings adds the bookings it bought. */
export type OrganizationBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a booking was made from; the other `BookingOrigin` fields name the source record. */
export type OriginSource =
  /** An accepted quote version: `quoteId` and `quoteVersionId` are set and `quoteVersion` resolves. */
  | 'accepted_quote_version'
  /** A catalog price and availability answer: `catalogPriceResponseId` is set. */
  | 'catalog_price_availability'
  /** A catalog snapshot: `catalogSnapshotId` is set. */
  | 'catalog_snapshot'
  /** A direct consumer checkout. */
  | 'direct_b2c'
  /** A record migrated from a legacy transaction system: the `legacyTransaction*` fields are set. */
  | 'legacy_transaction'
  /** Entered by hand, from no other record. */
  | 'manual'
  /** An order placed with an external provider: the `providerSource*` and `providerOrderRef` fields are set. */
  | 'provider_source_order';

/** An administrative status change that bypasses the state machine (bookings:admin). Logged as `status_overridden`. */
export type OverrideBookingStatusInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The booking (`book_…`). */
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why the state machine is being bypassed; 1–2000 characters. */
  reason: Scalars['String']['input'];
  /** The status to set, whatever the current one. */
  to: BookingStatus;
};

/** The booking in its new status, or why it was not set. */
export type OverrideBookingStatusResult = AllocationTargetNotFoundError | ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingTransitionError | CapacityExhaustedError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | VersionConflictError;

/** Where a page sits in a connection, and the cursors to move on from it. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last entry of this page; pass it as `after` for the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more entries follow this page; ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when entries come before this page (the request used `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first entry of this page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** How a person takes part in a booking. */
export type ParticipantType =
  /** Occupies accommodation without necessarily travelling on every item. */
  | 'occupant'
  /** Any other participant. */
  | 'other'
  /** Travels. The default. */
  | 'traveler';

/** Whether the buyer is a person or a company. */
export type PartyType =
  /** A company or other organization. */
  | 'company'
  /** A private person. */
  | 'individual';

/** How a wizard write combines its `payload` with the stored one. */
export type PayloadMode =
  /** Top-level keys of the new payload replace the stored ones; other stored keys stay. */
  | 'merge'
  /** The new payload replaces the stored one entirely. */
  | 'replace';

/** A traveller or contact known to the relationships service. */
export type Person = {
  __typename?: 'Person';
  /** Bookings whose buyer is this person, newest first. */
  bookings: BookingConnection;
  /** The person's id (`pers_…`), owned by the relationships subgraph. */
  id: Scalars['ID']['output'];
};


/** A traveller or contact known to the relationships service. */
export type PersonBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A travel or identity document held by a person. */
export type PersonDocument = {
  __typename?: 'PersonDocument';
  /** The document's id (`pdoc_…`), owned by the relationships subgraph. */
  id: Scalars['ID']['output'];
};

/** What happened to personal data. REVEAL: @pii fields were returned in clear. */
export type PiiAuditAction =
  /** Travel details were read (opened), cache hits included. */
  | 'decrypt'
  /** Travel details were deleted (crypto-shredded). */
  | 'delete'
  /** Travel details were written (sealed). */
  | 'encrypt'
  /** `@pii` contact or traveler fields were returned in clear. */
  | 'reveal';

/** Narrows the audit log; every field given must match. */
export type PiiAuditEventFilter = {
  /** Only events of this action. */
  action?: InputMaybe<PiiAuditAction>;
  /** Only events by this principal (`sub`). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events about this booking (`book_…`). */
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events about this traveler (`bkpt_…`). */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether the access to personal data happened. */
export type PiiAuditOutcome =
  /** It happened. */
  | 'allowed'
  /** It was refused or failed; nothing was revealed or changed. */
  | 'denied';

/** The booking a plan creates (one booking per plan). */
export type PlanBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag for messages to the buyer. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's contact details. */
  contact?: InputMaybe<BookingContactInput>;
  /** Last day of travel. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The caller's reference for the booking. */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes, up to 10000 characters. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** The buying organization (`org_…`). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The buying person (`pers_…`). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217 currency of every line's sell price. */
  sellCurrency: Scalars['String']['input'];
  /** Defaults to API_PARTNER. */
  sourceType?: InputMaybe<BookingSourceType>;
  /** First day of travel. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** What undoing one held line did. */
export type PlanCompensation = {
  __typename?: 'PlanCompensation';
  /** Why the release failed. */
  code: Maybe<Scalars['String']['output']>;
  /** Why the release failed, in English. */
  message: Maybe<Scalars['String']['output']>;
  /** The line undone. */
  planLineId: Maybe<Scalars['ID']['output']>;
  /** RELEASED, RELEASE_FAILED or RELEASE_NOT_CONFIGURED. */
  status: PlanLineStatus;
  /** Its step. */
  step: Scalars['String']['output'];
};

/** Why a plan failed. */
export type PlanFailure = {
  __typename?: 'PlanFailure';
  /**
   * CAPACITY_EXHAUSTED, PROVIDER_REJECTED, PROVIDER_UNAVAILABLE, TIMEOUT or ADAPTER_NOT_CONFIGURED (or another stable
   * code).
   */
  code: Scalars['String']['output'];
  /** What failed, in English, free of personal data. */
  message: Scalars['String']['output'];
  /** The failing line, when a line failed. */
  planLineId: Maybe<Scalars['ID']['output']>;
  /** The failing step. */
  step: Scalars['String']['output'];
};

/** The item a plan line becomes. */
export type PlanItemInput = {
  /** Longer description, up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the service ends. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the line sells or adjusts; defaults to UNIT. */
  itemType?: InputMaybe<BookingItemType>;
  /** Any JSON object to keep with the item. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The product option. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option's name, kept as it is now. */
  optionName?: InputMaybe<Scalars['String']['input']>;
  /** The catalog product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The product's name, kept as it is now. */
  productName?: InputMaybe<Scalars['String']['input']>;
  /** How many units, 1–10000; defaults to 1. */
  quantity?: Scalars['Int']['input'];
  /** The day the service is delivered. */
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The departure or time slot. */
  slotId?: InputMaybe<Scalars['ID']['input']>;
  /** When the service starts. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the buyer sees for this line, 1–255 characters. */
  title: Scalars['String']['input'];
  /** Cost of one unit to supply, when known. */
  unitCostAmount?: InputMaybe<MoneyInput>;
  /** The unit or fare. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit's name, kept as it is now. */
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

/** Where one plan line is. */
export type PlanLineStatus =
  /** Its hold failed (see `errorCode`). */
  | 'failed'
  /** Not reached yet. */
  | 'pending'
  /** Held, then released. */
  | 'released'
  /** Held, and releasing it failed. */
  | 'release_failed'
  /** Held, and its provider cannot release holds. */
  | 'release_not_configured'
  /** Held. */
  | 'reserved'
  /** Being held. */
  | 'running';

/** The relationships subgraph could not provide the person's travel snapshot; nothing was written. */
export type PrefillUnavailableError = BookingError & {
  __typename?: 'PrefillUnavailableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The traveler's person (`pers_…`); null when the traveler has none. */
  personId: Maybe<Scalars['ID']['output']>;
  /** Why the person's snapshot was not available. */
  reason: PrefillUnavailableReason;
};

/** Why travel details could not be pre-filled from the traveler's person. */
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

/** The prices moved since the quote the caller accepted (code `PRICE_CHANGED`). Nothing changed. */
export type PriceChangedError = BookingError & {
  __typename?: 'PriceChangedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The digest of the prices now; quote again to see them. */
  current: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The digest the caller accepted. */
  quoted: Scalars['String']['output'];
};

/** A change to how one session item is priced; omitted fields keep the item's value, null clears it. */
export type PriceSelectionInput = {
  /** The session item (`bkit_…`). */
  itemId: Scalars['ID']['input'];
  /** The product option. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option unit (fare). */
  optionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The pricing category. */
  pricingCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** How many units; an item holding capacity keeps its quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * No price could be found (code `PRICING_UNAVAILABLE`). `reason` is NO_RATE_CARD, NO_MATCHING_RATE or
 * UPSTREAM_UNAVAILABLE (the catalog could not be reached). Nothing changed.
 */
export type PricingUnavailableError = BookingError & {
  __typename?: 'PricingUnavailableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The product the price was asked for, when one line failed. */
  productId: Maybe<Scalars['ID']['output']>;
  /** NO_RATE_CARD, NO_MATCHING_RATE or UPSTREAM_UNAVAILABLE. */
  reason: Scalars['String']['output'];
};

/** The booking already has a primary traveler (code `PRIMARY_TRAVELER_CONFLICT`); unset that one first. Nothing changed. */
export type PrimaryTravelerConflictError = BookingError & {
  __typename?: 'PrimaryTravelerConflictError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The traveler that is primary now. */
  existingPrimaryTravelerId: Scalars['ID']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** Who acted: the kind of principal named by a token's `principal_type` claim. */
export type PrincipalType =
  /** An AI agent acting for someone; some of its actions need human approval. */
  | 'agent'
  /** A partner or integration using an API key. */
  | 'api_key'
  /** The holder of a checkout capability for one storefront session (actor `chk:<token id>`); never a token claim. */
  | 'checkout'
  /** The platform itself (cron jobs, sweepers); internal, sees personal data in clear. */
  | 'system'
  /** A signed-in person. */
  | 'user'
  /** A background workflow; internal, sees personal data in clear. */
  | 'workflow';

/** The external provider an EXTERNAL_ORDER or NON_CATALOG line is held with. */
export type ProviderRefInput = {
  /** The provider's own product or rate reference. */
  productRef?: InputMaybe<Scalars['String']['input']>;
  /** The provider's name, as the connectors know it. */
  provider: Scalars['String']['input'];
};

/**
 * The quantity of an item that holds capacity cannot change by repricing (code
 * `QUANTITY_CHANGE_REQUIRES_REALLOCATION`). Nothing changed.
 */
export type QuantityChangeRequiresReallocationError = BookingError & {
  __typename?: 'QuantityChangeRequiresReallocationError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Its quantity now. */
  from: Scalars['Int']['output'];
  /** The item. */
  itemId: Scalars['ID']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The quantity asked for. */
  to: Scalars['Int']['output'];
};

/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type Query = {
  __typename?: 'Query';
  /** Newest first. */
  actionApprovals: ActionApprovalConnection;
  /** null when no capacity was declared for the target. */
  allocationCapacity: Maybe<AllocationCapacity>;
  /** One booking by id; null when no booking has this id. */
  booking: Maybe<Booking>;
  /** One booking by its booking number; null when none has it. */
  bookingByNumber: Maybe<Booking>;
  /** A refund; null when unknown. */
  bookingRefund: Maybe<BookingRefund>;
  /** Bookings, filtered and sorted, one page at a time (default newest first). */
  bookings: BookingConnection;
  /** The PII audit log, newest first; needs bookings:admin. */
  piiAuditEvents: BookingPiiAuditEventConnection;
  /** A reservation plan by its saga id; null when unknown. */
  reservationPlan: Maybe<ReservationPlan>;
  /** Reservation plans, newest first. */
  reservationPlans: ReservationPlanConnection;
  /** Every saga, newest first. Needs bookings:admin. */
  sagas: SagaConnection;
  /**
   * A storefront session; null for a booking that is not one. Needs this session's capability with
   * `session:read`, or bookings:read.
   */
  storefrontSession: Maybe<StorefrontSession>;
  /** Prices selections of a session without writing anything. Needs `session:reprice`, or bookings:write. */
  storefrontSessionQuote: QuoteStorefrontSessionResult;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryActionApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionApprovalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryAllocationCapacityArgs = {
  kind: AllocationKind;
  targetId: Scalars['ID']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryBookingArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryBookingByNumberArgs = {
  bookingNumber: Scalars['String']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryBookingRefundArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BookingOrder>;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryPiiAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PiiAuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryReservationPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryReservationPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReservationPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QuerySagasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SagaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryStorefrontSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every query needs bookings:read unless its description says otherwise. */
export type QueryStorefrontSessionQuoteArgs = {
  input: QuoteStorefrontSessionInput;
};

/** A commercial proposal to a customer, revised through numbered versions. */
export type Quote = {
  __typename?: 'Quote';
  /** Bookings whose origin names this quote, newest first. */
  bookings: BookingConnection;
  /** The quote's id (`quot_…`), owned by the quotes subgraph. */
  id: Scalars['ID']['output'];
};


/** A commercial proposal to a customer, revised through numbered versions. */
export type QuoteBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What to quote: the session and the selections to price. */
export type QuoteStorefrontSessionInput = {
  /** The catalog to price from; the session's when omitted. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** The items to reprice and how; at least one. */
  selections: Array<PriceSelectionInput>;
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
};

/** The quote, or why the session cannot be priced so. */
export type QuoteStorefrontSessionResult = BookingNotEditableError | CurrencyMismatchError | HoldExpiredError | InvalidPriceSelectionError | PricingUnavailableError | QuantityChangeRequiresReallocationError | StorefrontQuote;

/** A version of a quote, owned by the quotes subgraph; Bookings adds the booking made from it. */
export type QuoteVersion = {
  __typename?: 'QuoteVersion';
  /** The booking made from this accepted version (the newest, should there be several). */
  booking: Maybe<Booking>;
  /** The quote version's id (`qver_…`), owned by the quotes subgraph. */
  id: Scalars['ID']['output'];
};

/** A fulfillment used at the point of service. */
export type RecordRedemptionInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** Defaults to the fulfillment's item. */
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  /** The fulfillment used (`bkfl_…`). */
  fulfillmentId: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where, as free text. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** How it was used; defaults to MANUAL. */
  method?: InputMaybe<RedemptionMethod>;
  /** Defaults to now. */
  redeemedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to the fulfillment's traveler. */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The redemption, or why the fulfillment could not be redeemed. */
export type RecordRedemptionResult = AlreadyRedeemedError | BookingNotFulfillableError | BookingRedemption | FulfillmentNotIssuedError | FulfillmentRevokedError | IdempotencyInFlightError | IdempotencyKeyReusedError | ItemNotRedeemableError;

/** How a fulfillment was redeemed. */
export type RedemptionMethod =
  /** Reported by a partner system. */
  | 'api'
  /** Checked by staff. The default. */
  | 'manual'
  /** Any other way. */
  | 'other'
  /** Scanned. */
  | 'scan';

/** A new capability for the session, narrower or equal. */
export type RefreshCheckoutCapabilityInput = {
  /** The actions to keep; each must be granted by the capability sent. */
  actions: Array<Scalars['String']['input']>;
  /** The session (`book_…`); the capability sent must be for it. */
  sessionId: Scalars['ID']['input'];
};

/** A fresh capability with the same or fewer actions. */
export type RefreshCheckoutCapabilityPayload = {
  __typename?: 'RefreshCheckoutCapabilityPayload';
  /** The new capability. */
  capability: CheckoutCapability;
};

/** The amount is below 0 or above what is refundable (code `REFUND_AMOUNT_OUT_OF_RANGE`). Nothing changed. */
export type RefundAmountOutOfRangeError = BookingError & {
  __typename?: 'RefundAmountOutOfRangeError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** What is refundable. */
  refundable: Money;
  /** What was asked. */
  requested: Money;
};

/** A refund: credits `amount` (default: all that is refundable) and cancels the booking. */
export type RefundBookingInput = {
  /** What to credit, 0 up to the refundable amount, in the booking's sell currency; defaults to all of it. */
  amount?: InputMaybe<MoneyInput>;
  /** An approved approval for this refund (or the Action-Approval-Id header). */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read; another is refused with VersionConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Replays the first refund filed under it (≤ 255 characters; or the Idempotency-Key header). Agents and workflows
   * need one.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, up to 2000 characters; kept on the refund only, never in the activity log or events. */
  reason: Scalars['String']['input'];
};

/** The result of `refundBooking`. A refund that failed and was undone is a BookingRefund with status FAILED. */
export type RefundBookingResult = ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | BookingRefund | BookingTransitionError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | RefundAmountOutOfRangeError | RefundInProgressError | RefundUnavailableError | VersionConflictError;

/** Another refund of this booking is still running (code `REFUND_IN_PROGRESS`). Nothing changed. */
export type RefundInProgressError = BookingError & {
  __typename?: 'RefundInProgressError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The running refund. */
  refundId: Scalars['ID']['output'];
};

/** Where a refund is. */
export type RefundStatus =
  /** A step failed and the credit note could not be voided: see `steps`. */
  | 'compensation_failed'
  /** A step before the cancellation failed; the credit note was voided and the booking left as it was. */
  | 'failed'
  /** Its steps are still running (or being undone). */
  | 'running'
  /** Credited (when the amount is above 0) and the booking cancelled. */
  | 'succeeded';

/** No refund above 0 can be made now (code `REFUND_UNAVAILABLE`). Nothing changed. */
export type RefundUnavailableError = BookingError & {
  __typename?: 'RefundUnavailableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** Why. */
  reason: RefundUnavailableReason;
};

/** Why no refund above 0 can be made. */
export type RefundUnavailableReason =
  /** No finance system is configured (FINANCE_URL). */
  | 'finance_not_configured'
  /** The finance system could not be reached or answered in another currency. */
  | 'finance_unavailable';

/** Gives an allocation's capacity back. */
export type ReleaseBookingAllocationInput = {
  /** Also read from the Action-Approval-Id header: executes an approved release. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The allocation (`bkac_…`). */
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the release needs approval (an agent or workflow on a confirmed or in-progress booking). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, for the activity log; up to 2000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The booking without the allocation's capacity, or why it was not released. */
export type ReleaseBookingAllocationResult = AllocationTransitionError | ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingNotEditableError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | VersionConflictError;

/** The booking without the item, or why it was not removed. */
export type RemoveBookingItemResult = ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingNotEditableError | FingerprintMismatchError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | ItemTransitionError | VersionConflictError;

/** The booking without the traveler, or why it was not removed. */
export type RemoveBookingTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

/** Applies new prices to a session. */
export type RepriceStorefrontSessionInput = {
  /** The digest of the quote the buyer saw; PriceChangedError when the prices moved since. */
  acceptQuoteDigest?: InputMaybe<Scalars['String']['input']>;
  /** The catalog to price from; the session's when omitted. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: Scalars['Int']['input'];
  /** The items to reprice and how; at least one. */
  selections: Array<PriceSelectionInput>;
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
};

/** The repriced session, or why nothing changed. */
export type RepriceStorefrontSessionResult = BookingNotEditableError | CurrencyMismatchError | HoldExpiredError | InvalidPriceSelectionError | PriceChangedError | PricingUnavailableError | QuantityChangeRequiresReallocationError | StorefrontSession | VersionConflictError;

/** How a question or field applies to a booking. */
export type RequirementMode =
  /** Not asked. */
  | 'hidden'
  /** May be answered or filled. */
  | 'optional'
  /** Must be answered or filled before confirm. */
  | 'required';

/** Required answers or fields are missing (code `REQUIREMENTS_INCOMPLETE`). Nothing changed. */
export type RequirementsIncompleteError = BookingError & {
  __typename?: 'RequirementsIncompleteError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** What is missing. */
  missing: Array<MissingRequirement>;
};

/** Whether a booking has everything its options ask for. */
export type RequirementsStatus =
  /** Every required question is answered and every required field is filled. */
  | 'complete'
  /** Something required is missing; `missing` says what. */
  | 'incomplete'
  /** The catalog could not be asked; nothing is known about what applies. */
  | 'unavailable';

/** The catalog could not be asked what the booking requires (code `REQUIREMENTS_UNAVAILABLE`). Nothing changed. */
export type RequirementsUnavailableError = BookingError & {
  __typename?: 'RequirementsUnavailableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** A submitted reservation plan. A FAILED plan is still a plan: rows were written (and undone). */
export type ReservationPlan = {
  __typename?: 'ReservationPlan';
  /** The booking the plan created: ON_HOLD when it succeeded, CANCELLED when it failed. */
  booking: Maybe<Booking>;
  /** What undoing its held lines did, in the order it happened (reverse line order). */
  compensations: Array<PlanCompensation>;
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed; empty unless it did. */
  failures: Array<PlanFailure>;
  /** The plan's saga (`bksg_…`). */
  id: Scalars['ID']['output'];
  /** Its lines, in input order. */
  lines: Array<ReservationPlanLine>;
  /** The caller's id for the plan. */
  reservationPlanId: Scalars['ID']['output'];
  /** Where the plan is. */
  status: ReservationPlanStatus;
  /** What a caller should know, such as lines held internally for lack of an adapter. */
  warnings: Array<Scalars['String']['output']>;
};

/** Reservation plans, newest first. */
export type ReservationPlanConnection = {
  __typename?: 'ReservationPlanConnection';
  /** This page. */
  edges: Array<ReservationPlanEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many plans match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a reservation plan list. */
export type ReservationPlanEdge = {
  __typename?: 'ReservationPlanEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: ReservationPlan;
};

/** Which reservation plans to list. */
export type ReservationPlanFilter = {
  /** Only the plan of this booking. */
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  /** Only plans in this status. */
  status?: InputMaybe<ReservationPlanStatus>;
};

/** One line of a reservation plan as it stands. */
export type ReservationPlanLine = {
  __typename?: 'ReservationPlanLine';
  /** The item the line became; null until it is held. */
  bookingItem: Maybe<BookingItem>;
  /** The component the line stands for. */
  componentId: Scalars['ID']['output'];
  /** Why the line failed. */
  errorCode: Maybe<Scalars['String']['output']>;
  /** When the line's own hold ends. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Held by bookings itself (no provider adapter, or a manual placeholder). */
  internalHold: Scalars['Boolean']['output'];
  /** What the line is. */
  kind: ReservationPlanLineKind;
  /** The caller's id for the line. */
  planLineId: Scalars['ID']['output'];
  /** The provider's reference for its hold. */
  providerRef: Maybe<Scalars['String']['output']>;
  /** Where the line is. */
  status: PlanLineStatus;
  /** The supplier status the line wrote (`bkss_…`). */
  supplierRef: Maybe<Scalars['String']['output']>;
};

/** One line of a plan; which of `allocation` and `provider` it needs depends on `kind` (else BAD_USER_INPUT). */
export type ReservationPlanLineInput = {
  /** CATALOG_BACKED only, and required there. */
  allocation?: InputMaybe<AllocationTargetInput>;
  /** The trip or quote component the line stands for; kept on the item. */
  componentId: Scalars['ID']['input'];
  /** The item the line becomes. */
  item: PlanItemInput;
  /** What the line is. */
  kind: ReservationPlanLineKind;
  /** The caller's id for the line, unique within the plan. */
  planLineId: Scalars['ID']['input'];
  /** EXTERNAL_ORDER (required) and NON_CATALOG (optional) only. */
  provider?: InputMaybe<ProviderRefInput>;
  /** Who supplies a non-catalog line. */
  supplier?: InputMaybe<SupplierRefInput>;
};

/** What a plan line is (design: the caller chooses per line). */
export type ReservationPlanLineKind =
  /** Held through bookings' own inventory: needs `allocation`. */
  | 'catalog_backed'
  /** Held with an external provider: needs `provider`; without an adapter for it, held internally. */
  | 'external_order'
  /** A placeholder someone confirms by hand: always an internal hold with a PENDING supplier status. */
  | 'manual_placeholder'
  /** Not in the catalog: held with `provider` when given and wired, else internally. */
  | 'non_catalog';

/** Where the plan came from, written as the booking's CATALOG_PRICE_AVAILABILITY origin. */
export type ReservationPlanOriginInput = {
  /** The catalog price response the plan was priced from. */
  catalogPriceResponseId?: InputMaybe<Scalars['ID']['input']>;
  /** Any JSON object to keep with the origin. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The trip snapshot the plan belongs to. */
  tripSnapshotId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a reservation plan is. */
export type ReservationPlanStatus =
  /** A line failed; held lines are being released. */
  | 'compensating'
  /** A line failed and some held line could not be released: see `compensations`. */
  | 'compensation_failed'
  /** A line failed; every held line was released and the booking cancelled. */
  | 'failed'
  /** Lines are being held. */
  | 'running'
  /** Every line is held and the booking is ON_HOLD. */
  | 'succeeded';

/** A booking created ON_HOLD with its capacity held in one step: all of it is held, or nothing is created. */
export type ReserveBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's contact details. */
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  /** Last day of travel. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Reference in an external system. */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** When the hold lapses, in the future; give this or `holdMinutes`. */
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length in minutes, 1–1440; give this or holdExpiresAt, or neither for the configured default. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Staff-only notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** The items and the capacity each holds; at least one. */
  items: Array<ReserveBookingItemInput>;
  /** The buying organization (`org_…`). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** What the booking is made from. */
  origin?: InputMaybe<BookingOriginInput>;
  /** The buying person (`pers_…`). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217 code every sell amount is in; items must use it. */
  sellCurrency: Scalars['String']['input'];
  /** Sales channel; defaults to DIRECT. */
  sourceType?: InputMaybe<BookingSourceType>;
  /** First day of travel. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Travelers; at most one may be primary. */
  travelers?: InputMaybe<Array<BookingTravelerInput>>;
};

/** A priced line of a reservation, with the capacity it holds. */
export type ReserveBookingItemInput = {
  /** Capacity this item holds; all of it is taken or none. */
  allocations?: InputMaybe<Array<AllocationRequestInput>>;
  /** Longer description, up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the service ends. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the line sells or adjusts; defaults to UNIT. */
  itemType?: InputMaybe<BookingItemType>;
  /** Any JSON object to keep with the item. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The product option. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option's name, kept as it is now. */
  optionName?: InputMaybe<Scalars['String']['input']>;
  /** The catalog product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The product's name, kept as it is now. */
  productName?: InputMaybe<Scalars['String']['input']>;
  /** How many units, 1–10000; defaults to 1. */
  quantity?: Scalars['Int']['input'];
  /** The day the service is delivered. */
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The departure or time slot. */
  slotId?: InputMaybe<Scalars['ID']['input']>;
  /** When the service starts. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the buyer sees for this line, 1–255 characters. */
  title: Scalars['String']['input'];
  /** Cost of one unit to supply, when known. */
  unitCostAmount?: InputMaybe<MoneyInput>;
  /** The unit or fare. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit's name, kept as it is now. */
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

/** The booking ON_HOLD with its allocations HELD, or why nothing was reserved. */
export type ReserveBookingResult = AllocationTargetNotFoundError | Booking | BookingNumberTakenError | CapacityExhaustedError | IdempotencyInFlightError | IdempotencyKeyReusedError | PrimaryTravelerConflictError;

/** A question that applies to the booking, with the answers given so far. */
export type ResolvedBookingQuestion = {
  __typename?: 'ResolvedBookingQuestion';
  /** The answers given to it on this booking. */
  answers: Array<BookingAnswer>;
  /** The kind of answer it takes. */
  fieldType: BookingQuestionFieldType;
  /** What the buyer is asked. */
  label: Scalars['String']['output'];
  /** REQUIRED or OPTIONAL for this booking, after triggers and option overrides. */
  mode: RequirementMode;
  /** The allowed values of a select question; empty otherwise. */
  options: Array<BookingQuestionOption>;
  /** The catalog's id of the question. */
  questionId: Scalars['ID']['output'];
  /** Who or what the answer is about. */
  target: BookingQuestionTarget;
};

/** A contact or traveler field the booking's options ask for, checked without decrypting travel details. */
export type ResolvedContactRequirement = {
  __typename?: 'ResolvedContactRequirement';
  /** The field name (`email`, `dateOfBirth`, `documentNumber`). */
  field: Scalars['String']['output'];
  /** REQUIRED or OPTIONAL. */
  mode: RequirementMode;
  /** Whether every traveler it concerns (or the contact) has the field. */
  satisfied: Scalars['Boolean']['output'];
  /** Whose field it is. */
  target: ContactRequirementTarget;
  /** The travelers without it; empty for a CONTACT field. */
  travelersWithout: Array<Scalars['ID']['output']>;
};

/** A saga to drive again. */
export type RetrySagaInput = {
  /** The saga (`bksg_…`). */
  id: Scalars['ID']['input'];
};

/** The result of `retrySaga`. */
export type RetrySagaResult = Saga | SagaBusyError | SagaNotRetryableError;

/** Revokes every capability of a session. */
export type RevokeCheckoutCapabilitiesInput = {
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
};

/** Every capability issued for the session before now stopped working. */
export type RevokeCheckoutCapabilitiesPayload = {
  __typename?: 'RevokeCheckoutCapabilitiesPayload';
  /** The session's capability epoch now; tokens of earlier epochs are refused. */
  capabilityEpoch: Scalars['Int']['output'];
  /** The session. */
  sessionId: Scalars['ID']['output'];
};

/** A persisted workflow run. Needs bookings:admin. */
export type Saga = {
  __typename?: 'Saga';
  /** The booking it works on. */
  booking: Maybe<Booking>;
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** The caller's own id for the run (a reservation plan's `reservationPlanId`). */
  externalRef: Maybe<Scalars['ID']['output']>;
  /** Why it failed; null unless FAILED or COMPENSATION_FAILED (or compensating). */
  failure: Maybe<SagaFailure>;
  /** When it ended. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The saga's id (`bksg_…`). */
  id: Scalars['ID']['output'];
  /** What it runs. */
  kind: SagaKind;
  /** Until when its current driver holds it; recovery claims it afterwards. */
  leaseExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether the step after which nothing is undone has succeeded (the refund's cancellation). */
  pivotReached: Scalars['Boolean']['output'];
  /** Who started it. */
  principalId: Scalars['ID']['output'];
  /** Who started it. */
  principalType: PrincipalType;
  /** Where it is. */
  status: SagaStatus;
  /** Its steps, in order. */
  steps: Array<SagaStep>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Another runner holds the saga's lease (code `SAGA_BUSY`): retry after `leaseExpiresAt`. Nothing changed. */
export type SagaBusyError = BookingError & {
  __typename?: 'SagaBusyError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** When the current lease runs out. */
  leaseExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** Sagas, newest first. */
export type SagaConnection = {
  __typename?: 'SagaConnection';
  /** This page. */
  edges: Array<SagaEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** How many sagas match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a saga list. */
export type SagaEdge = {
  __typename?: 'SagaEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The saga. */
  node: Saga;
};

/** Why a saga failed: its first failing step. */
export type SagaFailure = {
  __typename?: 'SagaFailure';
  /** Stable code of the failure. */
  code: Scalars['String']['output'];
  /** The input line of the failing step. */
  lineRef: Maybe<Scalars['ID']['output']>;
  /** What failed, in English, free of personal data. */
  message: Scalars['String']['output'];
  /** The failing step. */
  step: Maybe<Scalars['String']['output']>;
};

/** Which sagas to list. */
export type SagaFilter = {
  /** Only sagas of this booking. */
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<SagaKind>;
  /** Only this status. */
  status?: InputMaybe<SagaStatus>;
};

/** What a saga runs. */
export type SagaKind =
  /** `refundBooking`: credit note, supplier reversal, then cancellation. */
  | 'refund'
  /** `submitReservationPlan`: lines held in order, undone in reverse on failure. */
  | 'reservation_plan';

/** The saga is finished or past its pivot, so it cannot be aborted (code `SAGA_NOT_ABORTABLE`). Nothing changed. */
export type SagaNotAbortableError = BookingError & {
  __typename?: 'SagaNotAbortableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** Whether the saga passed the step after which nothing is undone. */
  pivotReached: Scalars['Boolean']['output'];
  /** The saga's status. */
  status: SagaStatus;
};

/** The saga is finished and there is nothing to retry (code `SAGA_NOT_RETRYABLE`). Nothing changed. */
export type SagaNotRetryableError = BookingError & {
  __typename?: 'SagaNotRetryableError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The saga's status. */
  status: SagaStatus;
};

/**
 * Where a saga is. RUNNING and COMPENSATING are active: a lease names who drives them, and recovery takes over when
 * it runs out.
 */
export type SagaStatus =
  /** A step failed; the steps done before it are being undone. */
  | 'compensating'
  /** A step failed and something done before it could not be undone: see the steps' compensation codes. */
  | 'compensation_failed'
  /** A step failed and everything done before it was undone. */
  | 'failed'
  /** Steps are still running. */
  | 'running'
  /** Every step succeeded. */
  | 'succeeded';

/** One step of a saga. Error texts are ours, never raw SQL, stack traces or personal data. */
export type SagaStep = {
  __typename?: 'SagaStep';
  /** How often the step was started. */
  attempt: Scalars['Int']['output'];
  /** Why undoing the step failed. */
  compensationCode: Maybe<Scalars['String']['output']>;
  /** Why undoing the step failed, in English. */
  compensationMessage: Maybe<Scalars['String']['output']>;
  /** Why the step failed (a stable code such as CAPACITY_EXHAUSTED, PROVIDER_UNAVAILABLE, TIMEOUT). */
  errorCode: Maybe<Scalars['String']['output']>;
  /** Why the step failed, in English. */
  errorMessage: Maybe<Scalars['String']['output']>;
  /** When the step last finished or was undone. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The input line the step serves (a plan line's `planLineId`). */
  lineRef: Maybe<Scalars['ID']['output']>;
  /** The step's name; every port call it makes carries the key `<sagaId>:<name>`. */
  name: Scalars['String']['output'];
  /** Position, from 0. */
  seq: Scalars['Int']['output'];
  /** When the step last started. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the step is. */
  status: SagaStepStatus;
};

/** Where one step of a saga is. */
export type SagaStepStatus =
  /** Done, then undone. */
  | 'compensated'
  /** Done, and undoing it failed; `retrySaga` tries again. */
  | 'compensation_failed'
  /** Failed, or interrupted before it committed. */
  | 'failed'
  /** Done, and nothing here can undo it (no release configured). */
  | 'not_compensable'
  /** Not started. */
  | 'pending'
  /** Started (committed before its side effect); a crash leaves it so. */
  | 'running'
  /** Done. */
  | 'succeeded';

/** What a session still needs before it can be confirmed. */
export type SessionChecklist = {
  __typename?: 'SessionChecklist';
  /** The contact has a first name, last name and email. */
  contactComplete: Scalars['Boolean']['output'];
  /** The hold has not passed. */
  holdLive: Scalars['Boolean']['output'];
  /** The names of the checks that are false, in the order above. */
  missing: Array<Scalars['String']['output']>;
  /** Every line has a price (none is on request). */
  pricingComplete: Scalars['Boolean']['output'];
  /** All of the above. */
  ready: Scalars['Boolean']['output'];
  /** Every required booking question is answered (always true until booking requirements are enforced). */
  requiredAnswersComplete: Scalars['Boolean']['output'];
  /** At least one traveler, and one of them primary. */
  travelersComplete: Scalars['Boolean']['output'];
};

/** The buyer of a storefront session. */
export type SessionContact = {
  __typename?: 'SessionContact';
  /** ISO 3166-1 alpha-2 country of the buyer. */
  country: Maybe<Scalars['String']['output']>;
  /** Buyer's email. Personal data: masked without bookings-pii:read or this session's capability. */
  email: Maybe<Scalars['String']['output']>;
  /** Buyer's first name. Personal data: masked without bookings-pii:read or this session's capability. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Buyer's last name. Personal data: masked without bookings-pii:read or this session's capability. */
  lastName: Maybe<Scalars['String']['output']>;
  /** Buyer's phone. Personal data: masked without bookings-pii:read or this session's capability. */
  phone: Maybe<Scalars['String']['output']>;
  /** BCP 47 tag of the language the buyer prefers. */
  preferredLanguage: Maybe<Scalars['String']['output']>;
};

/** The buyer of a session; omitted fields stay as they are. */
export type SessionContactInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name, 1–100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name, 1–100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
};

/** A line of a storefront session, as the buyer sees it: sell prices only, never costs. */
export type SessionItem = {
  __typename?: 'SessionItem';
  /** The departure slot the line holds. */
  availabilitySlotId: Maybe<Scalars['ID']['output']>;
  /** The item's id (`bkit_…`); reprice selections name it. */
  id: Scalars['ID']['output'];
  /** The product option. */
  optionId: Maybe<Scalars['ID']['output']>;
  /** The option's name when the session started. */
  optionName: Maybe<Scalars['String']['output']>;
  /** The option unit (fare) the line is priced by. */
  optionUnitId: Maybe<Scalars['ID']['output']>;
  /** The pricing category the line is priced by. */
  pricingCategoryId: Maybe<Scalars['ID']['output']>;
  /** How the catalog prices the line (PER_UNIT, PER_PERSON, PER_BOOKING, STARTING_FROM, INCLUDED, FREE, ON_REQUEST). */
  pricingMode: Maybe<Scalars['String']['output']>;
  /** The catalog product. */
  productId: Maybe<Scalars['ID']['output']>;
  /** The product's name when the session started. */
  productName: Maybe<Scalars['String']['output']>;
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** The item's status. */
  status: BookingItemStatus;
  /** What the buyer sees for this line. */
  title: Scalars['String']['output'];
  /** The line's total; null while the line is on request. */
  total: Maybe<Money>;
  /** The unit's name when the line was priced. */
  unitName: Maybe<Scalars['String']['output']>;
  /** The price of one unit (or the flat amount); null while the line is on request. */
  unitPrice: Maybe<Money>;
};

/** The session cannot be confirmed yet (code `SESSION_NOT_READY`). Nothing changed. */
export type SessionNotReadyError = BookingError & {
  __typename?: 'SessionNotReadyError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The checklist entries that are false (`contactComplete`, `pricingComplete`, …). */
  missing: Array<Scalars['String']['output']>;
};

/** A person travelling on a storefront session. */
export type SessionTraveler = {
  __typename?: 'SessionTraveler';
  /** Adult, child, infant, senior or other. */
  category: TravelerCategory;
  /** Email. Personal data: masked without bookings-pii:read or this session's capability. */
  email: Maybe<Scalars['String']['output']>;
  /** First name. Personal data: masked without bookings-pii:read or this session's capability. */
  firstName: Scalars['String']['output'];
  /** The traveler's id (`bkpt_…`): send it back to edit this traveler; travelers are never matched by position. */
  id: Scalars['ID']['output'];
  /** Whether this is the lead traveler; at most one is. */
  isPrimary: Scalars['Boolean']['output'];
  /** Last name. Personal data: masked without bookings-pii:read or this session's capability. */
  lastName: Scalars['String']['output'];
  /** Traveler, occupant or other participant. */
  participantType: ParticipantType;
  /** Phone. Personal data: masked without bookings-pii:read or this session's capability. */
  phone: Maybe<Scalars['String']['output']>;
  /** BCP 47 tag of the language the traveler prefers. */
  preferredLanguage: Maybe<Scalars['String']['output']>;
};

/**
 * A traveler of a session. With `id`, that traveler of this session is updated (NOT_FOUND for any other id);
 * without, a traveler is created. A list of travelers is the whole list: travelers not in it are deleted.
 */
export type SessionTravelerInput = {
  /** Defaults to ADULT. */
  category?: InputMaybe<TravelerCategory>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name, 1–100 characters. */
  firstName: Scalars['String']['input'];
  /** The traveler to update (`bkpt_…`); omit to add one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** At most one traveler of the list may be primary. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name, 1–100 characters. */
  lastName: Scalars['String']['input'];
  /** Defaults to TRAVELER. */
  participantType?: InputMaybe<ParticipantType>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
};

/** Declares how much of a target Bookings may sell (needs inventory:write). */
export type SetAllocationCapacityInput = {
  /** null: unlimited. May be lowered below what is consumed; the result reports the overcommitment. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of inventory. */
  kind: AllocationKind;
  /** The product option the target belongs to. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The product the target belongs to. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** When the slot departs. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The slot, pickup point or resource, as the inventory owner identifies it (1–255 characters). */
  targetId: Scalars['ID']['input'];
};

/** Answers to set on a booking. */
export type SetBookingAnswersInput = {
  /** The answers, 1 to 100; each question and target at most once. */
  answers: Array<BookingAnswerInput>;
  /** The booking. */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read; a stale one is a VersionConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** The booking's requirements after the change, or why nothing changed. */
export type SetBookingAnswersResult = AnswerValidationError | BookingNotEditableError | BookingRequirements | RequirementsUnavailableError | VersionConflictError;

/** Records (or replaces) what a booking was made from. */
export type SetBookingOriginInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The origin; replaces any recorded one. */
  origin: BookingOriginInput;
};

/** What `setBookingOrigin` answers: the changed booking, or why nothing changed. */
export type SetBookingOriginResult = Booking | VersionConflictError;

/** Answers to set on a storefront session. */
export type SetSessionAnswersInput = {
  /** The answers, 1 to 100; each question and target at most once. */
  answers: Array<BookingAnswerInput>;
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: Scalars['Int']['input'];
  /** The session. */
  sessionId: Scalars['ID']['input'];
};

/** The session's requirements after the change, or why nothing changed. */
export type SetSessionAnswersResult = AnswerValidationError | BookingNotEditableError | BookingRequirements | RequirementsUnavailableError | VersionConflictError;

/** A move of a supplier commitment along its lifecycle (see `SupplierStatusTransitionError`). */
export type SetSupplierConfirmationInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: Scalars['ID']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The commitment (`bkss_…`). */
  id: Scalars['ID']['input'];
  /** The status to move to. CONFIRMED stamps `confirmedAt` with the server's clock. */
  status: SupplierConfirmationStatus;
  /** The supplier's reference given with its answer; omit or null to keep the current one. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
};

/** What `setSupplierConfirmation` answers: the moved commitment, or why nothing changed. */
export type SetSupplierConfirmationResult = BookingSupplierStatus | SupplierStatusTransitionError | VersionConflictError;

/** Sort direction. */
export type SortDirection =
  /** Smallest, earliest or alphabetically first first. */
  | 'asc'
  /** Largest, latest or alphabetically last first. */
  | 'desc';

/** What a storefront session starts with. */
export type StartStorefrontSessionInput = {
  /** The catalog to price from; the default public catalog when omitted. */
  catalogId?: InputMaybe<Scalars['ID']['input']>;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer. */
  contact?: InputMaybe<SessionContactInput>;
  /** The storefront's own reference for the session (at most 255 characters). */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** Hold length in minutes, 1 to STOREFRONT_MAX_HOLD_MINUTES; HOLD_DEFAULT_MINUTES when omitted. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The lines (1–20); each holds capacity on its slot. */
  items: Array<StorefrontItemInput>;
  /** The storefront the session is started from. */
  storefrontId?: InputMaybe<Scalars['ID']['input']>;
  /** The travelers; at most one primary. */
  travelers?: InputMaybe<Array<SessionTravelerInput>>;
};

/** The session was started: the session and the capability to continue it with. */
export type StartStorefrontSessionPayload = {
  __typename?: 'StartStorefrontSessionPayload';
  /** A capability with every action, for this session only. */
  capability: CheckoutCapability;
  /** The new session, ON_HOLD. */
  session: StorefrontSession;
};

/** The session and its capability, or why nothing was started. */
export type StartStorefrontSessionResult = AllocationTargetNotFoundError | CapacityExhaustedError | CurrencyMismatchError | InvalidPriceSelectionError | PricingUnavailableError | StartStorefrontSessionPayload;

/** A line to start a session with. There are no price fields: the catalog's rate card prices it. */
export type StorefrontItemInput = {
  /** The departure slot to hold capacity on. */
  availabilitySlotId: Scalars['ID']['input'];
  /** The product option; the catalog's default when omitted. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option unit (fare). */
  optionUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** The pricing category. */
  pricingCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The catalog product. */
  productId: Scalars['ID']['input'];
  /** How many units, 1 to STOREFRONT_MAX_QUANTITY. */
  quantity: Scalars['Int']['input'];
};

/** What repricing a session would give; computing it writes nothing. */
export type StorefrontQuote = {
  __typename?: 'StorefrontQuote';
  /** The booking version the quote was computed from. */
  bookingVersion: Scalars['Int']['output'];
  /** Pass it as `acceptQuoteDigest` to apply exactly this quote; PriceChangedError when prices moved since. */
  digest: Scalars['String']['output'];
  /** The selected lines, repriced. */
  lines: Array<StorefrontQuoteLine>;
  /** Every line would have a price. */
  pricingComplete: Scalars['Boolean']['output'];
  /** The session. */
  sessionId: Scalars['ID']['output'];
  /** The session total after the change; on-request lines add nothing. */
  total: Maybe<Money>;
};

/** A line of a quote: what the line would charge if the quote were applied. */
export type StorefrontQuoteLine = {
  __typename?: 'StorefrontQuoteLine';
  /** The session item (`bkit_…`). */
  itemId: Scalars['ID']['output'];
  /** The option the line would be priced by. */
  optionId: Maybe<Scalars['ID']['output']>;
  /** The option unit the line would be priced by. */
  optionUnitId: Maybe<Scalars['ID']['output']>;
  /** The pricing category the line would be priced by. */
  pricingCategoryId: Maybe<Scalars['ID']['output']>;
  /** How the catalog prices the line. */
  pricingMode: Scalars['String']['output'];
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** The line's total; null on request. */
  total: Maybe<Money>;
  /** The price of one unit (or the flat amount); null on request. */
  unitPrice: Maybe<Money>;
  /**
   * Advice about the line: BELOW_MIN_QUANTITY, ABOVE_MAX_QUANTITY, OCCUPANCY_EXCEEDS_PAX, OCCUPANCY_BELOW_PAX,
   * UNIT_METADATA_MISSING, ON_REQUEST.
   */
  warnings: Array<Scalars['String']['output']>;
};

/** A customer-facing booking in progress: an ON_HOLD booking without cost or internal fields. */
export type StorefrontSession = {
  __typename?: 'StorefrontSession';
  /** The booking number, BK-YYMM-NNNNNN. */
  bookingNumber: Scalars['String']['output'];
  /** What the session still needs before confirm. */
  checklist: SessionChecklist;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage: Maybe<Scalars['String']['output']>;
  /** The buyer; null until given. */
  contact: Maybe<SessionContact>;
  /** The storefront's own reference for the session. */
  externalBookingRef: Maybe<Scalars['String']['output']>;
  /** When the hold lapses. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The booking's id (`book_…`); the capability and every storefront mutation name the session by it. */
  id: Scalars['ID']['output'];
  /** The lines, in order. */
  items: Array<SessionItem>;
  /** The latest the hold may ever be extended to. */
  maxHoldUntil: Scalars['DateTime']['output'];
  /** How many travelers are on the session. */
  pax: Maybe<Scalars['Int']['output']>;
  /** Every line has a price (none is on request). */
  pricingComplete: Scalars['Boolean']['output'];
  /** What the session's options ask for, and what is missing before confirm. */
  requirements: BookingRequirements;
  /** ON_HOLD while in progress; CONFIRMED or AWAITING_PAYMENT after confirm; EXPIRED once abandoned or lapsed. */
  status: BookingStatus;
  /** The session's total in its sell currency. */
  total: Maybe<Money>;
  /** The travelers, in order. */
  travelers: Array<SessionTraveler>;
  /** The booking's version; pass it as `expectedVersion` to session mutations. */
  version: Scalars['Int']['output'];
  /** The wizard's state; null until the first wizard write. */
  wizardState: Maybe<WizardState>;
};

/** A reservation plan: one booking, its lines held in order. */
export type SubmitReservationPlanInput = {
  /** The booking the plan creates. */
  booking: PlanBookingInput;
  /** 1 to 50 lines, held in this order. */
  lines: Array<ReservationPlanLineInput>;
  /** Where the plan came from. */
  origin?: InputMaybe<ReservationPlanOriginInput>;
  /** The caller's id for the plan and its idempotency key: a repeat with the same input replays the result. */
  reservationPlanId: Scalars['ID']['input'];
};

/** The result of `submitReservationPlan`. */
export type SubmitReservationPlanResult = IdempotencyInFlightError | IdempotencyKeyReusedError | ReservationPlan;

/** A supplier, owned by the supplier directory; Bookings contributes the booking commitments made with it. */
export type Supplier = {
  __typename?: 'Supplier';
  /** Commitments to this supplier across bookings, newest first. */
  bookingCommitments: BookingSupplierStatusConnection;
  /** The supplier's id, owned by the supplier directory. */
  id: Scalars['ID']['output'];
};


/** A supplier, owned by the supplier directory; Bookings contributes the booking commitments made with it. */
export type SupplierBookingCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<SupplierConfirmationStatus>>;
  unmatched?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether a supplier has confirmed the service it provides for a booking. */
export type SupplierConfirmationStatus =
  /** The request to the supplier was withdrawn. */
  | 'cancelled'
  /** The supplier confirmed. */
  | 'confirmed'
  /** Asked, not answered yet. */
  | 'pending'
  /** The supplier refused. */
  | 'rejected';

/** A line of a supplier's invoice, owned by finance; Bookings contributes the commitment it bills. */
export type SupplierInvoiceLine = {
  __typename?: 'SupplierInvoiceLine';
  /** The booking supplier commitment this line was matched to; null when none. */
  bookingSupplierStatus: Maybe<BookingSupplierStatus>;
  /** The invoice line's id, owned by finance. */
  id: Scalars['ID']['output'];
};

/** The invoice line already bills another supplier commitment (code `SUPPLIER_INVOICE_LINE_ALREADY_LINKED`). */
export type SupplierInvoiceLineAlreadyLinkedError = BookingError & {
  __typename?: 'SupplierInvoiceLineAlreadyLinkedError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The invoice line asked for. */
  supplierInvoiceLineId: Scalars['ID']['output'];
};

/** Who supplies a non-catalog line: its PENDING supplier status is written with these. */
export type SupplierRefInput = {
  /** The service as the supplier names it; defaults to the item's title. */
  serviceName?: InputMaybe<Scalars['String']['input']>;
  /** The supplier's id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** The supplier's own reference, when no provider hold gives one. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
};

/** A service a supplier offers, owned by the supplier directory. */
export type SupplierService = {
  __typename?: 'SupplierService';
  /** The service's id, owned by the supplier directory. */
  id: Scalars['ID']['output'];
};

/**
 * The supplier lifecycle does not allow this move (code `INVALID_SUPPLIER_STATUS_TRANSITION`). PENDING may move to
 * CONFIRMED, REJECTED or CANCELLED; CONFIRMED to CANCELLED; REJECTED back to PENDING; CANCELLED nowhere.
 */
export type SupplierStatusTransitionError = BookingError & {
  __typename?: 'SupplierStatusTransitionError';
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The commitment's status, which did not change. */
  from: SupplierConfirmationStatus;
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
  /** The status that was asked for. */
  to: SupplierConfirmationStatus;
};

/** A status change along the state machine (see `BookingStatus` for the allowed moves). */
export type TransitionBookingInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** The `version` you read; when given and the booking changed since, the answer is VersionConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /**
   * When entering ON_HOLD: when the hold lapses (in the future). Give this or `holdMinutes`, or neither for the
   * configured default.
   */
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length when entering ON_HOLD, 1–1440. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The booking (`book_…`). */
  id: Scalars['ID']['input'];
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, for the activity log (for example a cancellation reason); up to 2000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The status to move to; must be in the booking's `allowedTransitions`. */
  to: BookingStatus;
};

/** The booking in its new status, or why it did not move. Agents and workflows may get ApprovalRequired. */
export type TransitionBookingResult = ApprovalAlreadyExecutedError | ApprovalExpiredError | ApprovalMismatchError | ApprovalNotApprovedError | ApprovalRequired | Booking | BookingTransitionError | FingerprintMismatchError | HoldExpiredError | IdempotencyKeyRequiredError | IdempotencyKeyReusedError | RequirementsIncompleteError | RequirementsUnavailableError | VersionConflictError;

/** Kind of identity or travel document. */
export type TravelDocumentType =
  /** A driving licence. */
  | 'driver_license'
  /** A national identity card. */
  | 'id_card'
  /** Any other document. */
  | 'other'
  /** A passport. The default when any document field is given. */
  | 'passport'
  /** A visa. */
  | 'visa';

/** The age or fare category a traveler is priced in. */
export type TravelerCategory =
  /** An adult. The default. */
  | 'adult'
  /** A child. */
  | 'child'
  /** An infant, usually without a seat of its own. */
  | 'infant'
  /** Any other category. */
  | 'other'
  /** A senior. */
  | 'senior';

/**
 * A traveler's travel details, decrypted on demand. Identity, dietary and accessibility data are
 * stored only as ciphertext; every read is audited.
 */
export type TravelerTravelDetails = {
  __typename?: 'TravelerTravelDetails';
  /** Accessibility needs as free text; null when none. */
  accessibilityNeeds: Maybe<Scalars['String']['output']>;
  /** Bed preference (stored in clear); null when not given. */
  bedPreference: Maybe<BedPreference>;
  /** Date of birth; null when not stored. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** Dietary requirements as free text; null when none. */
  dietaryRequirements: Maybe<Scalars['String']['output']>;
  /** The document's expiry day; null when not stored. */
  documentExpiry: Maybe<Scalars['Date']['output']>;
  /** The authority that issued the document; null when not stored. */
  documentIssuingAuthority: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2. */
  documentIssuingCountry: Maybe<Scalars['String']['output']>;
  /** The document's number, in clear; null when none is stored. */
  documentNumber: Maybe<Scalars['String']['output']>;
  /** The relationships subgraph's document (pdoc_…) the document fields were pre-filled from. */
  documentPersonDocumentId: Maybe<Scalars['ID']['output']>;
  /** Kind of identity document; null when none is stored. */
  documentType: Maybe<TravelDocumentType>;
  /** True when this traveler leads the group for suppliers (stored in clear). */
  isLeadTraveler: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2. */
  nationality: Maybe<Scalars['String']['output']>;
  /** The traveler these details belong to (`bkpt_…`). */
  travelerId: Scalars['ID']['output'];
  /** When the details last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
};

/** Removes a traveler's link to an item. */
export type UnlinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The item (`bkit_…`). */
  itemId: Scalars['ID']['input'];
  /** The traveler (`bkpt_…`). */
  travelerId: Scalars['ID']['input'];
};

/** The booking without the link, or why it was not removed. */
export type UnlinkItemTravelerResult = Booking | BookingNotEditableError | VersionConflictError;

/** Changes to a booking's own fields. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingInput = {
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's contact details; replaces the stored contact as a whole. */
  contact?: InputMaybe<BookingContactInput>;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  /** Last day of travel. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` you read; when given and the booking changed since, the answer is VersionConflictError. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Reference in an external system. */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** The booking to change (`book_…`). */
  id: Scalars['ID']['input'];
  /** Staff-only notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** The buying organization (`org_…`). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The buying person (`pers_…`). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Sales channel. */
  sourceType?: InputMaybe<BookingSourceType>;
  /** First day of travel. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to an item. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingItemInput = {
  /** Longer description, up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When the service ends. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The item to change (`bkit_…`). */
  id: Scalars['ID']['input'];
  /** What the line sells or adjusts. */
  itemType?: InputMaybe<BookingItemType>;
  /** Any JSON object to keep with the item. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The product option. */
  optionId?: InputMaybe<Scalars['ID']['input']>;
  /** The option's name. */
  optionName?: InputMaybe<Scalars['String']['input']>;
  /** The catalog product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The product's name. */
  productName?: InputMaybe<Scalars['String']['input']>;
  /** How many units, 1–10000. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** The day the service is delivered. */
  serviceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The departure or time slot. */
  slotId?: InputMaybe<Scalars['ID']['input']>;
  /** When the service starts. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the buyer sees for this line, 1–255 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Cost of one unit to supply. */
  unitCostAmount?: InputMaybe<MoneyInput>;
  /** The unit or fare. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit's name. */
  unitName?: InputMaybe<Scalars['String']['input']>;
  /** Price of one unit, in the booking's sell currency. */
  unitSellAmount?: InputMaybe<MoneyInput>;
};

/** The booking with the changed item and totals, or why it was not changed. */
export type UpdateBookingItemResult = AllocationTargetNotFoundError | AmbiguousReallocationError | Booking | BookingNotEditableError | CapacityExhaustedError | CostCurrencyMismatchError | VersionConflictError;

/** New text for a note. */
export type UpdateBookingNoteInput = {
  /** The new text, 1–10000 characters. */
  content: Scalars['String']['input'];
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The note (`bnot_…`). */
  id: Scalars['ID']['input'];
};

/** What `updateBookingNote` answers: the changed booking, or why nothing changed. */
export type UpdateBookingNoteResult = Booking | VersionConflictError;

/** The changed booking, or why it was not changed. */
export type UpdateBookingResult = Booking | BookingNotEditableError | VersionConflictError;

/**
 * Changes to a supplier commitment's details. A field left out stays as it is; a field sent as null is cleared
 * (`serviceName` cannot be). The status moves through `setSupplierConfirmation`.
 */
export type UpdateBookingSupplierStatusInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: Scalars['ID']['input'];
  /** What the supplier charges; null clears it. */
  cost?: InputMaybe<MoneyInput>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The commitment (`bkss_…`). */
  id: Scalars['ID']['input'];
  /** Staff notes; null clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Name of the service, 1–255 characters; cannot be null. */
  serviceName?: InputMaybe<Scalars['String']['input']>;
  /** The supplier; null clears it. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** The supplier's own reference; null clears it. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  /** The supplier's service; null clears it. */
  supplierServiceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `updateBookingSupplierStatus` answers: the changed commitment, or why nothing changed. */
export type UpdateBookingSupplierStatusResult = BookingSupplierStatus | VersionConflictError;

/** Changes to a traveler. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingTravelerInput = {
  /** Age or fare category. */
  category?: InputMaybe<TravelerCategory>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** First name, 1–100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The traveler to change (`bkpt_…`). */
  id: Scalars['ID']['input'];
  /** Make this the lead traveler (another primary traveler → PrimaryTravelerConflictError). */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name, 1–100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Staff notes about the traveler. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How the traveler takes part. */
  participantType?: InputMaybe<ParticipantType>;
  /** The person the traveler is (`pers_…`). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag. */
  preferredLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Requests to pass on to suppliers. */
  specialRequests?: InputMaybe<Scalars['String']['input']>;
};

/** The booking with the changed traveler, or why it was not changed. */
export type UpdateBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError | VersionConflictError;

/** Changes to a fulfillment: a status move along its lifecycle, a new channel or artifact. */
export type UpdateFulfillmentInput = {
  /** A new artifact URL. */
  artifactUrl?: InputMaybe<Scalars['String']['input']>;
  /** A new delivery channel. */
  deliveryChannel?: InputMaybe<FulfillmentChannel>;
  /** The fulfillment (`bkfl_…`). */
  id: Scalars['ID']['input'];
  /** New artifact data as a JSON object. */
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** The status to move to (ISSUED → REISSUED, REVOKED…). */
  status?: InputMaybe<FulfillmentStatus>;
};

/** The changed fulfillment, or why it was not changed. */
export type UpdateFulfillmentResult = BookingFulfillment | BookingNotFulfillableError | FulfillmentTransitionError;

/** A write of the wizard's state, checked against the state's version. */
export type UpdateSessionWizardStateInput = {
  /** The steps the buyer finished (at most 50). */
  completedSteps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The buyer, written to the booking's contact. */
  contact?: InputMaybe<SessionContactInput>;
  /** The step the buyer is on (at most 255 characters). */
  currentStep?: InputMaybe<Scalars['String']['input']>;
  /** The wizard state version last read (WizardState.version); 0 when there is no state yet. */
  expectedVersion: Scalars['Int']['input'];
  /** A JSON object (at most 64 KiB), combined as `payloadMode` says. */
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** MERGE (default, shallow) or REPLACE. */
  payloadMode?: InputMaybe<PayloadMode>;
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
  /** The whole list of travelers, by id; travelers not listed are deleted with their travel details. */
  travelers?: InputMaybe<Array<SessionTravelerInput>>;
};

/** The session with its new wizard state, or why nothing changed. */
export type UpdateSessionWizardStateResult = BookingNotEditableError | HoldExpiredError | PrimaryTravelerConflictError | StorefrontSession | VersionConflictError;

/** Changes to a session's own fields. */
export type UpdateStorefrontSessionInput = {
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The buyer; omitted fields stay as they are. */
  contact?: InputMaybe<SessionContactInput>;
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: Scalars['Int']['input'];
  /** The storefront's own reference (at most 255 characters). */
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  /** Moves the hold to this many minutes from now; never past `maxHoldUntil` (HoldExtensionLimitError). */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The session (`book_…`). */
  sessionId: Scalars['ID']['input'];
  /** The whole list of travelers, by id; travelers not listed are deleted with their travel details. */
  travelers?: InputMaybe<Array<SessionTravelerInput>>;
};

/** The changed session, or why nothing changed. */
export type UpdateStorefrontSessionResult = BookingNotEditableError | HoldExpiredError | HoldExtensionLimitError | PrimaryTravelerConflictError | StorefrontSession | VersionConflictError;

/** A supplier confirmation to add, or (with `id`) to replace. */
export type UpsertBookingSupplierStatusInput = {
  /** The booking (`book_…`). */
  bookingId: Scalars['ID']['input'];
  /** What the supplier charges. */
  cost?: InputMaybe<MoneyInput>;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Omit to add a new supplier status. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Staff notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Name of the service, 1–255 characters. */
  serviceName: Scalars['String']['input'];
  /** Where the supplier's confirmation stands. */
  status: SupplierConfirmationStatus;
  /** The supplier, as the supplier directory identifies it. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** The supplier's own reference. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  /** The supplier's service. */
  supplierServiceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What `upsertBookingSupplierStatus` answers: the changed booking, or why nothing changed. */
export type UpsertBookingSupplierStatusResult = Booking | SupplierStatusTransitionError | VersionConflictError;

/**
 * A field left out keeps its stored value; an explicit null clears it. documentType defaults to
 * PASSPORT when any document field holds a value.
 */
export type UpsertTravelerTravelDetailsInput = {
  /** Accessibility needs as free text. */
  accessibilityNeeds?: InputMaybe<Scalars['String']['input']>;
  /** Bed preference. */
  bedPreference?: InputMaybe<BedPreference>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Dietary requirements as free text. */
  dietaryRequirements?: InputMaybe<Scalars['String']['input']>;
  /** The document's expiry day. */
  documentExpiry?: InputMaybe<Scalars['Date']['input']>;
  /** The issuing authority. */
  documentIssuingAuthority?: InputMaybe<Scalars['String']['input']>;
  /** Issuing country, ISO 3166-1 alpha-2. */
  documentIssuingCountry?: InputMaybe<Scalars['String']['input']>;
  /** The document's number. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** The relationships subgraph's document (`pdoc_…`) the document fields come from. */
  documentPersonDocumentId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of identity document. */
  documentType?: InputMaybe<TravelDocumentType>;
  /** Whether this traveler leads the group for suppliers. */
  isLeadTraveler?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nationality, ISO 3166-1 alpha-2 (`PT`). */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Fill the fields this input leaves out from the traveler's person (relationships subgraph). */
  prefillFromPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** The traveler (`bkpt_…`). */
  travelerId: Scalars['ID']['input'];
};

/** The traveler with its stored details, or why nothing was stored. */
export type UpsertTravelerTravelDetailsResult = BookingNotEditableError | BookingTraveler | KeyServiceUnavailableError | PrefillUnavailableError;

/**
 * The booking changed since the caller read it (code `VERSION_CONFLICT`): `expectedVersion` no longer matches.
 * Read it again and retry. Nothing changed.
 */
export type VersionConflictError = BookingError & {
  __typename?: 'VersionConflictError';
  /** The booking's current version. */
  actualVersion: Scalars['Int']['output'];
  /** Stable, machine-readable code in SCREAMING_SNAKE_CASE; branch on this, never on `message`. */
  code: Scalars['String']['output'];
  /** The version the caller passed. */
  expectedVersion: Scalars['Int']['output'];
  /** Human-readable explanation in English, free of personal data; wording may change. */
  message: Scalars['String']['output'];
};

/** The storefront wizard's own state: opaque to Bookings apart from its limits. */
export type WizardState = {
  __typename?: 'WizardState';
  /** Steps the buyer finished (at most 50). */
  completedSteps: Array<Scalars['String']['output']>;
  /** The step the buyer is on (at most 255 characters). */
  currentStep: Maybe<Scalars['String']['output']>;
  /** The wizard's JSON object (at most 64 KiB). */
  payload: Scalars['JSON']['output'];
  /** When the state last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Moves by one on every write; pass it as `expectedVersion` to write again. */
  version: Scalars['Int']['output'];
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
  BookingAnswer: BookingAnswer;
  BookingFulfillment: BookingFulfillment;
  BookingItem: BookingItem;
  BookingRefund: BookingRefund;
  BookingSupplierStatus: BookingSupplierStatus;
  BookingTraveler: BookingTraveler;
  Organization: Organization;
  Person: Person;
  Quote: Quote;
  QuoteVersion: QuoteVersion;
  ReservationPlan: ReservationPlan;
  Supplier: Supplier;
  SupplierInvoiceLine: SupplierInvoiceLine;
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
  BookingAnswer:
    ( { __typename: 'BookingAnswer' }
    & GraphQLRecursivePick<FederationTypes['BookingAnswer'], {"id":true}> );
  BookingFulfillment:
    ( { __typename: 'BookingFulfillment' }
    & GraphQLRecursivePick<FederationTypes['BookingFulfillment'], {"id":true}> );
  BookingItem:
    ( { __typename: 'BookingItem' }
    & GraphQLRecursivePick<FederationTypes['BookingItem'], {"id":true}> );
  BookingRefund:
    ( { __typename: 'BookingRefund' }
    & GraphQLRecursivePick<FederationTypes['BookingRefund'], {"id":true}> );
  BookingSupplierStatus:
    ( { __typename: 'BookingSupplierStatus' }
    & GraphQLRecursivePick<FederationTypes['BookingSupplierStatus'], {"id":true}> );
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
  ReservationPlan:
    ( { __typename: 'ReservationPlan' }
    & ( GraphQLRecursivePick<FederationTypes['ReservationPlan'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['ReservationPlan'], {"reservationPlanId":true}> ) );
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
  SupplierInvoiceLine:
    ( { __typename: 'SupplierInvoiceLine' }
    & GraphQLRecursivePick<FederationTypes['SupplierInvoiceLine'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AbandonStorefrontSessionResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  AbortSagaResult:
    | ( BookingSagaRow )
    | ( SagaBusyError )
    | ( Omit<SagaNotAbortableError, 'status'> & { status: _RefType['SagaStatus'] } )
  ;
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
  AddBookingSupplierStatusResult:
    | ( BookingSupplierStatusRow )
    | ( Omit<SupplierStatusTransitionError, 'from' | 'to'> & { from: _RefType['SupplierConfirmationStatus'], to: _RefType['SupplierConfirmationStatus'] } )
    | ( VersionConflictError )
  ;
  AddBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( PrimaryTravelerConflictError )
    | ( VersionConflictError )
  ;
  ConfirmStorefrontSessionResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
    | ( RequirementsUnavailableError )
    | ( SessionNotReadyError )
    | ( BookingRow )
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
  LinkSupplierInvoiceLineResult:
    | ( BookingSupplierStatusRow )
    | ( SupplierInvoiceLineAlreadyLinkedError )
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
  QuoteStorefrontSessionResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( CurrencyMismatchError )
    | ( HoldExpiredError )
    | ( InvalidPriceSelectionError )
    | ( PricingUnavailableError )
    | ( QuantityChangeRequiresReallocationError )
    | ( StorefrontQuoteValue )
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
  RefundBookingResult:
    | ( ApprovalAlreadyExecutedError )
    | ( ApprovalExpiredError )
    | ( ApprovalMismatchError )
    | ( Omit<ApprovalNotApprovedError, 'status'> & { status: _RefType['ActionApprovalStatus'] } )
    | ( ApprovalRequiredOutcome )
    | ( BookingSagaRow )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( FingerprintMismatchError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( RefundAmountOutOfRangeError )
    | ( RefundInProgressError )
    | ( Omit<RefundUnavailableError, 'reason'> & { reason: _RefType['RefundUnavailableReason'] } )
    | ( VersionConflictError )
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
  RepriceStorefrontSessionResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( CurrencyMismatchError )
    | ( HoldExpiredError )
    | ( InvalidPriceSelectionError )
    | ( PriceChangedError )
    | ( PricingUnavailableError )
    | ( QuantityChangeRequiresReallocationError )
    | ( BookingRow )
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
  RetrySagaResult:
    | ( BookingSagaRow )
    | ( SagaBusyError )
    | ( Omit<SagaNotRetryableError, 'status'> & { status: _RefType['SagaStatus'] } )
  ;
  SetBookingAnswersResult:
    | ( Omit<AnswerValidationError, 'problems'> & { problems: Array<_RefType['AnswerProblem']> } )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( RequirementsView )
    | ( RequirementsUnavailableError )
    | ( VersionConflictError )
  ;
  SetBookingOriginResult:
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  SetSessionAnswersResult:
    | ( Omit<AnswerValidationError, 'problems'> & { problems: Array<_RefType['AnswerProblem']> } )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( RequirementsView )
    | ( RequirementsUnavailableError )
    | ( VersionConflictError )
  ;
  SetSupplierConfirmationResult:
    | ( BookingSupplierStatusRow )
    | ( Omit<SupplierStatusTransitionError, 'from' | 'to'> & { from: _RefType['SupplierConfirmationStatus'], to: _RefType['SupplierConfirmationStatus'] } )
    | ( VersionConflictError )
  ;
  StartStorefrontSessionResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( CurrencyMismatchError )
    | ( InvalidPriceSelectionError )
    | ( PricingUnavailableError )
    | ( StartedSessionValue )
  ;
  SubmitReservationPlanResult:
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyReusedError )
    | ( BookingSagaRow )
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
    | ( Omit<RequirementsIncompleteError, 'missing'> & { missing: Array<_RefType['MissingRequirement']> } )
    | ( RequirementsUnavailableError )
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
  UpdateBookingSupplierStatusResult:
    | ( BookingSupplierStatusRow )
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
  UpdateSessionWizardStateResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
    | ( PrimaryTravelerConflictError )
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  UpdateStorefrontSessionResult:
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
    | ( HoldExtensionLimitError )
    | ( PrimaryTravelerConflictError )
    | ( BookingRow )
    | ( VersionConflictError )
  ;
  UpsertBookingSupplierStatusResult:
    | ( BookingRow )
    | ( Omit<SupplierStatusTransitionError, 'from' | 'to'> & { from: _RefType['SupplierConfirmationStatus'], to: _RefType['SupplierConfirmationStatus'] } )
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
    | ( Omit<AnswerValidationError, 'problems'> & { problems: Array<_RefType['AnswerProblem']> } )
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
    | ( CurrencyMismatchError )
    | ( FingerprintMismatchError )
    | ( Omit<FulfillmentNotIssuedError, 'status'> & { status: _RefType['FulfillmentStatus'] } )
    | ( FulfillmentRevokedError )
    | ( Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: _RefType['FulfillmentStatus'], to: _RefType['FulfillmentStatus'] } )
    | ( HoldExpiredError )
    | ( HoldExtensionLimitError )
    | ( IdempotencyInFlightError )
    | ( IdempotencyKeyRequiredError )
    | ( IdempotencyKeyReusedError )
    | ( InvalidPriceSelectionError )
    | ( Omit<ItemNotRedeemableError, 'status'> & { status: _RefType['BookingItemStatus'] } )
    | ( Omit<ItemTransitionError, 'from' | 'to'> & { from: _RefType['BookingItemStatus'], to: _RefType['BookingItemStatus'] } )
    | ( KeyServiceUnavailableError )
    | ( Omit<PrefillUnavailableError, 'reason'> & { reason: _RefType['PrefillUnavailableReason'] } )
    | ( PriceChangedError )
    | ( PricingUnavailableError )
    | ( PrimaryTravelerConflictError )
    | ( QuantityChangeRequiresReallocationError )
    | ( RefundAmountOutOfRangeError )
    | ( RefundInProgressError )
    | ( Omit<RefundUnavailableError, 'reason'> & { reason: _RefType['RefundUnavailableReason'] } )
    | ( Omit<RequirementsIncompleteError, 'missing'> & { missing: Array<_RefType['MissingRequirement']> } )
    | ( RequirementsUnavailableError )
    | ( SagaBusyError )
    | ( Omit<SagaNotAbortableError, 'status'> & { status: _RefType['SagaStatus'] } )
    | ( Omit<SagaNotRetryableError, 'status'> & { status: _RefType['SagaStatus'] } )
    | ( SessionNotReadyError )
    | ( SupplierInvoiceLineAlreadyLinkedError )
    | ( Omit<SupplierStatusTransitionError, 'from' | 'to'> & { from: _RefType['SupplierConfirmationStatus'], to: _RefType['SupplierConfirmationStatus'] } )
    | ( VersionConflictError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AbandonStorefrontSessionInput: AbandonStorefrontSessionInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AbandonStorefrontSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AbandonStorefrontSessionResult']>;
  AbortSagaInput: AbortSagaInput;
  AbortSagaResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AbortSagaResult']>;
  ActionApproval: ResolverTypeWrapper<ActionApprovalRow>;
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
  AddBookingSupplierStatusInput: AddBookingSupplierStatusInput;
  AddBookingSupplierStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingSupplierStatusResult']>;
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingTravelerResult']>;
  AllocationCapacity: ResolverTypeWrapper<AllocationCapacityValue>;
  AllocationKind: ResolverTypeWrapper<AllocationKind>;
  AllocationRequestInput: AllocationRequestInput;
  AllocationStatus: ResolverTypeWrapper<AllocationStatus>;
  AllocationTargetInput: AllocationTargetInput;
  AllocationTargetNotFoundError: ResolverTypeWrapper<Omit<AllocationTargetNotFoundError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  AllocationTransitionError: ResolverTypeWrapper<Omit<AllocationTransitionError, 'from' | 'to'> & { from: ResolversTypes['AllocationStatus'], to: ResolversTypes['AllocationStatus'] }>;
  AlreadyRedeemedError: ResolverTypeWrapper<AlreadyRedeemedError>;
  AmbiguousReallocationError: ResolverTypeWrapper<AmbiguousReallocationError>;
  AnswerProblem: ResolverTypeWrapper<Omit<AnswerProblem, 'reason'> & { reason: ResolversTypes['AnswerProblemReason'] }>;
  AnswerProblemReason: ResolverTypeWrapper<AnswerProblemReason>;
  AnswerValidationError: ResolverTypeWrapper<Omit<AnswerValidationError, 'problems'> & { problems: Array<ResolversTypes['AnswerProblem']> }>;
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
  BookingAnswer: ResolverTypeWrapper<BookingAnswerRow>;
  BookingAnswerInput: BookingAnswerInput;
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
  BookingQuestionFieldType: ResolverTypeWrapper<BookingQuestionFieldType>;
  BookingQuestionOption: ResolverTypeWrapper<BookingQuestionOption>;
  BookingQuestionSnapshot: ResolverTypeWrapper<Omit<BookingQuestionSnapshot, 'fieldType' | 'target'> & { fieldType: ResolversTypes['BookingQuestionFieldType'], target: ResolversTypes['BookingQuestionTarget'] }>;
  BookingQuestionTarget: ResolverTypeWrapper<BookingQuestionTarget>;
  BookingRedemption: ResolverTypeWrapper<BookingRedemptionRow>;
  BookingRefund: ResolverTypeWrapper<BookingSagaRow>;
  BookingRequirements: ResolverTypeWrapper<RequirementsView>;
  BookingSourceType: ResolverTypeWrapper<BookingSourceType>;
  BookingStatus: ResolverTypeWrapper<BookingStatus>;
  BookingSupplierConfirmation: ResolverTypeWrapper<BookingSupplierConfirmation>;
  BookingSupplierStatus: ResolverTypeWrapper<BookingSupplierStatusRow>;
  BookingSupplierStatusConnection: ResolverTypeWrapper<ConnectionValue<BookingSupplierStatusRow>>;
  BookingSupplierStatusEdge: ResolverTypeWrapper<Omit<BookingSupplierStatusEdge, 'node'> & { node: ResolversTypes['BookingSupplierStatus'] }>;
  BookingTransitionError: ResolverTypeWrapper<Omit<BookingTransitionError, 'from' | 'to'> & { from: ResolversTypes['BookingStatus'], to: ResolversTypes['BookingStatus'] }>;
  BookingTraveler: ResolverTypeWrapper<BookingTravelerRow>;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: ResolverTypeWrapper<Omit<CapacityExhaustedError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  CheckoutCapability: ResolverTypeWrapper<IssuedCapability>;
  ConfirmStorefrontSessionInput: ConfirmStorefrontSessionInput;
  ConfirmStorefrontSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ConfirmStorefrontSessionResult']>;
  ContactRequirementTarget: ResolverTypeWrapper<ContactRequirementTarget>;
  CostCurrencyMismatchError: ResolverTypeWrapper<CostCurrencyMismatchError>;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateBookingResult']>;
  CurrencyMismatchError: ResolverTypeWrapper<CurrencyMismatchError>;
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
  HoldExtensionLimitError: ResolverTypeWrapper<HoldExtensionLimitError>;
  IdempotencyInFlightError: ResolverTypeWrapper<IdempotencyInFlightError>;
  IdempotencyKeyRequiredError: ResolverTypeWrapper<IdempotencyKeyRequiredError>;
  IdempotencyKeyReusedError: ResolverTypeWrapper<IdempotencyKeyReusedError>;
  InvalidPriceSelectionError: ResolverTypeWrapper<InvalidPriceSelectionError>;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IssueFulfillmentResult']>;
  ItemNotRedeemableError: ResolverTypeWrapper<Omit<ItemNotRedeemableError, 'status'> & { status: ResolversTypes['BookingItemStatus'] }>;
  ItemTransitionError: ResolverTypeWrapper<Omit<ItemTransitionError, 'from' | 'to'> & { from: ResolversTypes['BookingItemStatus'], to: ResolversTypes['BookingItemStatus'] }>;
  ItemTravelerRole: ResolverTypeWrapper<ItemTravelerRole>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyServiceUnavailableError: ResolverTypeWrapper<KeyServiceUnavailableError>;
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LinkItemTravelerResult']>;
  LinkSupplierInvoiceLineInput: LinkSupplierInvoiceLineInput;
  LinkSupplierInvoiceLineResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LinkSupplierInvoiceLineResult']>;
  MissingRequirement: ResolverTypeWrapper<Omit<MissingRequirement, 'kind'> & { kind: ResolversTypes['MissingRequirementKind'] }>;
  MissingRequirementKind: ResolverTypeWrapper<MissingRequirementKind>;
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
  PayloadMode: ResolverTypeWrapper<PayloadMode>;
  Person: ResolverTypeWrapper<EntityReference>;
  PersonDocument: ResolverTypeWrapper<EntityReference>;
  PiiAuditAction: ResolverTypeWrapper<PiiAuditAction>;
  PiiAuditEventFilter: PiiAuditEventFilter;
  PiiAuditOutcome: ResolverTypeWrapper<PiiAuditOutcome>;
  PlanBookingInput: PlanBookingInput;
  PlanCompensation: ResolverTypeWrapper<PlanCompensationValue>;
  PlanFailure: ResolverTypeWrapper<PlanFailureValue>;
  PlanItemInput: PlanItemInput;
  PlanLineStatus: ResolverTypeWrapper<PlanLineStatus>;
  PrefillUnavailableError: ResolverTypeWrapper<Omit<PrefillUnavailableError, 'reason'> & { reason: ResolversTypes['PrefillUnavailableReason'] }>;
  PrefillUnavailableReason: ResolverTypeWrapper<PrefillUnavailableReason>;
  PriceChangedError: ResolverTypeWrapper<PriceChangedError>;
  PriceSelectionInput: PriceSelectionInput;
  PricingUnavailableError: ResolverTypeWrapper<PricingUnavailableError>;
  PrimaryTravelerConflictError: ResolverTypeWrapper<PrimaryTravelerConflictError>;
  PrincipalType: ResolverTypeWrapper<PrincipalType>;
  ProviderRefInput: ProviderRefInput;
  QuantityChangeRequiresReallocationError: ResolverTypeWrapper<QuantityChangeRequiresReallocationError>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<EntityReference>;
  QuoteStorefrontSessionInput: QuoteStorefrontSessionInput;
  QuoteStorefrontSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuoteStorefrontSessionResult']>;
  QuoteVersion: ResolverTypeWrapper<EntityReference>;
  RecordRedemptionInput: RecordRedemptionInput;
  RecordRedemptionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordRedemptionResult']>;
  RedemptionMethod: ResolverTypeWrapper<RedemptionMethod>;
  RefreshCheckoutCapabilityInput: RefreshCheckoutCapabilityInput;
  RefreshCheckoutCapabilityPayload: ResolverTypeWrapper<Omit<RefreshCheckoutCapabilityPayload, 'capability'> & { capability: ResolversTypes['CheckoutCapability'] }>;
  RefundAmountOutOfRangeError: ResolverTypeWrapper<RefundAmountOutOfRangeError>;
  RefundBookingInput: RefundBookingInput;
  RefundBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefundBookingResult']>;
  RefundInProgressError: ResolverTypeWrapper<RefundInProgressError>;
  RefundStatus: ResolverTypeWrapper<RefundStatus>;
  RefundUnavailableError: ResolverTypeWrapper<Omit<RefundUnavailableError, 'reason'> & { reason: ResolversTypes['RefundUnavailableReason'] }>;
  RefundUnavailableReason: ResolverTypeWrapper<RefundUnavailableReason>;
  ReleaseBookingAllocationInput: ReleaseBookingAllocationInput;
  ReleaseBookingAllocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReleaseBookingAllocationResult']>;
  RemoveBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveBookingItemResult']>;
  RemoveBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveBookingTravelerResult']>;
  RepriceStorefrontSessionInput: RepriceStorefrontSessionInput;
  RepriceStorefrontSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RepriceStorefrontSessionResult']>;
  RequirementMode: ResolverTypeWrapper<RequirementMode>;
  RequirementsIncompleteError: ResolverTypeWrapper<Omit<RequirementsIncompleteError, 'missing'> & { missing: Array<ResolversTypes['MissingRequirement']> }>;
  RequirementsStatus: ResolverTypeWrapper<RequirementsStatus>;
  RequirementsUnavailableError: ResolverTypeWrapper<RequirementsUnavailableError>;
  ReservationPlan: ResolverTypeWrapper<BookingSagaRow>;
  ReservationPlanConnection: ResolverTypeWrapper<BookingSagaConnectionValue>;
  ReservationPlanEdge: ResolverTypeWrapper<Omit<ReservationPlanEdge, 'node'> & { node: ResolversTypes['ReservationPlan'] }>;
  ReservationPlanFilter: ReservationPlanFilter;
  ReservationPlanLine: ResolverTypeWrapper<PlanLineValue>;
  ReservationPlanLineInput: ReservationPlanLineInput;
  ReservationPlanLineKind: ResolverTypeWrapper<ReservationPlanLineKind>;
  ReservationPlanOriginInput: ReservationPlanOriginInput;
  ReservationPlanStatus: ResolverTypeWrapper<ReservationPlanStatus>;
  ReserveBookingInput: ReserveBookingInput;
  ReserveBookingItemInput: ReserveBookingItemInput;
  ReserveBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveBookingResult']>;
  ResolvedBookingQuestion: ResolverTypeWrapper<QuestionView>;
  ResolvedContactRequirement: ResolverTypeWrapper<Omit<ResolvedContactRequirement, 'mode' | 'target'> & { mode: ResolversTypes['RequirementMode'], target: ResolversTypes['ContactRequirementTarget'] }>;
  RetrySagaInput: RetrySagaInput;
  RetrySagaResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RetrySagaResult']>;
  RevokeCheckoutCapabilitiesInput: RevokeCheckoutCapabilitiesInput;
  RevokeCheckoutCapabilitiesPayload: ResolverTypeWrapper<RevokeCheckoutCapabilitiesPayload>;
  Saga: ResolverTypeWrapper<BookingSagaRow>;
  SagaBusyError: ResolverTypeWrapper<SagaBusyError>;
  SagaConnection: ResolverTypeWrapper<BookingSagaConnectionValue>;
  SagaEdge: ResolverTypeWrapper<Omit<SagaEdge, 'node'> & { node: ResolversTypes['Saga'] }>;
  SagaFailure: ResolverTypeWrapper<SagaFailureValue>;
  SagaFilter: SagaFilter;
  SagaKind: ResolverTypeWrapper<SagaKind>;
  SagaNotAbortableError: ResolverTypeWrapper<Omit<SagaNotAbortableError, 'status'> & { status: ResolversTypes['SagaStatus'] }>;
  SagaNotRetryableError: ResolverTypeWrapper<Omit<SagaNotRetryableError, 'status'> & { status: ResolversTypes['SagaStatus'] }>;
  SagaStatus: ResolverTypeWrapper<SagaStatus>;
  SagaStep: ResolverTypeWrapper<BookingSagaStepRow>;
  SagaStepStatus: ResolverTypeWrapper<SagaStepStatus>;
  SessionChecklist: ResolverTypeWrapper<SessionChecklistValue>;
  SessionContact: ResolverTypeWrapper<BookingRow>;
  SessionContactInput: SessionContactInput;
  SessionItem: ResolverTypeWrapper<BookingItemRow>;
  SessionNotReadyError: ResolverTypeWrapper<SessionNotReadyError>;
  SessionTraveler: ResolverTypeWrapper<BookingTravelerRow>;
  SessionTravelerInput: SessionTravelerInput;
  SetAllocationCapacityInput: SetAllocationCapacityInput;
  SetBookingAnswersInput: SetBookingAnswersInput;
  SetBookingAnswersResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetBookingAnswersResult']>;
  SetBookingOriginInput: SetBookingOriginInput;
  SetBookingOriginResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetBookingOriginResult']>;
  SetSessionAnswersInput: SetSessionAnswersInput;
  SetSessionAnswersResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetSessionAnswersResult']>;
  SetSupplierConfirmationInput: SetSupplierConfirmationInput;
  SetSupplierConfirmationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetSupplierConfirmationResult']>;
  SortDirection: ResolverTypeWrapper<SortDirection>;
  StartStorefrontSessionInput: StartStorefrontSessionInput;
  StartStorefrontSessionPayload: ResolverTypeWrapper<StartedSessionValue>;
  StartStorefrontSessionResult: ResolverTypeWrapper<StartResultValue>;
  StorefrontItemInput: StorefrontItemInput;
  StorefrontQuote: ResolverTypeWrapper<StorefrontQuoteValue>;
  StorefrontQuoteLine: ResolverTypeWrapper<StorefrontQuoteLineValue>;
  StorefrontSession: ResolverTypeWrapper<BookingRow>;
  SubmitReservationPlanInput: SubmitReservationPlanInput;
  SubmitReservationPlanResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SubmitReservationPlanResult']>;
  Supplier: ResolverTypeWrapper<EntityReference>;
  SupplierConfirmationStatus: ResolverTypeWrapper<SupplierConfirmationStatus>;
  SupplierInvoiceLine: ResolverTypeWrapper<EntityReference>;
  SupplierInvoiceLineAlreadyLinkedError: ResolverTypeWrapper<SupplierInvoiceLineAlreadyLinkedError>;
  SupplierRefInput: SupplierRefInput;
  SupplierService: ResolverTypeWrapper<EntityReference>;
  SupplierStatusTransitionError: ResolverTypeWrapper<Omit<SupplierStatusTransitionError, 'from' | 'to'> & { from: ResolversTypes['SupplierConfirmationStatus'], to: ResolversTypes['SupplierConfirmationStatus'] }>;
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
  UpdateBookingSupplierStatusInput: UpdateBookingSupplierStatusInput;
  UpdateBookingSupplierStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingSupplierStatusResult']>;
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingTravelerResult']>;
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateFulfillmentResult']>;
  UpdateSessionWizardStateInput: UpdateSessionWizardStateInput;
  UpdateSessionWizardStateResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateSessionWizardStateResult']>;
  UpdateStorefrontSessionInput: UpdateStorefrontSessionInput;
  UpdateStorefrontSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateStorefrontSessionResult']>;
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
  UpsertBookingSupplierStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpsertBookingSupplierStatusResult']>;
  UpsertTravelerTravelDetailsInput: UpsertTravelerTravelDetailsInput;
  UpsertTravelerTravelDetailsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpsertTravelerTravelDetailsResult']>;
  VersionConflictError: ResolverTypeWrapper<VersionConflictError>;
  WizardState: ResolverTypeWrapper<WizardStateRow>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AbandonStorefrontSessionInput: AbandonStorefrontSessionInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AbandonStorefrontSessionResult: ResolversUnionTypes<ResolversParentTypes>['AbandonStorefrontSessionResult'];
  AbortSagaInput: AbortSagaInput;
  AbortSagaResult: ResolversUnionTypes<ResolversParentTypes>['AbortSagaResult'];
  ActionApproval: ActionApprovalRow;
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
  AddBookingSupplierStatusInput: AddBookingSupplierStatusInput;
  AddBookingSupplierStatusResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingSupplierStatusResult'];
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingTravelerResult'];
  AllocationCapacity: AllocationCapacityValue;
  AllocationRequestInput: AllocationRequestInput;
  AllocationTargetInput: AllocationTargetInput;
  AllocationTargetNotFoundError: AllocationTargetNotFoundError;
  AllocationTransitionError: AllocationTransitionError;
  AlreadyRedeemedError: AlreadyRedeemedError;
  AmbiguousReallocationError: AmbiguousReallocationError;
  AnswerProblem: AnswerProblem;
  AnswerValidationError: Omit<AnswerValidationError, 'problems'> & { problems: Array<ResolversParentTypes['AnswerProblem']> };
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
  BookingAnswer: BookingAnswerRow;
  BookingAnswerInput: BookingAnswerInput;
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
  BookingQuestionOption: BookingQuestionOption;
  BookingQuestionSnapshot: BookingQuestionSnapshot;
  BookingRedemption: BookingRedemptionRow;
  BookingRefund: BookingSagaRow;
  BookingRequirements: RequirementsView;
  BookingSupplierStatus: BookingSupplierStatusRow;
  BookingSupplierStatusConnection: ConnectionValue<BookingSupplierStatusRow>;
  BookingSupplierStatusEdge: Omit<BookingSupplierStatusEdge, 'node'> & { node: ResolversParentTypes['BookingSupplierStatus'] };
  BookingTransitionError: BookingTransitionError;
  BookingTraveler: BookingTravelerRow;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: CapacityExhaustedError;
  CheckoutCapability: IssuedCapability;
  ConfirmStorefrontSessionInput: ConfirmStorefrontSessionInput;
  ConfirmStorefrontSessionResult: ResolversUnionTypes<ResolversParentTypes>['ConfirmStorefrontSessionResult'];
  CostCurrencyMismatchError: CostCurrencyMismatchError;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolversUnionTypes<ResolversParentTypes>['CreateBookingResult'];
  CurrencyMismatchError: CurrencyMismatchError;
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
  HoldExtensionLimitError: HoldExtensionLimitError;
  IdempotencyInFlightError: IdempotencyInFlightError;
  IdempotencyKeyRequiredError: IdempotencyKeyRequiredError;
  IdempotencyKeyReusedError: IdempotencyKeyReusedError;
  InvalidPriceSelectionError: InvalidPriceSelectionError;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['IssueFulfillmentResult'];
  ItemNotRedeemableError: ItemNotRedeemableError;
  ItemTransitionError: ItemTransitionError;
  JSON: Scalars['JSON']['output'];
  KeyServiceUnavailableError: KeyServiceUnavailableError;
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolversUnionTypes<ResolversParentTypes>['LinkItemTravelerResult'];
  LinkSupplierInvoiceLineInput: LinkSupplierInvoiceLineInput;
  LinkSupplierInvoiceLineResult: ResolversUnionTypes<ResolversParentTypes>['LinkSupplierInvoiceLineResult'];
  MissingRequirement: MissingRequirement;
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
  PlanBookingInput: PlanBookingInput;
  PlanCompensation: PlanCompensationValue;
  PlanFailure: PlanFailureValue;
  PlanItemInput: PlanItemInput;
  PrefillUnavailableError: PrefillUnavailableError;
  PriceChangedError: PriceChangedError;
  PriceSelectionInput: PriceSelectionInput;
  PricingUnavailableError: PricingUnavailableError;
  PrimaryTravelerConflictError: PrimaryTravelerConflictError;
  ProviderRefInput: ProviderRefInput;
  QuantityChangeRequiresReallocationError: QuantityChangeRequiresReallocationError;
  Query: Record<PropertyKey, never>;
  Quote: EntityReference;
  QuoteStorefrontSessionInput: QuoteStorefrontSessionInput;
  QuoteStorefrontSessionResult: ResolversUnionTypes<ResolversParentTypes>['QuoteStorefrontSessionResult'];
  QuoteVersion: EntityReference;
  RecordRedemptionInput: RecordRedemptionInput;
  RecordRedemptionResult: ResolversUnionTypes<ResolversParentTypes>['RecordRedemptionResult'];
  RefreshCheckoutCapabilityInput: RefreshCheckoutCapabilityInput;
  RefreshCheckoutCapabilityPayload: Omit<RefreshCheckoutCapabilityPayload, 'capability'> & { capability: ResolversParentTypes['CheckoutCapability'] };
  RefundAmountOutOfRangeError: RefundAmountOutOfRangeError;
  RefundBookingInput: RefundBookingInput;
  RefundBookingResult: ResolversUnionTypes<ResolversParentTypes>['RefundBookingResult'];
  RefundInProgressError: RefundInProgressError;
  RefundUnavailableError: RefundUnavailableError;
  ReleaseBookingAllocationInput: ReleaseBookingAllocationInput;
  ReleaseBookingAllocationResult: ResolversUnionTypes<ResolversParentTypes>['ReleaseBookingAllocationResult'];
  RemoveBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['RemoveBookingItemResult'];
  RemoveBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['RemoveBookingTravelerResult'];
  RepriceStorefrontSessionInput: RepriceStorefrontSessionInput;
  RepriceStorefrontSessionResult: ResolversUnionTypes<ResolversParentTypes>['RepriceStorefrontSessionResult'];
  RequirementsIncompleteError: Omit<RequirementsIncompleteError, 'missing'> & { missing: Array<ResolversParentTypes['MissingRequirement']> };
  RequirementsUnavailableError: RequirementsUnavailableError;
  ReservationPlan: BookingSagaRow;
  ReservationPlanConnection: BookingSagaConnectionValue;
  ReservationPlanEdge: Omit<ReservationPlanEdge, 'node'> & { node: ResolversParentTypes['ReservationPlan'] };
  ReservationPlanFilter: ReservationPlanFilter;
  ReservationPlanLine: PlanLineValue;
  ReservationPlanLineInput: ReservationPlanLineInput;
  ReservationPlanOriginInput: ReservationPlanOriginInput;
  ReserveBookingInput: ReserveBookingInput;
  ReserveBookingItemInput: ReserveBookingItemInput;
  ReserveBookingResult: ResolversUnionTypes<ResolversParentTypes>['ReserveBookingResult'];
  ResolvedBookingQuestion: QuestionView;
  ResolvedContactRequirement: ResolvedContactRequirement;
  RetrySagaInput: RetrySagaInput;
  RetrySagaResult: ResolversUnionTypes<ResolversParentTypes>['RetrySagaResult'];
  RevokeCheckoutCapabilitiesInput: RevokeCheckoutCapabilitiesInput;
  RevokeCheckoutCapabilitiesPayload: RevokeCheckoutCapabilitiesPayload;
  Saga: BookingSagaRow;
  SagaBusyError: SagaBusyError;
  SagaConnection: BookingSagaConnectionValue;
  SagaEdge: Omit<SagaEdge, 'node'> & { node: ResolversParentTypes['Saga'] };
  SagaFailure: SagaFailureValue;
  SagaFilter: SagaFilter;
  SagaNotAbortableError: SagaNotAbortableError;
  SagaNotRetryableError: SagaNotRetryableError;
  SagaStep: BookingSagaStepRow;
  SessionChecklist: SessionChecklistValue;
  SessionContact: BookingRow;
  SessionContactInput: SessionContactInput;
  SessionItem: BookingItemRow;
  SessionNotReadyError: SessionNotReadyError;
  SessionTraveler: BookingTravelerRow;
  SessionTravelerInput: SessionTravelerInput;
  SetAllocationCapacityInput: SetAllocationCapacityInput;
  SetBookingAnswersInput: SetBookingAnswersInput;
  SetBookingAnswersResult: ResolversUnionTypes<ResolversParentTypes>['SetBookingAnswersResult'];
  SetBookingOriginInput: SetBookingOriginInput;
  SetBookingOriginResult: ResolversUnionTypes<ResolversParentTypes>['SetBookingOriginResult'];
  SetSessionAnswersInput: SetSessionAnswersInput;
  SetSessionAnswersResult: ResolversUnionTypes<ResolversParentTypes>['SetSessionAnswersResult'];
  SetSupplierConfirmationInput: SetSupplierConfirmationInput;
  SetSupplierConfirmationResult: ResolversUnionTypes<ResolversParentTypes>['SetSupplierConfirmationResult'];
  StartStorefrontSessionInput: StartStorefrontSessionInput;
  StartStorefrontSessionPayload: StartedSessionValue;
  StartStorefrontSessionResult: StartResultValue;
  StorefrontItemInput: StorefrontItemInput;
  StorefrontQuote: StorefrontQuoteValue;
  StorefrontQuoteLine: StorefrontQuoteLineValue;
  StorefrontSession: BookingRow;
  SubmitReservationPlanInput: SubmitReservationPlanInput;
  SubmitReservationPlanResult: ResolversUnionTypes<ResolversParentTypes>['SubmitReservationPlanResult'];
  Supplier: EntityReference;
  SupplierInvoiceLine: EntityReference;
  SupplierInvoiceLineAlreadyLinkedError: SupplierInvoiceLineAlreadyLinkedError;
  SupplierRefInput: SupplierRefInput;
  SupplierService: EntityReference;
  SupplierStatusTransitionError: SupplierStatusTransitionError;
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
  UpdateBookingSupplierStatusInput: UpdateBookingSupplierStatusInput;
  UpdateBookingSupplierStatusResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingSupplierStatusResult'];
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingTravelerResult'];
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['UpdateFulfillmentResult'];
  UpdateSessionWizardStateInput: UpdateSessionWizardStateInput;
  UpdateSessionWizardStateResult: ResolversUnionTypes<ResolversParentTypes>['UpdateSessionWizardStateResult'];
  UpdateStorefrontSessionInput: UpdateStorefrontSessionInput;
  UpdateStorefrontSessionResult: ResolversUnionTypes<ResolversParentTypes>['UpdateStorefrontSessionResult'];
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
  UpsertBookingSupplierStatusResult: ResolversUnionTypes<ResolversParentTypes>['UpsertBookingSupplierStatusResult'];
  UpsertTravelerTravelDetailsInput: UpsertTravelerTravelDetailsInput;
  UpsertTravelerTravelDetailsResult: ResolversUnionTypes<ResolversParentTypes>['UpsertTravelerTravelDetailsResult'];
  VersionConflictError: VersionConflictError;
  WizardState: WizardStateRow;
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

export type AbandonStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AbandonStorefrontSessionResult'] = ResolversParentTypes['AbandonStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'StorefrontSession' | 'VersionConflictError', ParentType, ContextType>;
};

export type AbortSagaResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AbortSagaResult'] = ResolversParentTypes['AbortSagaResult']> = {
  __resolveType: TypeResolveFn<'Saga' | 'SagaBusyError' | 'SagaNotAbortableError', ParentType, ContextType>;
};

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

export type AddBookingSupplierStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingSupplierStatusResult'] = ResolversParentTypes['AddBookingSupplierStatusResult']> = {
  __resolveType: TypeResolveFn<'BookingSupplierStatus' | 'SupplierStatusTransitionError' | 'VersionConflictError', ParentType, ContextType>;
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

export type AnswerProblemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnswerProblem'] = ResolversParentTypes['AnswerProblem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AnswerProblemReason'], ParentType, ContextType>;
};

export type AnswerProblemReasonResolvers = { INVALID_VALUE: 'invalid_value', NOT_APPLICABLE: 'not_applicable', UNKNOWN_OPTION: 'unknown_option', WRONG_TARGET: 'wrong_target' };

export type AnswerValidationErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnswerValidationError'] = ResolversParentTypes['AnswerValidationError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['AnswerProblem']>, ParentType, ContextType>;
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
  answers?: Resolver<Array<ResolversTypes['BookingAnswer']>, ParentType, ContextType>;
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
  refunds?: Resolver<Array<ResolversTypes['BookingRefund']>, ParentType, ContextType>;
  requirements?: Resolver<ResolversTypes['BookingRequirements'], ParentType, ContextType>;
  sellAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sellCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['BookingSourceType'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  storefrontSession?: Resolver<Maybe<ResolversTypes['StorefrontSession']>, ParentType, ContextType>;
  supplierConfirmation?: Resolver<ResolversTypes['BookingSupplierConfirmation'], ParentType, ContextType>;
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

export type BookingAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingAnswer'] = ResolversParentTypes['BookingAnswer'], FederationReferenceType extends FederationReferenceTypes['BookingAnswer'] = FederationReferenceTypes['BookingAnswer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingAnswer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  bookingItem?: Resolver<Maybe<ResolversTypes['BookingItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['BookingQuestionSnapshot'], ParentType, ContextType>;
  traveler?: Resolver<Maybe<ResolversTypes['BookingTraveler']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'AllocationTransitionError' | 'AlreadyRedeemedError' | 'AmbiguousReallocationError' | 'AnswerValidationError' | 'ApprovalAlreadyDecidedError' | 'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'BookingNotEditableError' | 'BookingNotFulfillableError' | 'BookingNotOnHoldError' | 'BookingNumberTakenError' | 'BookingTransitionError' | 'CapacityExhaustedError' | 'CostCurrencyMismatchError' | 'CurrencyMismatchError' | 'FingerprintMismatchError' | 'FulfillmentNotIssuedError' | 'FulfillmentRevokedError' | 'FulfillmentTransitionError' | 'HoldExpiredError' | 'HoldExtensionLimitError' | 'IdempotencyInFlightError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'InvalidPriceSelectionError' | 'ItemNotRedeemableError' | 'ItemTransitionError' | 'KeyServiceUnavailableError' | 'PrefillUnavailableError' | 'PriceChangedError' | 'PricingUnavailableError' | 'PrimaryTravelerConflictError' | 'QuantityChangeRequiresReallocationError' | 'RefundAmountOutOfRangeError' | 'RefundInProgressError' | 'RefundUnavailableError' | 'RequirementsIncompleteError' | 'RequirementsUnavailableError' | 'SagaBusyError' | 'SagaNotAbortableError' | 'SagaNotRetryableError' | 'SessionNotReadyError' | 'SupplierInvoiceLineAlreadyLinkedError' | 'SupplierStatusTransitionError' | 'VersionConflictError', ParentType, ContextType>;
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

export type BookingQuestionFieldTypeResolvers = { BOOLEAN: 'boolean', COUNTRY: 'country', DATE: 'date', EMAIL: 'email', FILE: 'file', MULTI_SELECT: 'multi_select', NUMBER: 'number', PHONE: 'phone', SELECT: 'select', TEXT: 'text', TEXTAREA: 'textarea' };

export type BookingQuestionOptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingQuestionOption'] = ResolversParentTypes['BookingQuestionOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookingQuestionSnapshotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingQuestionSnapshot'] = ResolversParentTypes['BookingQuestionSnapshot']> = {
  fieldType?: Resolver<ResolversTypes['BookingQuestionFieldType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['BookingQuestionOption']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['BookingQuestionTarget'], ParentType, ContextType>;
};

export type BookingQuestionTargetResolvers = { BOOKER: 'booker', BOOKING: 'booking', EXTRA: 'extra', LEAD_TRAVELER: 'lead_traveler', SERVICE: 'service', TRAVELER: 'traveler' };

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

export type BookingRefundResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingRefund'] = ResolversParentTypes['BookingRefund'], FederationReferenceType extends FederationReferenceTypes['BookingRefund'] = FederationReferenceTypes['BookingRefund']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingRefund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditNoteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['SagaFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SagaStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingRequirementsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingRequirements'] = ResolversParentTypes['BookingRequirements']> = {
  bookingVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactRequirements?: Resolver<Array<ResolversTypes['ResolvedContactRequirement']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['MissingRequirement']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['ResolvedBookingQuestion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RequirementsStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingSourceTypeResolvers = { AFFILIATE: 'affiliate', API_PARTNER: 'api_partner', DIRECT: 'direct', INTERNAL: 'internal', MANUAL: 'manual', OTA: 'ota', RESELLER: 'reseller' };

export type BookingStatusResolvers = { AWAITING_PAYMENT: 'awaiting_payment', CANCELLED: 'cancelled', COMPLETED: 'completed', CONFIRMED: 'confirmed', DRAFT: 'draft', EXPIRED: 'expired', IN_PROGRESS: 'in_progress', ON_HOLD: 'on_hold' };

export type BookingSupplierConfirmationResolvers = { CONFIRMED: 'confirmed', NONE: 'none', PARTIAL: 'partial', PENDING: 'pending', REJECTED: 'rejected' };

export type BookingSupplierStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingSupplierStatus'] = ResolversParentTypes['BookingSupplierStatus'], FederationReferenceType extends FederationReferenceTypes['BookingSupplierStatus'] = FederationReferenceTypes['BookingSupplierStatus']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BookingSupplierStatus']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['SupplierConfirmationStatus']>, ParentType, ContextType>;
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupplierConfirmationStatus'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  supplierId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supplierInvoiceLine?: Resolver<Maybe<ResolversTypes['SupplierInvoiceLine']>, ParentType, ContextType>;
  supplierReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierService?: Resolver<Maybe<ResolversTypes['SupplierService']>, ParentType, ContextType>;
  supplierServiceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingSupplierStatusConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingSupplierStatusConnection'] = ResolversParentTypes['BookingSupplierStatusConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingSupplierStatusEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingSupplierStatusEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingSupplierStatusEdge'] = ResolversParentTypes['BookingSupplierStatusEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BookingSupplierStatus'], ParentType, ContextType>;
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

export type CheckoutCapabilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CheckoutCapability'] = ResolversParentTypes['CheckoutCapability']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfirmStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConfirmStorefrontSessionResult'] = ResolversParentTypes['ConfirmStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'BookingTransitionError' | 'HoldExpiredError' | 'RequirementsUnavailableError' | 'SessionNotReadyError' | 'StorefrontSession' | 'VersionConflictError', ParentType, ContextType>;
};

export type ContactRequirementTargetResolvers = { CONTACT: 'contact', LEAD_TRAVELER: 'lead_traveler', TRAVELER: 'traveler' };

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

export type CurrencyMismatchErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CurrencyMismatchError'] = ResolversParentTypes['CurrencyMismatchError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotedCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type HoldExtensionLimitErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HoldExtensionLimitError'] = ResolversParentTypes['HoldExtensionLimitError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxHoldUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type InvalidPriceSelectionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InvalidPriceSelectionError'] = ResolversParentTypes['InvalidPriceSelectionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type LinkSupplierInvoiceLineResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkSupplierInvoiceLineResult'] = ResolversParentTypes['LinkSupplierInvoiceLineResult']> = {
  __resolveType: TypeResolveFn<'BookingSupplierStatus' | 'SupplierInvoiceLineAlreadyLinkedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type MissingRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MissingRequirement'] = ResolversParentTypes['MissingRequirement']> = {
  bookingItemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MissingRequirementKind'], ParentType, ContextType>;
  questionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  travelerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MissingRequirementKindResolvers = { CONTACT_FIELD: 'contact_field', QUESTION: 'question' };

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abandonStorefrontSession?: Resolver<ResolversTypes['AbandonStorefrontSessionResult'], ParentType, ContextType, RequireFields<MutationAbandonStorefrontSessionArgs, 'input'>>;
  abortSaga?: Resolver<ResolversTypes['AbortSagaResult'], ParentType, ContextType, RequireFields<MutationAbortSagaArgs, 'input'>>;
  addBookingAllocation?: Resolver<ResolversTypes['AddBookingAllocationResult'], ParentType, ContextType, RequireFields<MutationAddBookingAllocationArgs, 'input'>>;
  addBookingItem?: Resolver<ResolversTypes['AddBookingItemResult'], ParentType, ContextType, RequireFields<MutationAddBookingItemArgs, 'input'>>;
  addBookingNote?: Resolver<ResolversTypes['AddBookingNoteResult'], ParentType, ContextType, RequireFields<MutationAddBookingNoteArgs, 'input'>>;
  addBookingSupplierStatus?: Resolver<ResolversTypes['AddBookingSupplierStatusResult'], ParentType, ContextType, RequireFields<MutationAddBookingSupplierStatusArgs, 'input'>>;
  addBookingTraveler?: Resolver<ResolversTypes['AddBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationAddBookingTravelerArgs, 'input'>>;
  confirmStorefrontSession?: Resolver<ResolversTypes['ConfirmStorefrontSessionResult'], ParentType, ContextType, RequireFields<MutationConfirmStorefrontSessionArgs, 'input'>>;
  createBooking?: Resolver<ResolversTypes['CreateBookingResult'], ParentType, ContextType, RequireFields<MutationCreateBookingArgs, 'input'>>;
  decideActionApproval?: Resolver<ResolversTypes['DecideActionApprovalResult'], ParentType, ContextType, RequireFields<MutationDecideActionApprovalArgs, 'input'>>;
  deleteBookingNote?: Resolver<ResolversTypes['DeleteBookingNoteResult'], ParentType, ContextType, RequireFields<MutationDeleteBookingNoteArgs, 'id'>>;
  deleteTravelerTravelDetails?: Resolver<ResolversTypes['BookingTraveler'], ParentType, ContextType, RequireFields<MutationDeleteTravelerTravelDetailsArgs, 'travelerId'>>;
  expireStaleHolds?: Resolver<ResolversTypes['ExpireStaleHoldsResult'], ParentType, ContextType, RequireFields<MutationExpireStaleHoldsArgs, 'input'>>;
  extendBookingHold?: Resolver<ResolversTypes['ExtendBookingHoldResult'], ParentType, ContextType, RequireFields<MutationExtendBookingHoldArgs, 'input'>>;
  issueFulfillment?: Resolver<ResolversTypes['IssueFulfillmentResult'], ParentType, ContextType, RequireFields<MutationIssueFulfillmentArgs, 'input'>>;
  linkItemTraveler?: Resolver<ResolversTypes['LinkItemTravelerResult'], ParentType, ContextType, RequireFields<MutationLinkItemTravelerArgs, 'input'>>;
  linkSupplierInvoiceLine?: Resolver<ResolversTypes['LinkSupplierInvoiceLineResult'], ParentType, ContextType, RequireFields<MutationLinkSupplierInvoiceLineArgs, 'input'>>;
  overrideBookingStatus?: Resolver<ResolversTypes['OverrideBookingStatusResult'], ParentType, ContextType, RequireFields<MutationOverrideBookingStatusArgs, 'input'>>;
  recordRedemption?: Resolver<ResolversTypes['RecordRedemptionResult'], ParentType, ContextType, RequireFields<MutationRecordRedemptionArgs, 'input'>>;
  refreshCheckoutCapability?: Resolver<ResolversTypes['RefreshCheckoutCapabilityPayload'], ParentType, ContextType, RequireFields<MutationRefreshCheckoutCapabilityArgs, 'input'>>;
  refundBooking?: Resolver<ResolversTypes['RefundBookingResult'], ParentType, ContextType, RequireFields<MutationRefundBookingArgs, 'input'>>;
  releaseBookingAllocation?: Resolver<ResolversTypes['ReleaseBookingAllocationResult'], ParentType, ContextType, RequireFields<MutationReleaseBookingAllocationArgs, 'input'>>;
  removeBookingItem?: Resolver<ResolversTypes['RemoveBookingItemResult'], ParentType, ContextType, RequireFields<MutationRemoveBookingItemArgs, 'id'>>;
  removeBookingTraveler?: Resolver<ResolversTypes['RemoveBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationRemoveBookingTravelerArgs, 'id'>>;
  repriceStorefrontSession?: Resolver<ResolversTypes['RepriceStorefrontSessionResult'], ParentType, ContextType, RequireFields<MutationRepriceStorefrontSessionArgs, 'input'>>;
  reserveBooking?: Resolver<ResolversTypes['ReserveBookingResult'], ParentType, ContextType, RequireFields<MutationReserveBookingArgs, 'input'>>;
  retrySaga?: Resolver<ResolversTypes['RetrySagaResult'], ParentType, ContextType, RequireFields<MutationRetrySagaArgs, 'input'>>;
  revokeCheckoutCapabilities?: Resolver<ResolversTypes['RevokeCheckoutCapabilitiesPayload'], ParentType, ContextType, RequireFields<MutationRevokeCheckoutCapabilitiesArgs, 'input'>>;
  setAllocationCapacity?: Resolver<ResolversTypes['AllocationCapacity'], ParentType, ContextType, RequireFields<MutationSetAllocationCapacityArgs, 'input'>>;
  setBookingAnswers?: Resolver<ResolversTypes['SetBookingAnswersResult'], ParentType, ContextType, RequireFields<MutationSetBookingAnswersArgs, 'input'>>;
  setBookingOrigin?: Resolver<ResolversTypes['SetBookingOriginResult'], ParentType, ContextType, RequireFields<MutationSetBookingOriginArgs, 'input'>>;
  setSessionAnswers?: Resolver<ResolversTypes['SetSessionAnswersResult'], ParentType, ContextType, RequireFields<MutationSetSessionAnswersArgs, 'input'>>;
  setSupplierConfirmation?: Resolver<ResolversTypes['SetSupplierConfirmationResult'], ParentType, ContextType, RequireFields<MutationSetSupplierConfirmationArgs, 'input'>>;
  startStorefrontSession?: Resolver<ResolversTypes['StartStorefrontSessionResult'], ParentType, ContextType, RequireFields<MutationStartStorefrontSessionArgs, 'input'>>;
  submitReservationPlan?: Resolver<ResolversTypes['SubmitReservationPlanResult'], ParentType, ContextType, RequireFields<MutationSubmitReservationPlanArgs, 'input'>>;
  transitionBooking?: Resolver<ResolversTypes['TransitionBookingResult'], ParentType, ContextType, RequireFields<MutationTransitionBookingArgs, 'input'>>;
  unlinkItemTraveler?: Resolver<ResolversTypes['UnlinkItemTravelerResult'], ParentType, ContextType, RequireFields<MutationUnlinkItemTravelerArgs, 'input'>>;
  updateBooking?: Resolver<ResolversTypes['UpdateBookingResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingArgs, 'input'>>;
  updateBookingItem?: Resolver<ResolversTypes['UpdateBookingItemResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingItemArgs, 'input'>>;
  updateBookingNote?: Resolver<ResolversTypes['UpdateBookingNoteResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingNoteArgs, 'input'>>;
  updateBookingSupplierStatus?: Resolver<ResolversTypes['UpdateBookingSupplierStatusResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingSupplierStatusArgs, 'input'>>;
  updateBookingTraveler?: Resolver<ResolversTypes['UpdateBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingTravelerArgs, 'input'>>;
  updateFulfillment?: Resolver<ResolversTypes['UpdateFulfillmentResult'], ParentType, ContextType, RequireFields<MutationUpdateFulfillmentArgs, 'input'>>;
  updateSessionWizardState?: Resolver<ResolversTypes['UpdateSessionWizardStateResult'], ParentType, ContextType, RequireFields<MutationUpdateSessionWizardStateArgs, 'input'>>;
  updateStorefrontSession?: Resolver<ResolversTypes['UpdateStorefrontSessionResult'], ParentType, ContextType, RequireFields<MutationUpdateStorefrontSessionArgs, 'input'>>;
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

export type PayloadModeResolvers = { MERGE: 'merge', REPLACE: 'replace' };

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

export type PlanCompensationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanCompensation'] = ResolversParentTypes['PlanCompensation']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planLineId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanLineStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanFailureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanFailure'] = ResolversParentTypes['PlanFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planLineId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanLineStatusResolvers = { FAILED: 'failed', PENDING: 'pending', RELEASED: 'released', RELEASE_FAILED: 'release_failed', RELEASE_NOT_CONFIGURED: 'release_not_configured', RESERVED: 'reserved', RUNNING: 'running' };

export type PrefillUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrefillUnavailableError'] = ResolversParentTypes['PrefillUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PrefillUnavailableReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrefillUnavailableReasonResolvers = { INVALID_RESPONSE: 'invalid_response', NOT_CONFIGURED: 'not_configured', NO_PERSON: 'no_person', PERSON_UNKNOWN: 'person_unknown', UNREACHABLE: 'unreachable' };

export type PriceChangedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PriceChangedError'] = ResolversParentTypes['PriceChangedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PricingUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PricingUnavailableError'] = ResolversParentTypes['PricingUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrimaryTravelerConflictErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrimaryTravelerConflictError'] = ResolversParentTypes['PrimaryTravelerConflictError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingPrimaryTravelerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrincipalTypeResolvers = { AGENT: 'agent', API_KEY: 'api_key', CHECKOUT: 'checkout', SYSTEM: 'system', USER: 'user', WORKFLOW: 'workflow' };

export type QuantityChangeRequiresReallocationErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuantityChangeRequiresReallocationError'] = ResolversParentTypes['QuantityChangeRequiresReallocationError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionApprovals?: Resolver<ResolversTypes['ActionApprovalConnection'], ParentType, ContextType, RequireFields<QueryActionApprovalsArgs, 'first'>>;
  allocationCapacity?: Resolver<Maybe<ResolversTypes['AllocationCapacity']>, ParentType, ContextType, RequireFields<QueryAllocationCapacityArgs, 'kind' | 'targetId'>>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  bookingByNumber?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingByNumberArgs, 'bookingNumber'>>;
  bookingRefund?: Resolver<Maybe<ResolversTypes['BookingRefund']>, ParentType, ContextType, RequireFields<QueryBookingRefundArgs, 'id'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QueryBookingsArgs, 'first'>>;
  piiAuditEvents?: Resolver<ResolversTypes['BookingPiiAuditEventConnection'], ParentType, ContextType, RequireFields<QueryPiiAuditEventsArgs, 'first'>>;
  reservationPlan?: Resolver<Maybe<ResolversTypes['ReservationPlan']>, ParentType, ContextType, RequireFields<QueryReservationPlanArgs, 'id'>>;
  reservationPlans?: Resolver<ResolversTypes['ReservationPlanConnection'], ParentType, ContextType, Partial<QueryReservationPlansArgs>>;
  sagas?: Resolver<ResolversTypes['SagaConnection'], ParentType, ContextType, Partial<QuerySagasArgs>>;
  storefrontSession?: Resolver<Maybe<ResolversTypes['StorefrontSession']>, ParentType, ContextType, RequireFields<QueryStorefrontSessionArgs, 'id'>>;
  storefrontSessionQuote?: Resolver<ResolversTypes['QuoteStorefrontSessionResult'], ParentType, ContextType, RequireFields<QueryStorefrontSessionQuoteArgs, 'input'>>;
};

export type QuoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote'], FederationReferenceType extends FederationReferenceTypes['Quote'] = FederationReferenceTypes['Quote']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QuoteBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QuoteStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QuoteStorefrontSessionResult'] = ResolversParentTypes['QuoteStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'CurrencyMismatchError' | 'HoldExpiredError' | 'InvalidPriceSelectionError' | 'PricingUnavailableError' | 'QuantityChangeRequiresReallocationError' | 'StorefrontQuote', ParentType, ContextType>;
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

export type RefreshCheckoutCapabilityPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefreshCheckoutCapabilityPayload'] = ResolversParentTypes['RefreshCheckoutCapabilityPayload']> = {
  capability?: Resolver<ResolversTypes['CheckoutCapability'], ParentType, ContextType>;
};

export type RefundAmountOutOfRangeErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefundAmountOutOfRangeError'] = ResolversParentTypes['RefundAmountOutOfRangeError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefundBookingResult'] = ResolversParentTypes['RefundBookingResult']> = {
  __resolveType: TypeResolveFn<'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'BookingRefund' | 'BookingTransitionError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'RefundAmountOutOfRangeError' | 'RefundInProgressError' | 'RefundUnavailableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RefundInProgressErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefundInProgressError'] = ResolversParentTypes['RefundInProgressError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundStatusResolvers = { COMPENSATION_FAILED: 'compensation_failed', FAILED: 'failed', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type RefundUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RefundUnavailableError'] = ResolversParentTypes['RefundUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RefundUnavailableReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RefundUnavailableReasonResolvers = { FINANCE_NOT_CONFIGURED: 'finance_not_configured', FINANCE_UNAVAILABLE: 'finance_unavailable' };

export type ReleaseBookingAllocationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseBookingAllocationResult'] = ResolversParentTypes['ReleaseBookingAllocationResult']> = {
  __resolveType: TypeResolveFn<'AllocationTransitionError' | 'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingNotEditableError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RemoveBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingItemResult'] = ResolversParentTypes['RemoveBookingItemResult']> = {
  __resolveType: TypeResolveFn<'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingNotEditableError' | 'FingerprintMismatchError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'ItemTransitionError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RemoveBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingTravelerResult'] = ResolversParentTypes['RemoveBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type RepriceStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RepriceStorefrontSessionResult'] = ResolversParentTypes['RepriceStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'CurrencyMismatchError' | 'HoldExpiredError' | 'InvalidPriceSelectionError' | 'PriceChangedError' | 'PricingUnavailableError' | 'QuantityChangeRequiresReallocationError' | 'StorefrontSession' | 'VersionConflictError', ParentType, ContextType>;
};

export type RequirementModeResolvers = { HIDDEN: 'hidden', OPTIONAL: 'optional', REQUIRED: 'required' };

export type RequirementsIncompleteErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RequirementsIncompleteError'] = ResolversParentTypes['RequirementsIncompleteError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['MissingRequirement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RequirementsStatusResolvers = { COMPLETE: 'complete', INCOMPLETE: 'incomplete', UNAVAILABLE: 'unavailable' };

export type RequirementsUnavailableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RequirementsUnavailableError'] = ResolversParentTypes['RequirementsUnavailableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReservationPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReservationPlan'] = ResolversParentTypes['ReservationPlan'], FederationReferenceType extends FederationReferenceTypes['ReservationPlan'] = FederationReferenceTypes['ReservationPlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReservationPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  compensations?: Resolver<Array<ResolversTypes['PlanCompensation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['PlanFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservationPlanLine']>, ParentType, ContextType>;
  reservationPlanId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationPlanStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReservationPlanConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReservationPlanConnection'] = ResolversParentTypes['ReservationPlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReservationPlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReservationPlanEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReservationPlanEdge'] = ResolversParentTypes['ReservationPlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReservationPlan'], ParentType, ContextType>;
};

export type ReservationPlanLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReservationPlanLine'] = ResolversParentTypes['ReservationPlanLine']> = {
  bookingItem?: Resolver<Maybe<ResolversTypes['BookingItem']>, ParentType, ContextType>;
  componentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  internalHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReservationPlanLineKind'], ParentType, ContextType>;
  planLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanLineStatus'], ParentType, ContextType>;
  supplierRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReservationPlanLineKindResolvers = { CATALOG_BACKED: 'catalog_backed', EXTERNAL_ORDER: 'external_order', MANUAL_PLACEHOLDER: 'manual_placeholder', NON_CATALOG: 'non_catalog' };

export type ReservationPlanStatusResolvers = { COMPENSATING: 'compensating', COMPENSATION_FAILED: 'compensation_failed', FAILED: 'failed', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type ReserveBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReserveBookingResult'] = ResolversParentTypes['ReserveBookingResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingNumberTakenError' | 'CapacityExhaustedError' | 'IdempotencyInFlightError' | 'IdempotencyKeyReusedError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
};

export type ResolvedBookingQuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResolvedBookingQuestion'] = ResolversParentTypes['ResolvedBookingQuestion']> = {
  answers?: Resolver<Array<ResolversTypes['BookingAnswer']>, ParentType, ContextType>;
  fieldType?: Resolver<ResolversTypes['BookingQuestionFieldType'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RequirementMode'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['BookingQuestionOption']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['BookingQuestionTarget'], ParentType, ContextType>;
};

export type ResolvedContactRequirementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResolvedContactRequirement'] = ResolversParentTypes['ResolvedContactRequirement']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RequirementMode'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ContactRequirementTarget'], ParentType, ContextType>;
  travelersWithout?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RetrySagaResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetrySagaResult'] = ResolversParentTypes['RetrySagaResult']> = {
  __resolveType: TypeResolveFn<'Saga' | 'SagaBusyError' | 'SagaNotRetryableError', ParentType, ContextType>;
};

export type RevokeCheckoutCapabilitiesPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevokeCheckoutCapabilitiesPayload'] = ResolversParentTypes['RevokeCheckoutCapabilitiesPayload']> = {
  capabilityEpoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SagaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Saga'] = ResolversParentTypes['Saga']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalRef?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['SagaFailure']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SagaKind'], ParentType, ContextType>;
  leaseExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pivotReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  principalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principalType?: Resolver<ResolversTypes['PrincipalType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SagaStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['SagaStep']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SagaBusyErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaBusyError'] = ResolversParentTypes['SagaBusyError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leaseExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SagaConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaConnection'] = ResolversParentTypes['SagaConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SagaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SagaEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaEdge'] = ResolversParentTypes['SagaEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Saga'], ParentType, ContextType>;
};

export type SagaFailureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaFailure'] = ResolversParentTypes['SagaFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineRef?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SagaKindResolvers = { REFUND: 'refund', RESERVATION_PLAN: 'reservation_plan' };

export type SagaNotAbortableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaNotAbortableError'] = ResolversParentTypes['SagaNotAbortableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pivotReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SagaStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SagaNotRetryableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaNotRetryableError'] = ResolversParentTypes['SagaNotRetryableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SagaStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SagaStatusResolvers = { COMPENSATING: 'compensating', COMPENSATION_FAILED: 'compensation_failed', FAILED: 'failed', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type SagaStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SagaStep'] = ResolversParentTypes['SagaStep']> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compensationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  compensationMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lineRef?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SagaStepStatus'], ParentType, ContextType>;
};

export type SagaStepStatusResolvers = { COMPENSATED: 'compensated', COMPENSATION_FAILED: 'compensation_failed', FAILED: 'failed', NOT_COMPENSABLE: 'not_compensable', PENDING: 'pending', RUNNING: 'running', SUCCEEDED: 'succeeded' };

export type SessionChecklistResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionChecklist'] = ResolversParentTypes['SessionChecklist']> = {
  contactComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holdLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pricingComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiredAnswersComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  travelersComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SessionContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionContact'] = ResolversParentTypes['SessionContact']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SessionItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionItem'] = ResolversParentTypes['SessionItem']> = {
  availabilitySlotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  optionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optionUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pricingCategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pricingMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  productName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type SessionNotReadyErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionNotReadyError'] = ResolversParentTypes['SessionNotReadyError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionTravelerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionTraveler'] = ResolversParentTypes['SessionTraveler']> = {
  category?: Resolver<ResolversTypes['TravelerCategory'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participantType?: Resolver<ResolversTypes['ParticipantType'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SetBookingAnswersResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetBookingAnswersResult'] = ResolversParentTypes['SetBookingAnswersResult']> = {
  __resolveType: TypeResolveFn<'AnswerValidationError' | 'BookingNotEditableError' | 'BookingRequirements' | 'RequirementsUnavailableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type SetBookingOriginResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetBookingOriginResult'] = ResolversParentTypes['SetBookingOriginResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'VersionConflictError', ParentType, ContextType>;
};

export type SetSessionAnswersResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetSessionAnswersResult'] = ResolversParentTypes['SetSessionAnswersResult']> = {
  __resolveType: TypeResolveFn<'AnswerValidationError' | 'BookingNotEditableError' | 'BookingRequirements' | 'RequirementsUnavailableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type SetSupplierConfirmationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetSupplierConfirmationResult'] = ResolversParentTypes['SetSupplierConfirmationResult']> = {
  __resolveType: TypeResolveFn<'BookingSupplierStatus' | 'SupplierStatusTransitionError' | 'VersionConflictError', ParentType, ContextType>;
};

export type SortDirectionResolvers = { ASC: 'asc', DESC: 'desc' };

export type StartStorefrontSessionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StartStorefrontSessionPayload'] = ResolversParentTypes['StartStorefrontSessionPayload']> = {
  capability?: Resolver<ResolversTypes['CheckoutCapability'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['StorefrontSession'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StartStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StartStorefrontSessionResult'] = ResolversParentTypes['StartStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'CapacityExhaustedError' | 'CurrencyMismatchError' | 'InvalidPriceSelectionError' | 'PricingUnavailableError' | 'StartStorefrontSessionPayload', ParentType, ContextType>;
};

export type StorefrontQuoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StorefrontQuote'] = ResolversParentTypes['StorefrontQuote']> = {
  bookingVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StorefrontQuoteLine']>, ParentType, ContextType>;
  pricingComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StorefrontQuoteLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StorefrontQuoteLine'] = ResolversParentTypes['StorefrontQuoteLine']> = {
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  optionUnitId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pricingCategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pricingMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StorefrontSessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StorefrontSession'] = ResolversParentTypes['StorefrontSession']> = {
  bookingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checklist?: Resolver<ResolversTypes['SessionChecklist'], ParentType, ContextType>;
  communicationLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['SessionContact']>, ParentType, ContextType>;
  externalBookingRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SessionItem']>, ParentType, ContextType>;
  maxHoldUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pricingComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requirements?: Resolver<ResolversTypes['BookingRequirements'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  travelers?: Resolver<Array<ResolversTypes['SessionTraveler']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wizardState?: Resolver<Maybe<ResolversTypes['WizardState']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubmitReservationPlanResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SubmitReservationPlanResult'] = ResolversParentTypes['SubmitReservationPlanResult']> = {
  __resolveType: TypeResolveFn<'IdempotencyInFlightError' | 'IdempotencyKeyReusedError' | 'ReservationPlan', ParentType, ContextType>;
};

export type SupplierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookingCommitments?: Resolver<ResolversTypes['BookingSupplierStatusConnection'], ParentType, ContextType, RequireFields<SupplierBookingCommitmentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierConfirmationStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', PENDING: 'pending', REJECTED: 'rejected' };

export type SupplierInvoiceLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplierInvoiceLine'] = ResolversParentTypes['SupplierInvoiceLine'], FederationReferenceType extends FederationReferenceTypes['SupplierInvoiceLine'] = FederationReferenceTypes['SupplierInvoiceLine']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupplierInvoiceLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookingSupplierStatus?: Resolver<Maybe<ResolversTypes['BookingSupplierStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierInvoiceLineAlreadyLinkedErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplierInvoiceLineAlreadyLinkedError'] = ResolversParentTypes['SupplierInvoiceLineAlreadyLinkedError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplierInvoiceLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupplierServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplierService'] = ResolversParentTypes['SupplierService']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SupplierStatusTransitionErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplierStatusTransitionError'] = ResolversParentTypes['SupplierStatusTransitionError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['SupplierConfirmationStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['SupplierConfirmationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TransitionBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionBookingResult'] = ResolversParentTypes['TransitionBookingResult']> = {
  __resolveType: TypeResolveFn<'ApprovalAlreadyExecutedError' | 'ApprovalExpiredError' | 'ApprovalMismatchError' | 'ApprovalNotApprovedError' | 'ApprovalRequired' | 'Booking' | 'BookingTransitionError' | 'FingerprintMismatchError' | 'HoldExpiredError' | 'IdempotencyKeyRequiredError' | 'IdempotencyKeyReusedError' | 'RequirementsIncompleteError' | 'RequirementsUnavailableError' | 'VersionConflictError', ParentType, ContextType>;
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

export type UpdateBookingSupplierStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingSupplierStatusResult'] = ResolversParentTypes['UpdateBookingSupplierStatusResult']> = {
  __resolveType: TypeResolveFn<'BookingSupplierStatus' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingTravelerResult'] = ResolversParentTypes['UpdateBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'PrimaryTravelerConflictError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateFulfillmentResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateFulfillmentResult'] = ResolversParentTypes['UpdateFulfillmentResult']> = {
  __resolveType: TypeResolveFn<'BookingFulfillment' | 'BookingNotFulfillableError' | 'FulfillmentTransitionError', ParentType, ContextType>;
};

export type UpdateSessionWizardStateResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateSessionWizardStateResult'] = ResolversParentTypes['UpdateSessionWizardStateResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'HoldExpiredError' | 'PrimaryTravelerConflictError' | 'StorefrontSession' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateStorefrontSessionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateStorefrontSessionResult'] = ResolversParentTypes['UpdateStorefrontSessionResult']> = {
  __resolveType: TypeResolveFn<'BookingNotEditableError' | 'HoldExpiredError' | 'HoldExtensionLimitError' | 'PrimaryTravelerConflictError' | 'StorefrontSession' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpsertBookingSupplierStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpsertBookingSupplierStatusResult'] = ResolversParentTypes['UpsertBookingSupplierStatusResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'SupplierStatusTransitionError' | 'VersionConflictError', ParentType, ContextType>;
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

export type WizardStateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WizardState'] = ResolversParentTypes['WizardState']> = {
  completedSteps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currentStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = RequestContext> = {
  AbandonStorefrontSessionResult?: AbandonStorefrontSessionResultResolvers<ContextType>;
  AbortSagaResult?: AbortSagaResultResolvers<ContextType>;
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
  AddBookingSupplierStatusResult?: AddBookingSupplierStatusResultResolvers<ContextType>;
  AddBookingTravelerResult?: AddBookingTravelerResultResolvers<ContextType>;
  AllocationCapacity?: AllocationCapacityResolvers<ContextType>;
  AllocationKind?: AllocationKindResolvers;
  AllocationStatus?: AllocationStatusResolvers;
  AllocationTargetNotFoundError?: AllocationTargetNotFoundErrorResolvers<ContextType>;
  AllocationTransitionError?: AllocationTransitionErrorResolvers<ContextType>;
  AlreadyRedeemedError?: AlreadyRedeemedErrorResolvers<ContextType>;
  AmbiguousReallocationError?: AmbiguousReallocationErrorResolvers<ContextType>;
  AnswerProblem?: AnswerProblemResolvers<ContextType>;
  AnswerProblemReason?: AnswerProblemReasonResolvers;
  AnswerValidationError?: AnswerValidationErrorResolvers<ContextType>;
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
  BookingAnswer?: BookingAnswerResolvers<ContextType>;
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
  BookingQuestionFieldType?: BookingQuestionFieldTypeResolvers;
  BookingQuestionOption?: BookingQuestionOptionResolvers<ContextType>;
  BookingQuestionSnapshot?: BookingQuestionSnapshotResolvers<ContextType>;
  BookingQuestionTarget?: BookingQuestionTargetResolvers;
  BookingRedemption?: BookingRedemptionResolvers<ContextType>;
  BookingRefund?: BookingRefundResolvers<ContextType>;
  BookingRequirements?: BookingRequirementsResolvers<ContextType>;
  BookingSourceType?: BookingSourceTypeResolvers;
  BookingStatus?: BookingStatusResolvers;
  BookingSupplierConfirmation?: BookingSupplierConfirmationResolvers;
  BookingSupplierStatus?: BookingSupplierStatusResolvers<ContextType>;
  BookingSupplierStatusConnection?: BookingSupplierStatusConnectionResolvers<ContextType>;
  BookingSupplierStatusEdge?: BookingSupplierStatusEdgeResolvers<ContextType>;
  BookingTransitionError?: BookingTransitionErrorResolvers<ContextType>;
  BookingTraveler?: BookingTravelerResolvers<ContextType>;
  CapacityExhaustedError?: CapacityExhaustedErrorResolvers<ContextType>;
  CheckoutCapability?: CheckoutCapabilityResolvers<ContextType>;
  ConfirmStorefrontSessionResult?: ConfirmStorefrontSessionResultResolvers<ContextType>;
  ContactRequirementTarget?: ContactRequirementTargetResolvers;
  CostCurrencyMismatchError?: CostCurrencyMismatchErrorResolvers<ContextType>;
  CreateBookingResult?: CreateBookingResultResolvers<ContextType>;
  CurrencyMismatchError?: CurrencyMismatchErrorResolvers<ContextType>;
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
  HoldExtensionLimitError?: HoldExtensionLimitErrorResolvers<ContextType>;
  IdempotencyInFlightError?: IdempotencyInFlightErrorResolvers<ContextType>;
  IdempotencyKeyRequiredError?: IdempotencyKeyRequiredErrorResolvers<ContextType>;
  IdempotencyKeyReusedError?: IdempotencyKeyReusedErrorResolvers<ContextType>;
  InvalidPriceSelectionError?: InvalidPriceSelectionErrorResolvers<ContextType>;
  IssueFulfillmentResult?: IssueFulfillmentResultResolvers<ContextType>;
  ItemNotRedeemableError?: ItemNotRedeemableErrorResolvers<ContextType>;
  ItemTransitionError?: ItemTransitionErrorResolvers<ContextType>;
  ItemTravelerRole?: ItemTravelerRoleResolvers;
  JSON?: GraphQLScalarType;
  KeyServiceUnavailableError?: KeyServiceUnavailableErrorResolvers<ContextType>;
  LinkItemTravelerResult?: LinkItemTravelerResultResolvers<ContextType>;
  LinkSupplierInvoiceLineResult?: LinkSupplierInvoiceLineResultResolvers<ContextType>;
  MissingRequirement?: MissingRequirementResolvers<ContextType>;
  MissingRequirementKind?: MissingRequirementKindResolvers;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OriginSource?: OriginSourceResolvers;
  OverrideBookingStatusResult?: OverrideBookingStatusResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantType?: ParticipantTypeResolvers;
  PartyType?: PartyTypeResolvers;
  PayloadMode?: PayloadModeResolvers;
  Person?: PersonResolvers<ContextType>;
  PersonDocument?: PersonDocumentResolvers<ContextType>;
  PiiAuditAction?: PiiAuditActionResolvers;
  PiiAuditOutcome?: PiiAuditOutcomeResolvers;
  PlanCompensation?: PlanCompensationResolvers<ContextType>;
  PlanFailure?: PlanFailureResolvers<ContextType>;
  PlanLineStatus?: PlanLineStatusResolvers;
  PrefillUnavailableError?: PrefillUnavailableErrorResolvers<ContextType>;
  PrefillUnavailableReason?: PrefillUnavailableReasonResolvers;
  PriceChangedError?: PriceChangedErrorResolvers<ContextType>;
  PricingUnavailableError?: PricingUnavailableErrorResolvers<ContextType>;
  PrimaryTravelerConflictError?: PrimaryTravelerConflictErrorResolvers<ContextType>;
  PrincipalType?: PrincipalTypeResolvers;
  QuantityChangeRequiresReallocationError?: QuantityChangeRequiresReallocationErrorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteStorefrontSessionResult?: QuoteStorefrontSessionResultResolvers<ContextType>;
  QuoteVersion?: QuoteVersionResolvers<ContextType>;
  RecordRedemptionResult?: RecordRedemptionResultResolvers<ContextType>;
  RedemptionMethod?: RedemptionMethodResolvers;
  RefreshCheckoutCapabilityPayload?: RefreshCheckoutCapabilityPayloadResolvers<ContextType>;
  RefundAmountOutOfRangeError?: RefundAmountOutOfRangeErrorResolvers<ContextType>;
  RefundBookingResult?: RefundBookingResultResolvers<ContextType>;
  RefundInProgressError?: RefundInProgressErrorResolvers<ContextType>;
  RefundStatus?: RefundStatusResolvers;
  RefundUnavailableError?: RefundUnavailableErrorResolvers<ContextType>;
  RefundUnavailableReason?: RefundUnavailableReasonResolvers;
  ReleaseBookingAllocationResult?: ReleaseBookingAllocationResultResolvers<ContextType>;
  RemoveBookingItemResult?: RemoveBookingItemResultResolvers<ContextType>;
  RemoveBookingTravelerResult?: RemoveBookingTravelerResultResolvers<ContextType>;
  RepriceStorefrontSessionResult?: RepriceStorefrontSessionResultResolvers<ContextType>;
  RequirementMode?: RequirementModeResolvers;
  RequirementsIncompleteError?: RequirementsIncompleteErrorResolvers<ContextType>;
  RequirementsStatus?: RequirementsStatusResolvers;
  RequirementsUnavailableError?: RequirementsUnavailableErrorResolvers<ContextType>;
  ReservationPlan?: ReservationPlanResolvers<ContextType>;
  ReservationPlanConnection?: ReservationPlanConnectionResolvers<ContextType>;
  ReservationPlanEdge?: ReservationPlanEdgeResolvers<ContextType>;
  ReservationPlanLine?: ReservationPlanLineResolvers<ContextType>;
  ReservationPlanLineKind?: ReservationPlanLineKindResolvers;
  ReservationPlanStatus?: ReservationPlanStatusResolvers;
  ReserveBookingResult?: ReserveBookingResultResolvers<ContextType>;
  ResolvedBookingQuestion?: ResolvedBookingQuestionResolvers<ContextType>;
  ResolvedContactRequirement?: ResolvedContactRequirementResolvers<ContextType>;
  RetrySagaResult?: RetrySagaResultResolvers<ContextType>;
  RevokeCheckoutCapabilitiesPayload?: RevokeCheckoutCapabilitiesPayloadResolvers<ContextType>;
  Saga?: SagaResolvers<ContextType>;
  SagaBusyError?: SagaBusyErrorResolvers<ContextType>;
  SagaConnection?: SagaConnectionResolvers<ContextType>;
  SagaEdge?: SagaEdgeResolvers<ContextType>;
  SagaFailure?: SagaFailureResolvers<ContextType>;
  SagaKind?: SagaKindResolvers;
  SagaNotAbortableError?: SagaNotAbortableErrorResolvers<ContextType>;
  SagaNotRetryableError?: SagaNotRetryableErrorResolvers<ContextType>;
  SagaStatus?: SagaStatusResolvers;
  SagaStep?: SagaStepResolvers<ContextType>;
  SagaStepStatus?: SagaStepStatusResolvers;
  SessionChecklist?: SessionChecklistResolvers<ContextType>;
  SessionContact?: SessionContactResolvers<ContextType>;
  SessionItem?: SessionItemResolvers<ContextType>;
  SessionNotReadyError?: SessionNotReadyErrorResolvers<ContextType>;
  SessionTraveler?: SessionTravelerResolvers<ContextType>;
  SetBookingAnswersResult?: SetBookingAnswersResultResolvers<ContextType>;
  SetBookingOriginResult?: SetBookingOriginResultResolvers<ContextType>;
  SetSessionAnswersResult?: SetSessionAnswersResultResolvers<ContextType>;
  SetSupplierConfirmationResult?: SetSupplierConfirmationResultResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  StartStorefrontSessionPayload?: StartStorefrontSessionPayloadResolvers<ContextType>;
  StartStorefrontSessionResult?: StartStorefrontSessionResultResolvers<ContextType>;
  StorefrontQuote?: StorefrontQuoteResolvers<ContextType>;
  StorefrontQuoteLine?: StorefrontQuoteLineResolvers<ContextType>;
  StorefrontSession?: StorefrontSessionResolvers<ContextType>;
  SubmitReservationPlanResult?: SubmitReservationPlanResultResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierConfirmationStatus?: SupplierConfirmationStatusResolvers;
  SupplierInvoiceLine?: SupplierInvoiceLineResolvers<ContextType>;
  SupplierInvoiceLineAlreadyLinkedError?: SupplierInvoiceLineAlreadyLinkedErrorResolvers<ContextType>;
  SupplierService?: SupplierServiceResolvers<ContextType>;
  SupplierStatusTransitionError?: SupplierStatusTransitionErrorResolvers<ContextType>;
  TransitionBookingResult?: TransitionBookingResultResolvers<ContextType>;
  TravelDocumentType?: TravelDocumentTypeResolvers;
  TravelerCategory?: TravelerCategoryResolvers;
  TravelerTravelDetails?: TravelerTravelDetailsResolvers<ContextType>;
  UnlinkItemTravelerResult?: UnlinkItemTravelerResultResolvers<ContextType>;
  UpdateBookingItemResult?: UpdateBookingItemResultResolvers<ContextType>;
  UpdateBookingNoteResult?: UpdateBookingNoteResultResolvers<ContextType>;
  UpdateBookingResult?: UpdateBookingResultResolvers<ContextType>;
  UpdateBookingSupplierStatusResult?: UpdateBookingSupplierStatusResultResolvers<ContextType>;
  UpdateBookingTravelerResult?: UpdateBookingTravelerResultResolvers<ContextType>;
  UpdateFulfillmentResult?: UpdateFulfillmentResultResolvers<ContextType>;
  UpdateSessionWizardStateResult?: UpdateSessionWizardStateResultResolvers<ContextType>;
  UpdateStorefrontSessionResult?: UpdateStorefrontSessionResultResolvers<ContextType>;
  UpsertBookingSupplierStatusResult?: UpsertBookingSupplierStatusResultResolvers<ContextType>;
  UpsertTravelerTravelDetailsResult?: UpsertTravelerTravelDetailsResultResolvers<ContextType>;
  VersionConflictError?: VersionConflictErrorResolvers<ContextType>;
  WizardState?: WizardStateResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
