import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BookingRow, BookingItemRow, BookingTravelerRow, BookingItemTravelerRow, BookingOriginRow, BookingNoteRow, BookingSupplierStatusRow, BookingActivityRow, ConnectionValue } from '../loaders/rows';
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

export type AddBookingAllocationInput = {
  bookingItemId: Scalars['ID']['input'];
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};

export type AddBookingAllocationResult = AllocationTargetNotFoundError | Booking | BookingNotEditableError | CapacityExhaustedError | HoldExpiredError;

export type AddBookingItemInput = {
  bookingId: Scalars['ID']['input'];
  item: BookingItemInput;
};

/** Item mutations answer with the booking, whose totals they change. */
export type AddBookingItemResult = Booking | BookingNotEditableError;

export type AddBookingNoteInput = {
  bookingId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
};

export type AddBookingTravelerInput = {
  bookingId: Scalars['ID']['input'];
  traveler: BookingTravelerInput;
};

export type AddBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError;

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

export type Booking = {
  __typename?: 'Booking';
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
  organizationId: Maybe<Scalars['ID']['output']>;
  origin: Maybe<BookingOrigin>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  pax: Scalars['Int']['output'];
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
  personId: Maybe<Scalars['ID']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  preferredLanguage: Maybe<Scalars['String']['output']>;
  specialRequests: Maybe<Scalars['String']['output']>;
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

export type CreateBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
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

export type CreateBookingResult = Booking | BookingNumberTakenError | PrimaryTravelerConflictError;

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
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Give exactly one: minutes from now (1–1440) or a new deadline. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type ExtendBookingHoldResult = Booking | BookingNotOnHoldError | HoldExpiredError;

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
  | 'revoked';

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

export type IssueFulfillmentInput = {
  artifactUrl?: InputMaybe<Scalars['String']['input']>;
  bookingId: Scalars['ID']['input'];
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  deliveryChannel: FulfillmentChannel;
  payload?: InputMaybe<Scalars['JSON']['input']>;
  /** ISSUED (default) or PENDING when the artifact is produced later. */
  status?: InputMaybe<FulfillmentStatus>;
  travelerId?: InputMaybe<Scalars['ID']['input']>;
  type: FulfillmentType;
};

export type IssueFulfillmentResult = BookingFulfillment | BookingNotFulfillableError;

export type ItemNotRedeemableError = BookingError & {
  __typename?: 'ItemNotRedeemableError';
  code: Scalars['String']['output'];
  itemId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  status: BookingItemStatus;
};

export type ItemTravelerRole =
  | 'beneficiary'
  | 'occupant'
  | 'other'
  | 'traveler';

export type LinkItemTravelerInput = {
  itemId: Scalars['ID']['input'];
  role?: InputMaybe<ItemTravelerRole>;
  travelerId: Scalars['ID']['input'];
};

export type LinkItemTravelerResult = Booking | BookingNotEditableError;

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
  addBookingNote: Booking;
  addBookingTraveler: AddBookingTravelerResult;
  createBooking: CreateBookingResult;
  deleteBookingNote: Booking;
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
  setBookingOrigin: Booking;
  transitionBooking: TransitionBookingResult;
  unlinkItemTraveler: UnlinkItemTravelerResult;
  updateBooking: UpdateBookingResult;
  updateBookingItem: UpdateBookingItemResult;
  updateBookingNote: Booking;
  updateBookingTraveler: UpdateBookingTravelerResult;
  updateFulfillment: UpdateFulfillmentResult;
  upsertBookingSupplierStatus: Booking;
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


export type MutationDeleteBookingNoteArgs = {
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
};


export type MutationRemoveBookingTravelerArgs = {
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

export type OriginSource =
  | 'accepted_quote_version'
  | 'catalog_price_availability'
  | 'catalog_snapshot'
  | 'direct_b2c'
  | 'legacy_transaction'
  | 'manual'
  | 'provider_source_order';

export type OverrideBookingStatusInput = {
  id: Scalars['ID']['input'];
  /** Why the state machine is being bypassed; 1–2000 characters. */
  reason: Scalars['String']['input'];
  to: BookingStatus;
};

export type OverrideBookingStatusResult = AllocationTargetNotFoundError | Booking | BookingTransitionError | CapacityExhaustedError;

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
  /** null when no capacity was declared for the target. */
  allocationCapacity: Maybe<AllocationCapacity>;
  booking: Maybe<Booking>;
  bookingByNumber: Maybe<Booking>;
  bookings: BookingConnection;
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

export type RecordRedemptionInput = {
  bookingId: Scalars['ID']['input'];
  /** Defaults to the fulfillment's item. */
  bookingItemId?: InputMaybe<Scalars['ID']['input']>;
  fulfillmentId: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  method?: InputMaybe<RedemptionMethod>;
  /** Defaults to now. */
  redeemedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to the fulfillment's traveler. */
  travelerId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordRedemptionResult = AlreadyRedeemedError | BookingNotFulfillableError | BookingRedemption | FulfillmentNotIssuedError | FulfillmentRevokedError | ItemNotRedeemableError;

export type RedemptionMethod =
  | 'api'
  | 'manual'
  | 'other'
  | 'scan';

export type ReleaseBookingAllocationInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ReleaseBookingAllocationResult = AllocationTransitionError | Booking | BookingNotEditableError;

export type RemoveBookingItemResult = Booking | BookingNotEditableError;

export type RemoveBookingTravelerResult = Booking | BookingNotEditableError;

export type ReserveBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: InputMaybe<Scalars['String']['input']>;
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
  costAmountCents?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  externalBookingRef?: InputMaybe<Scalars['String']['input']>;
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length in minutes, 1–1440; give this or holdExpiresAt, or neither for the configured default. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
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

export type ReserveBookingResult = AllocationTargetNotFoundError | Booking | BookingNumberTakenError | CapacityExhaustedError | PrimaryTravelerConflictError;

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
  origin: BookingOriginInput;
};

export type SortDirection =
  | 'asc'
  | 'desc';

export type SupplierConfirmationStatus =
  | 'cancelled'
  | 'confirmed'
  | 'pending'
  | 'rejected';

export type TransitionBookingInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  holdExpiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Hold length when entering ON_HOLD, 1–1440. */
  holdMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: BookingStatus;
};

export type TransitionBookingResult = Booking | BookingTransitionError | HoldExpiredError | VersionConflictError;

export type TravelerCategory =
  | 'adult'
  | 'child'
  | 'infant'
  | 'other'
  | 'senior';

export type UnlinkItemTravelerInput = {
  itemId: Scalars['ID']['input'];
  travelerId: Scalars['ID']['input'];
};

export type UnlinkItemTravelerResult = Booking | BookingNotEditableError;

export type UpdateBookingInput = {
  communicationLanguage?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<BookingContactInput>;
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

export type UpdateBookingItemResult = Booking | BookingNotEditableError;

export type UpdateBookingNoteInput = {
  content: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type UpdateBookingResult = Booking | BookingNotEditableError | VersionConflictError;

export type UpdateBookingTravelerInput = {
  category?: InputMaybe<TravelerCategory>;
  email?: InputMaybe<Scalars['String']['input']>;
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

export type UpdateBookingTravelerResult = Booking | BookingNotEditableError | PrimaryTravelerConflictError;

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
  /** Omit to add a new supplier status. */
  id?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  serviceName: Scalars['String']['input'];
  status: SupplierConfirmationStatus;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  supplierReference?: InputMaybe<Scalars['String']['input']>;
  supplierServiceId?: InputMaybe<Scalars['ID']['input']>;
};

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
  AvailabilitySlot: AvailabilitySlot;
  Booking: Booking;
  BookingAllocation: BookingAllocation;
  BookingFulfillment: BookingFulfillment;
  BookingItem: BookingItem;
  BookingTraveler: BookingTraveler;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
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
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AddBookingAllocationResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( HoldExpiredError )
  ;
  AddBookingItemResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  AddBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( PrimaryTravelerConflictError )
  ;
  CreateBookingResult:
    | ( BookingRow )
    | ( BookingNumberTakenError )
    | ( PrimaryTravelerConflictError )
  ;
  ExtendBookingHoldResult:
    | ( BookingRow )
    | ( Omit<BookingNotOnHoldError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
  ;
  IssueFulfillmentResult:
    | ( BookingFulfillmentRow )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  LinkItemTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  OverrideBookingStatusResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( BookingRow )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
  ;
  RecordRedemptionResult:
    | ( AlreadyRedeemedError )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingRedemptionRow )
    | ( Omit<FulfillmentNotIssuedError, 'status'> & { status: _RefType['FulfillmentStatus'] } )
    | ( FulfillmentRevokedError )
    | ( Omit<ItemNotRedeemableError, 'status'> & { status: _RefType['BookingItemStatus'] } )
  ;
  ReleaseBookingAllocationResult:
    | ( Omit<AllocationTransitionError, 'from' | 'to'> & { from: _RefType['AllocationStatus'], to: _RefType['AllocationStatus'] } )
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  RemoveBookingItemResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  RemoveBookingTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  ReserveBookingResult:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( BookingRow )
    | ( BookingNumberTakenError )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( PrimaryTravelerConflictError )
  ;
  TransitionBookingResult:
    | ( BookingRow )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( HoldExpiredError )
    | ( VersionConflictError )
  ;
  UnlinkItemTravelerResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
  ;
  UpdateBookingItemResult:
    | ( BookingRow )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
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
  ;
  UpdateFulfillmentResult:
    | ( BookingFulfillmentRow )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: _RefType['FulfillmentStatus'], to: _RefType['FulfillmentStatus'] } )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  BookingError:
    | ( Omit<AllocationTargetNotFoundError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( Omit<AllocationTransitionError, 'from' | 'to'> & { from: _RefType['AllocationStatus'], to: _RefType['AllocationStatus'] } )
    | ( AlreadyRedeemedError )
    | ( Omit<BookingNotEditableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<BookingNotFulfillableError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( Omit<BookingNotOnHoldError, 'status'> & { status: _RefType['BookingStatus'] } )
    | ( BookingNumberTakenError )
    | ( Omit<BookingTransitionError, 'from' | 'to'> & { from: _RefType['BookingStatus'], to: _RefType['BookingStatus'] } )
    | ( Omit<CapacityExhaustedError, 'kind'> & { kind: _RefType['AllocationKind'] } )
    | ( Omit<FulfillmentNotIssuedError, 'status'> & { status: _RefType['FulfillmentStatus'] } )
    | ( FulfillmentRevokedError )
    | ( Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: _RefType['FulfillmentStatus'], to: _RefType['FulfillmentStatus'] } )
    | ( HoldExpiredError )
    | ( Omit<ItemNotRedeemableError, 'status'> & { status: _RefType['BookingItemStatus'] } )
    | ( PrimaryTravelerConflictError )
    | ( VersionConflictError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddBookingAllocationInput: AddBookingAllocationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddBookingAllocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingAllocationResult']>;
  AddBookingItemInput: AddBookingItemInput;
  AddBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingItemResult']>;
  AddBookingNoteInput: AddBookingNoteInput;
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddBookingTravelerResult']>;
  AllocationCapacity: ResolverTypeWrapper<AllocationCapacityValue>;
  AllocationKind: ResolverTypeWrapper<AllocationKind>;
  AllocationRequestInput: AllocationRequestInput;
  AllocationStatus: ResolverTypeWrapper<AllocationStatus>;
  AllocationTargetNotFoundError: ResolverTypeWrapper<Omit<AllocationTargetNotFoundError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  AllocationTransitionError: ResolverTypeWrapper<Omit<AllocationTransitionError, 'from' | 'to'> & { from: ResolversTypes['AllocationStatus'], to: ResolversTypes['AllocationStatus'] }>;
  AlreadyRedeemedError: ResolverTypeWrapper<AlreadyRedeemedError>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlotReference>;
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
  BookingRedemption: ResolverTypeWrapper<BookingRedemptionRow>;
  BookingSourceType: ResolverTypeWrapper<BookingSourceType>;
  BookingStatus: ResolverTypeWrapper<BookingStatus>;
  BookingSupplierStatus: ResolverTypeWrapper<BookingSupplierStatusRow>;
  BookingTransitionError: ResolverTypeWrapper<Omit<BookingTransitionError, 'from' | 'to'> & { from: ResolversTypes['BookingStatus'], to: ResolversTypes['BookingStatus'] }>;
  BookingTraveler: ResolverTypeWrapper<BookingTravelerRow>;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: ResolverTypeWrapper<Omit<CapacityExhaustedError, 'kind'> & { kind: ResolversTypes['AllocationKind'] }>;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateBookingResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExpireStaleHoldsInput: ExpireStaleHoldsInput;
  ExpireStaleHoldsResult: ResolverTypeWrapper<ExpireStaleHoldsValue>;
  ExtendBookingHoldInput: ExtendBookingHoldInput;
  ExtendBookingHoldResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ExtendBookingHoldResult']>;
  FulfillmentChannel: ResolverTypeWrapper<FulfillmentChannel>;
  FulfillmentNotIssuedError: ResolverTypeWrapper<Omit<FulfillmentNotIssuedError, 'status'> & { status: ResolversTypes['FulfillmentStatus'] }>;
  FulfillmentRevokedError: ResolverTypeWrapper<FulfillmentRevokedError>;
  FulfillmentStatus: ResolverTypeWrapper<FulfillmentStatus>;
  FulfillmentTransitionError: ResolverTypeWrapper<Omit<FulfillmentTransitionError, 'from' | 'to'> & { from: ResolversTypes['FulfillmentStatus'], to: ResolversTypes['FulfillmentStatus'] }>;
  FulfillmentType: ResolverTypeWrapper<FulfillmentType>;
  HoldExpiredError: ResolverTypeWrapper<HoldExpiredError>;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IssueFulfillmentResult']>;
  ItemNotRedeemableError: ResolverTypeWrapper<Omit<ItemNotRedeemableError, 'status'> & { status: ResolversTypes['BookingItemStatus'] }>;
  ItemTravelerRole: ResolverTypeWrapper<ItemTravelerRole>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LinkItemTravelerResult']>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OriginSource: ResolverTypeWrapper<OriginSource>;
  OverrideBookingStatusInput: OverrideBookingStatusInput;
  OverrideBookingStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OverrideBookingStatusResult']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantType: ResolverTypeWrapper<ParticipantType>;
  PartyType: ResolverTypeWrapper<PartyType>;
  PrimaryTravelerConflictError: ResolverTypeWrapper<PrimaryTravelerConflictError>;
  PrincipalType: ResolverTypeWrapper<PrincipalType>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  SortDirection: ResolverTypeWrapper<SortDirection>;
  SupplierConfirmationStatus: ResolverTypeWrapper<SupplierConfirmationStatus>;
  TransitionBookingInput: TransitionBookingInput;
  TransitionBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['TransitionBookingResult']>;
  TravelerCategory: ResolverTypeWrapper<TravelerCategory>;
  UnlinkItemTravelerInput: UnlinkItemTravelerInput;
  UnlinkItemTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UnlinkItemTravelerResult']>;
  UpdateBookingInput: UpdateBookingInput;
  UpdateBookingItemInput: UpdateBookingItemInput;
  UpdateBookingItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingItemResult']>;
  UpdateBookingNoteInput: UpdateBookingNoteInput;
  UpdateBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingResult']>;
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateBookingTravelerResult']>;
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateFulfillmentResult']>;
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
  VersionConflictError: ResolverTypeWrapper<VersionConflictError>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddBookingAllocationInput: AddBookingAllocationInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddBookingAllocationResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingAllocationResult'];
  AddBookingItemInput: AddBookingItemInput;
  AddBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingItemResult'];
  AddBookingNoteInput: AddBookingNoteInput;
  AddBookingTravelerInput: AddBookingTravelerInput;
  AddBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['AddBookingTravelerResult'];
  AllocationCapacity: AllocationCapacityValue;
  AllocationRequestInput: AllocationRequestInput;
  AllocationTargetNotFoundError: AllocationTargetNotFoundError;
  AllocationTransitionError: AllocationTransitionError;
  AlreadyRedeemedError: AlreadyRedeemedError;
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
  BookingRedemption: BookingRedemptionRow;
  BookingSupplierStatus: BookingSupplierStatusRow;
  BookingTransitionError: BookingTransitionError;
  BookingTraveler: BookingTravelerRow;
  BookingTravelerInput: BookingTravelerInput;
  CapacityExhaustedError: CapacityExhaustedError;
  CreateBookingInput: CreateBookingInput;
  CreateBookingResult: ResolversUnionTypes<ResolversParentTypes>['CreateBookingResult'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ExpireStaleHoldsInput: ExpireStaleHoldsInput;
  ExpireStaleHoldsResult: ExpireStaleHoldsValue;
  ExtendBookingHoldInput: ExtendBookingHoldInput;
  ExtendBookingHoldResult: ResolversUnionTypes<ResolversParentTypes>['ExtendBookingHoldResult'];
  FulfillmentNotIssuedError: FulfillmentNotIssuedError;
  FulfillmentRevokedError: FulfillmentRevokedError;
  FulfillmentTransitionError: FulfillmentTransitionError;
  HoldExpiredError: HoldExpiredError;
  IssueFulfillmentInput: IssueFulfillmentInput;
  IssueFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['IssueFulfillmentResult'];
  ItemNotRedeemableError: ItemNotRedeemableError;
  JSON: Scalars['JSON']['output'];
  LinkItemTravelerInput: LinkItemTravelerInput;
  LinkItemTravelerResult: ResolversUnionTypes<ResolversParentTypes>['LinkItemTravelerResult'];
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  OverrideBookingStatusInput: OverrideBookingStatusInput;
  OverrideBookingStatusResult: ResolversUnionTypes<ResolversParentTypes>['OverrideBookingStatusResult'];
  PageInfo: PageInfo;
  PrimaryTravelerConflictError: PrimaryTravelerConflictError;
  Query: Record<PropertyKey, never>;
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
  TransitionBookingInput: TransitionBookingInput;
  TransitionBookingResult: ResolversUnionTypes<ResolversParentTypes>['TransitionBookingResult'];
  UnlinkItemTravelerInput: UnlinkItemTravelerInput;
  UnlinkItemTravelerResult: ResolversUnionTypes<ResolversParentTypes>['UnlinkItemTravelerResult'];
  UpdateBookingInput: UpdateBookingInput;
  UpdateBookingItemInput: UpdateBookingItemInput;
  UpdateBookingItemResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingItemResult'];
  UpdateBookingNoteInput: UpdateBookingNoteInput;
  UpdateBookingResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingResult'];
  UpdateBookingTravelerInput: UpdateBookingTravelerInput;
  UpdateBookingTravelerResult: ResolversUnionTypes<ResolversParentTypes>['UpdateBookingTravelerResult'];
  UpdateFulfillmentInput: UpdateFulfillmentInput;
  UpdateFulfillmentResult: ResolversUnionTypes<ResolversParentTypes>['UpdateFulfillmentResult'];
  UpsertBookingSupplierStatusInput: UpsertBookingSupplierStatusInput;
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

export type AddBookingAllocationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingAllocationResult'] = ResolversParentTypes['AddBookingAllocationResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingNotEditableError' | 'CapacityExhaustedError' | 'HoldExpiredError', ParentType, ContextType>;
};

export type AddBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingItemResult'] = ResolversParentTypes['AddBookingItemResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type AddBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddBookingTravelerResult'] = ResolversParentTypes['AddBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
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

export type AvailabilitySlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot'], FederationReferenceType extends FederationReferenceTypes['AvailabilitySlot'] = FederationReferenceTypes['AvailabilitySlot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AvailabilitySlot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<ResolversTypes['BookingAllocationConnection'], ParentType, ContextType, RequireFields<AvailabilitySlotAllocationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  remainingCapacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BookingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking'], FederationReferenceType extends FederationReferenceTypes['Booking'] = FederationReferenceTypes['Booking']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Booking']> | FederationReferenceType, FederationReferenceType, ContextType>;
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
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['BookingOrigin']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'AllocationTransitionError' | 'AlreadyRedeemedError' | 'BookingNotEditableError' | 'BookingNotFulfillableError' | 'BookingNotOnHoldError' | 'BookingNumberTakenError' | 'BookingTransitionError' | 'CapacityExhaustedError' | 'FulfillmentNotIssuedError' | 'FulfillmentRevokedError' | 'FulfillmentTransitionError' | 'HoldExpiredError' | 'ItemNotRedeemableError' | 'PrimaryTravelerConflictError' | 'VersionConflictError', ParentType, ContextType>;
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
  quoteVersionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reservationPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tripSnapshotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  specialRequests?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type CreateBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateBookingResult'] = ResolversParentTypes['CreateBookingResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNumberTakenError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpireStaleHoldsResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExpireStaleHoldsResult'] = ResolversParentTypes['ExpireStaleHoldsResult']> = {
  expiredBookingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  expiredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExtendBookingHoldResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExtendBookingHoldResult'] = ResolversParentTypes['ExtendBookingHoldResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotOnHoldError' | 'HoldExpiredError', ParentType, ContextType>;
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

export type FulfillmentStatusResolvers = { FAILED: 'failed', ISSUED: 'issued', PENDING: 'pending', REISSUED: 'reissued', REVOKED: 'revoked' };

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

export type IssueFulfillmentResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IssueFulfillmentResult'] = ResolversParentTypes['IssueFulfillmentResult']> = {
  __resolveType: TypeResolveFn<'BookingFulfillment' | 'BookingNotFulfillableError', ParentType, ContextType>;
};

export type ItemNotRedeemableErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ItemNotRedeemableError'] = ResolversParentTypes['ItemNotRedeemableError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingItemStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ItemTravelerRoleResolvers = { BENEFICIARY: 'beneficiary', OCCUPANT: 'occupant', OTHER: 'other', TRAVELER: 'traveler' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkItemTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkItemTravelerResult'] = ResolversParentTypes['LinkItemTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBookingAllocation?: Resolver<ResolversTypes['AddBookingAllocationResult'], ParentType, ContextType, RequireFields<MutationAddBookingAllocationArgs, 'input'>>;
  addBookingItem?: Resolver<ResolversTypes['AddBookingItemResult'], ParentType, ContextType, RequireFields<MutationAddBookingItemArgs, 'input'>>;
  addBookingNote?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationAddBookingNoteArgs, 'input'>>;
  addBookingTraveler?: Resolver<ResolversTypes['AddBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationAddBookingTravelerArgs, 'input'>>;
  createBooking?: Resolver<ResolversTypes['CreateBookingResult'], ParentType, ContextType, RequireFields<MutationCreateBookingArgs, 'input'>>;
  deleteBookingNote?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationDeleteBookingNoteArgs, 'id'>>;
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
  setBookingOrigin?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationSetBookingOriginArgs, 'input'>>;
  transitionBooking?: Resolver<ResolversTypes['TransitionBookingResult'], ParentType, ContextType, RequireFields<MutationTransitionBookingArgs, 'input'>>;
  unlinkItemTraveler?: Resolver<ResolversTypes['UnlinkItemTravelerResult'], ParentType, ContextType, RequireFields<MutationUnlinkItemTravelerArgs, 'input'>>;
  updateBooking?: Resolver<ResolversTypes['UpdateBookingResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingArgs, 'input'>>;
  updateBookingItem?: Resolver<ResolversTypes['UpdateBookingItemResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingItemArgs, 'input'>>;
  updateBookingNote?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationUpdateBookingNoteArgs, 'input'>>;
  updateBookingTraveler?: Resolver<ResolversTypes['UpdateBookingTravelerResult'], ParentType, ContextType, RequireFields<MutationUpdateBookingTravelerArgs, 'input'>>;
  updateFulfillment?: Resolver<ResolversTypes['UpdateFulfillmentResult'], ParentType, ContextType, RequireFields<MutationUpdateFulfillmentArgs, 'input'>>;
  upsertBookingSupplierStatus?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationUpsertBookingSupplierStatusArgs, 'input'>>;
};

export type OriginSourceResolvers = { ACCEPTED_QUOTE_VERSION: 'accepted_quote_version', CATALOG_PRICE_AVAILABILITY: 'catalog_price_availability', CATALOG_SNAPSHOT: 'catalog_snapshot', DIRECT_B2C: 'direct_b2c', LEGACY_TRANSACTION: 'legacy_transaction', MANUAL: 'manual', PROVIDER_SOURCE_ORDER: 'provider_source_order' };

export type OverrideBookingStatusResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OverrideBookingStatusResult'] = ResolversParentTypes['OverrideBookingStatusResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingTransitionError' | 'CapacityExhaustedError', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipantTypeResolvers = { OCCUPANT: 'occupant', OTHER: 'other', TRAVELER: 'traveler' };

export type PartyTypeResolvers = { COMPANY: 'company', INDIVIDUAL: 'individual' };

export type PrimaryTravelerConflictErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrimaryTravelerConflictError'] = ResolversParentTypes['PrimaryTravelerConflictError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingPrimaryTravelerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PrincipalTypeResolvers = { AGENT: 'agent', API_KEY: 'api_key', SYSTEM: 'system', USER: 'user', WORKFLOW: 'workflow' };

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allocationCapacity?: Resolver<Maybe<ResolversTypes['AllocationCapacity']>, ParentType, ContextType, RequireFields<QueryAllocationCapacityArgs, 'kind' | 'targetId'>>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingArgs, 'id'>>;
  bookingByNumber?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<QueryBookingByNumberArgs, 'bookingNumber'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QueryBookingsArgs, 'first'>>;
};

export type RecordRedemptionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordRedemptionResult'] = ResolversParentTypes['RecordRedemptionResult']> = {
  __resolveType: TypeResolveFn<'AlreadyRedeemedError' | 'BookingNotFulfillableError' | 'BookingRedemption' | 'FulfillmentNotIssuedError' | 'FulfillmentRevokedError' | 'ItemNotRedeemableError', ParentType, ContextType>;
};

export type RedemptionMethodResolvers = { API: 'api', MANUAL: 'manual', OTHER: 'other', SCAN: 'scan' };

export type ReleaseBookingAllocationResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReleaseBookingAllocationResult'] = ResolversParentTypes['ReleaseBookingAllocationResult']> = {
  __resolveType: TypeResolveFn<'AllocationTransitionError' | 'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type RemoveBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingItemResult'] = ResolversParentTypes['RemoveBookingItemResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type RemoveBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveBookingTravelerResult'] = ResolversParentTypes['RemoveBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type ReserveBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReserveBookingResult'] = ResolversParentTypes['ReserveBookingResult']> = {
  __resolveType: TypeResolveFn<'AllocationTargetNotFoundError' | 'Booking' | 'BookingNumberTakenError' | 'CapacityExhaustedError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
};

export type SortDirectionResolvers = { ASC: 'asc', DESC: 'desc' };

export type SupplierConfirmationStatusResolvers = { CANCELLED: 'cancelled', CONFIRMED: 'confirmed', PENDING: 'pending', REJECTED: 'rejected' };

export type TransitionBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransitionBookingResult'] = ResolversParentTypes['TransitionBookingResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingTransitionError' | 'HoldExpiredError' | 'VersionConflictError', ParentType, ContextType>;
};

export type TravelerCategoryResolvers = { ADULT: 'adult', CHILD: 'child', INFANT: 'infant', OTHER: 'other', SENIOR: 'senior' };

export type UnlinkItemTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnlinkItemTravelerResult'] = ResolversParentTypes['UnlinkItemTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type UpdateBookingItemResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingItemResult'] = ResolversParentTypes['UpdateBookingItemResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError', ParentType, ContextType>;
};

export type UpdateBookingResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingResult'] = ResolversParentTypes['UpdateBookingResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'VersionConflictError', ParentType, ContextType>;
};

export type UpdateBookingTravelerResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateBookingTravelerResult'] = ResolversParentTypes['UpdateBookingTravelerResult']> = {
  __resolveType: TypeResolveFn<'Booking' | 'BookingNotEditableError' | 'PrimaryTravelerConflictError', ParentType, ContextType>;
};

export type UpdateFulfillmentResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateFulfillmentResult'] = ResolversParentTypes['UpdateFulfillmentResult']> = {
  __resolveType: TypeResolveFn<'BookingFulfillment' | 'BookingNotFulfillableError' | 'FulfillmentTransitionError', ParentType, ContextType>;
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
  AddBookingAllocationResult?: AddBookingAllocationResultResolvers<ContextType>;
  AddBookingItemResult?: AddBookingItemResultResolvers<ContextType>;
  AddBookingTravelerResult?: AddBookingTravelerResultResolvers<ContextType>;
  AllocationCapacity?: AllocationCapacityResolvers<ContextType>;
  AllocationKind?: AllocationKindResolvers;
  AllocationStatus?: AllocationStatusResolvers;
  AllocationTargetNotFoundError?: AllocationTargetNotFoundErrorResolvers<ContextType>;
  AllocationTransitionError?: AllocationTransitionErrorResolvers<ContextType>;
  AlreadyRedeemedError?: AlreadyRedeemedErrorResolvers<ContextType>;
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
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
  BookingRedemption?: BookingRedemptionResolvers<ContextType>;
  BookingSourceType?: BookingSourceTypeResolvers;
  BookingStatus?: BookingStatusResolvers;
  BookingSupplierStatus?: BookingSupplierStatusResolvers<ContextType>;
  BookingTransitionError?: BookingTransitionErrorResolvers<ContextType>;
  BookingTraveler?: BookingTravelerResolvers<ContextType>;
  CapacityExhaustedError?: CapacityExhaustedErrorResolvers<ContextType>;
  CreateBookingResult?: CreateBookingResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ExpireStaleHoldsResult?: ExpireStaleHoldsResultResolvers<ContextType>;
  ExtendBookingHoldResult?: ExtendBookingHoldResultResolvers<ContextType>;
  FulfillmentChannel?: FulfillmentChannelResolvers;
  FulfillmentNotIssuedError?: FulfillmentNotIssuedErrorResolvers<ContextType>;
  FulfillmentRevokedError?: FulfillmentRevokedErrorResolvers<ContextType>;
  FulfillmentStatus?: FulfillmentStatusResolvers;
  FulfillmentTransitionError?: FulfillmentTransitionErrorResolvers<ContextType>;
  FulfillmentType?: FulfillmentTypeResolvers;
  HoldExpiredError?: HoldExpiredErrorResolvers<ContextType>;
  IssueFulfillmentResult?: IssueFulfillmentResultResolvers<ContextType>;
  ItemNotRedeemableError?: ItemNotRedeemableErrorResolvers<ContextType>;
  ItemTravelerRole?: ItemTravelerRoleResolvers;
  JSON?: GraphQLScalarType;
  LinkItemTravelerResult?: LinkItemTravelerResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OriginSource?: OriginSourceResolvers;
  OverrideBookingStatusResult?: OverrideBookingStatusResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipantType?: ParticipantTypeResolvers;
  PartyType?: PartyTypeResolvers;
  PrimaryTravelerConflictError?: PrimaryTravelerConflictErrorResolvers<ContextType>;
  PrincipalType?: PrincipalTypeResolvers;
  Query?: QueryResolvers<ContextType>;
  RecordRedemptionResult?: RecordRedemptionResultResolvers<ContextType>;
  RedemptionMethod?: RedemptionMethodResolvers;
  ReleaseBookingAllocationResult?: ReleaseBookingAllocationResultResolvers<ContextType>;
  RemoveBookingItemResult?: RemoveBookingItemResultResolvers<ContextType>;
  RemoveBookingTravelerResult?: RemoveBookingTravelerResultResolvers<ContextType>;
  ReserveBookingResult?: ReserveBookingResultResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  SupplierConfirmationStatus?: SupplierConfirmationStatusResolvers;
  TransitionBookingResult?: TransitionBookingResultResolvers<ContextType>;
  TravelerCategory?: TravelerCategoryResolvers;
  UnlinkItemTravelerResult?: UnlinkItemTravelerResultResolvers<ContextType>;
  UpdateBookingItemResult?: UpdateBookingItemResultResolvers<ContextType>;
  UpdateBookingResult?: UpdateBookingResultResolvers<ContextType>;
  UpdateBookingTravelerResult?: UpdateBookingTravelerResultResolvers<ContextType>;
  UpdateFulfillmentResult?: UpdateFulfillmentResultResolvers<ContextType>;
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
