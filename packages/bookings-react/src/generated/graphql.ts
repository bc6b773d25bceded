/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of approvals; every field given must match. */
export type ActionApprovalFilter = {
  /** Only approvals in this status (PENDING past its deadline counts as EXPIRED). */
  status?: ActionApprovalStatus | null | undefined;
  /** Only approvals about this target (`book_…`). */
  targetId?: string | number | null | undefined;
};

/** Where an approval stands. */
export type ActionApprovalStatus =
  /** Approved; the action may be executed once, until `expiresAt`. */
  | 'APPROVED'
  /** Withdrawn. */
  | 'CANCELLED'
  /** Refused. */
  | 'DENIED'
  /** Not decided or not executed in time. */
  | 'EXPIRED'
  /** Waiting for a decision, until `expiresAt`. */
  | 'PENDING';

/** More capacity for an item of a booking that is DRAFT or ON_HOLD. */
export type AddBookingAllocationInput = {
  /** The item (`bkit_…`). */
  bookingItemId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** What kind of inventory. */
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: number | null | undefined;
  /** The slot, pickup point or resource. */
  targetId: string | number;
};

/** An item to add to an existing booking. */
export type AddBookingItemInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: string | null | undefined;
  /** The item. */
  item: BookingItemInput;
};

/** A staff note to add. */
export type AddBookingNoteInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** The note's text, 1–10000 characters. */
  content: string;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
};

/** A supplier commitment to record on a booking. */
export type AddBookingSupplierStatusInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** What the supplier charges; not negative. */
  cost?: MoneyInput | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** Staff notes, up to 5000 characters. */
  notes?: string | null | undefined;
  /** Name of the service, 1–255 characters. */
  serviceName: string;
  /** Where the supplier's answer stands already; default PENDING. CONFIRMED stamps `confirmedAt` now. */
  status?: SupplierConfirmationStatus | null | undefined;
  /** The supplier, as the supplier directory identifies it. */
  supplierId?: string | number | null | undefined;
  /** The supplier's own reference, 1–255 characters. */
  supplierReference?: string | null | undefined;
  /** The supplier's service. */
  supplierServiceId?: string | number | null | undefined;
};

/** A traveler to add to an existing booking. */
export type AddBookingTravelerInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The traveler. */
  traveler: BookingTravelerInput;
};

/** What kind of inventory an allocation draws on. */
export type AllocationKind =
  /** A pickup point's places. */
  | 'PICKUP'
  /** A resource's units (a guide, a vehicle, equipment). */
  | 'RESOURCE'
  /** A departure or time slot's seats. */
  | 'SLOT';

/** Capacity an item should hold. */
export type AllocationRequestInput = {
  /** What kind of inventory. */
  kind: AllocationKind;
  /** Defaults to the item's quantity. */
  quantity?: number | null | undefined;
  /** The slot, pickup point or resource; capacity must have been declared for it. */
  targetId: string | number;
};

/** Where an allocation is in its lifecycle. HELD, CONFIRMED and FULFILLED consume capacity; the others gave it back. */
export type AllocationStatus =
  /** The booking was cancelled. Terminal. */
  | 'CANCELLED'
  /** Taken for good. Next: FULFILLED, CANCELLED, RELEASED. */
  | 'CONFIRMED'
  /** The hold lapsed. Terminal. */
  | 'EXPIRED'
  /** Used. Terminal. */
  | 'FULFILLED'
  /** Held until the booking's hold lapses. Next: CONFIRMED, RELEASED, EXPIRED, CANCELLED. */
  | 'HELD'
  /** Given back on purpose. Terminal. */
  | 'RELEASED';

/** Why one answer was refused. */
export type AnswerProblemReason =
  /** The value does not fit the question's field type. */
  | 'INVALID_VALUE'
  /** The question does not apply to this booking. */
  | 'NOT_APPLICABLE'
  /** A select value is not one of the question's options. */
  | 'UNKNOWN_OPTION'
  /** The answer names the wrong kind of target, or a traveler or line the question is not asked of. */
  | 'WRONG_TARGET';

/** A decision on an approval. */
export type ApprovalDecision =
  /** Allow the action. */
  | 'APPROVED'
  /** Refuse the action. */
  | 'DENIED';

/** The traveler's bed preference, passed on to accommodation suppliers. */
export type BedPreference =
  /** One double bed. */
  | 'DOUBLE'
  /** No preference. */
  | 'NO_PREFERENCE'
  /** A single bed. */
  | 'SINGLE'
  /** Two separate beds. */
  | 'TWIN';

/** One answer to set; a null value clears the answer. */
export type BookingAnswerInput = {
  /** The line, for EXTRA and SERVICE questions. */
  bookingItemId?: string | number | null | undefined;
  /** The catalog's id of the question. */
  questionId: string | number;
  /** The traveler, for TRAVELER and LEAD_TRAVELER questions. */
  travelerId?: string | number | null | undefined;
  /** The answer as its field type takes it; null clears it. */
  value?: unknown;
};

/** The buyer's contact details. Every field is optional; an update replaces the whole contact. */
export type BookingContactInput = {
  /** Address line 1, up to 200 characters. */
  addressLine1?: string | null | undefined;
  /** Address line 2, up to 200 characters. */
  addressLine2?: string | null | undefined;
  /** City, up to 100 characters. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, upper case (`RO`). */
  country?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** First name, 1–100 characters. */
  firstName?: string | null | undefined;
  /** Last name, 1–100 characters. */
  lastName?: string | null | undefined;
  /** Person or company. */
  partyType?: PartyType | null | undefined;
  /** Phone number: digits, spaces, `+ ( ) . -`, 4–32 characters. */
  phone?: string | null | undefined;
  /** Postal code, up to 20 characters. */
  postalCode?: string | null | undefined;
  /** BCP 47 language tag (`en`, `pt-BR`). */
  preferredLanguage?: string | null | undefined;
  /** Region, state or county, up to 100 characters. */
  region?: string | null | undefined;
  /** Tax or VAT number, up to 50 characters. */
  taxId?: string | null | undefined;
};

/** Narrows a list of bookings; every field given must match (AND). Omit a field to not filter on it. */
export type BookingFilter = {
  /** Only bookings created at or after this instant. */
  createdFrom?: string | null | undefined;
  /** Only bookings created at or before this instant. */
  createdTo?: string | null | undefined;
  /** Only bookings bought by this organization (`org_…`). */
  organizationId?: string | number | null | undefined;
  /** Only bookings bought by this person (`pers_…`). */
  personId?: string | number | null | undefined;
  /**
   * Part of the booking number or external ref (case-insensitive); for callers who may read personal data also a
   * whole contact first, last or full name, email or phone, or a traveler's name (case and spacing ignored, phones
   * compared by their digits). Parts of personal data never match.
   */
  search?: string | null | undefined;
  /** Only bookings from this sales channel. */
  sourceType?: BookingSourceType | null | undefined;
  /** Only bookings starting on or after this day. */
  startDateFrom?: string | null | undefined;
  /** Only bookings starting on or before this day. */
  startDateTo?: string | null | undefined;
  /** Only bookings in one of these statuses. */
  status?: Array<BookingStatus> | null | undefined;
};

/** A priced line to add to a booking. */
export type BookingItemInput = {
  /** Longer description, up to 5000 characters. */
  description?: string | null | undefined;
  /** When the service ends; not before `startsAt`. */
  endsAt?: string | null | undefined;
  /** What the line sells or adjusts; defaults to UNIT. */
  itemType?: BookingItemType | null | undefined;
  /** Any JSON object to keep with the item. */
  metadata?: unknown;
  /** The product option (a tour variant, a room type). */
  optionId?: string | number | null | undefined;
  /** The option's name, kept as it is now. */
  optionName?: string | null | undefined;
  /** The catalog product, as the catalog identifies it (1–255 characters). */
  productId?: string | number | null | undefined;
  /** The product's name, kept as it is now. */
  productName?: string | null | undefined;
  /** How many units, 1–10000; defaults to 1. */
  quantity?: number;
  /** The day the service is delivered. */
  serviceDate?: string | null | undefined;
  /** The departure or time slot the item is for. */
  slotId?: string | number | null | undefined;
  /** When the service starts. */
  startsAt?: string | null | undefined;
  /** What the buyer sees for this line, 1–255 characters. */
  title: string;
  /** Cost of one unit to supply, when known. */
  unitCostAmount?: MoneyInput | null | undefined;
  /** The unit or fare (adult seat, child seat). */
  unitId?: string | number | null | undefined;
  /** The unit's name, kept as it is now. */
  unitName?: string | null | undefined;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

/** Where a booking item is in its own lifecycle, which follows the booking's. */
export type BookingItemStatus =
  /** Called off. Terminal. */
  | 'CANCELLED'
  /** Sold. Next: FULFILLED, CANCELLED. */
  | 'CONFIRMED'
  /** Not held or confirmed yet. Next: ON_HOLD, CONFIRMED, CANCELLED. */
  | 'DRAFT'
  /** Its hold passed. Terminal. */
  | 'EXPIRED'
  /** Delivered or redeemed. Terminal. */
  | 'FULFILLED'
  /** Its capacity is held. Next: CONFIRMED, EXPIRED, CANCELLED. */
  | 'ON_HOLD';

/** What a booking item sells or adjusts. DISCOUNT and ADJUSTMENT items may carry negative amounts; the others may not. */
export type BookingItemType =
  /** A stay, such as hotel nights. */
  | 'ACCOMMODATION'
  /** A manual correction of the total; its amounts may be negative. */
  | 'ADJUSTMENT'
  /** A reduction; its amounts may be negative. */
  | 'DISCOUNT'
  /** An add-on to another item, such as equipment hire. */
  | 'EXTRA'
  /** A fee, such as a booking or service fee. */
  | 'FEE'
  /** Anything else. */
  | 'OTHER'
  /** A service, such as a transfer or a guide. */
  | 'SERVICE'
  /** A tax line. */
  | 'TAX'
  /** Transport, such as a flight, train or bus leg. */
  | 'TRANSPORT'
  /** A unit of a product, such as a tour seat or a ticket. The default. */
  | 'UNIT';

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
  | 'BOOKING_NUMBER'
  /** When the booking was created. */
  | 'CREATED_AT'
  /** The booking's total sell amount in minor units (currencies are not converted). */
  | 'SELL_AMOUNT'
  /** The booking's start date; bookings without one sort last ascending, first descending. */
  | 'START_DATE';

/** Where a booking came from. Give `originSource` and the ids that go with it (see `OriginSource`). */
export type BookingOriginInput = {
  /** The catalog price and availability answer, for CATALOG_PRICE_AVAILABILITY. */
  catalogPriceResponseId?: string | number | null | undefined;
  /** The catalog snapshot, for CATALOG_SNAPSHOT. */
  catalogSnapshotId?: string | number | null | undefined;
  /** The legacy system's offer id, for LEGACY_TRANSACTION. */
  legacyTransactionOfferId?: string | number | null | undefined;
  /** The legacy system's order id, for LEGACY_TRANSACTION. */
  legacyTransactionOrderId?: string | number | null | undefined;
  /** Any JSON object to keep with the origin. */
  metadata?: unknown;
  /** What kind of record the booking is made from. */
  originSource: OriginSource;
  /** The provider's order reference, for PROVIDER_SOURCE_ORDER. */
  providerOrderRef?: string | null | undefined;
  /** The provider connection the order went through, for PROVIDER_SOURCE_ORDER. */
  providerSourceConnectionId?: string | number | null | undefined;
  /** Kind of external provider, for PROVIDER_SOURCE_ORDER. */
  providerSourceKind?: string | null | undefined;
  /** Name of the external provider, for PROVIDER_SOURCE_ORDER. */
  providerSourceProvider?: string | null | undefined;
  /** The provider's reference of the source record, for PROVIDER_SOURCE_ORDER. */
  providerSourceRef?: string | null | undefined;
  /** The quote (`quot_…`); required with `quoteVersionId` for ACCEPTED_QUOTE_VERSION. */
  quoteId?: string | number | null | undefined;
  /** The accepted quote version (`qver_…`); required for ACCEPTED_QUOTE_VERSION. */
  quoteVersionId?: string | number | null | undefined;
  /** The reservation plan that produced the booking. */
  reservationPlanId?: string | number | null | undefined;
  /** The trip snapshot the booking was priced from. */
  tripSnapshotId?: string | number | null | undefined;
};

/** Kinds of answer a booking question takes. */
export type BookingQuestionFieldType =
  /** true or false. */
  | 'BOOLEAN'
  /** An ISO 3166-1 alpha-2 country code (`AT`). */
  | 'COUNTRY'
  /** A calendar day, `YYYY-MM-DD`. */
  | 'DATE'
  /** An email address. */
  | 'EMAIL'
  /** A file, as an http(s) URL. */
  | 'FILE'
  /** A list of distinct option values. */
  | 'MULTI_SELECT'
  /** A number. */
  | 'NUMBER'
  /** A phone number. */
  | 'PHONE'
  /** One of the question's option values. */
  | 'SELECT'
  /** One line of text, at most 5000 characters. */
  | 'TEXT'
  /** Several lines of text, at most 5000 characters. */
  | 'TEXTAREA';

/** Who or what an answer is about. */
export type BookingQuestionTarget =
  /** The person booking: one answer. */
  | 'BOOKER'
  /** The booking as a whole: one answer. */
  | 'BOOKING'
  /** Each extra line: one answer per matching item. */
  | 'EXTRA'
  /** The primary traveler: one answer. */
  | 'LEAD_TRAVELER'
  /** Each service line: one answer per matching item. */
  | 'SERVICE'
  /** Each traveler: one answer per traveler. */
  | 'TRAVELER';

/** The sales channel a booking came through. */
export type BookingSourceType =
  /** Referred by an affiliate partner. */
  | 'AFFILIATE'
  /** Created by a partner system through the API. */
  | 'API_PARTNER'
  /** Sold directly to the buyer (own website or app). The default. */
  | 'DIRECT'
  /** Created internally (tests, staff travel, complimentary bookings). */
  | 'INTERNAL'
  /** Entered by staff, for example for a phone or walk-in sale. */
  | 'MANUAL'
  /** Sold through an online travel agency. */
  | 'OTA'
  /** Sold by a reseller or travel agent. */
  | 'RESELLER';

/** Where a booking is in its lifecycle. `Booking.allowedTransitions` lists the moves `transitionBooking` may make next. */
export type BookingStatus =
  /** Accepted and waiting for the buyer's payment. Next: CONFIRMED, EXPIRED, CANCELLED. */
  | 'AWAITING_PAYMENT'
  /** Called off; held capacity was given back. Terminal. */
  | 'CANCELLED'
  /** Delivered in full. Terminal. */
  | 'COMPLETED'
  /** Sold and promised to the buyer. Next: IN_PROGRESS, CANCELLED. */
  | 'CONFIRMED'
  /**
   * Being put together; nothing is held or promised yet. Every booking starts here. Next: ON_HOLD,
   * AWAITING_PAYMENT, CONFIRMED, CANCELLED.
   */
  | 'DRAFT'
  /** A hold or a payment deadline passed; held capacity was given back. Terminal. */
  | 'EXPIRED'
  /** The travel or service has started. Next: COMPLETED, CANCELLED. */
  | 'IN_PROGRESS'
  /**
   * Capacity is held until `holdExpiresAt`; the booking expires if it is not confirmed or extended by then.
   * Next: AWAITING_PAYMENT, CONFIRMED, EXPIRED, CANCELLED.
   */
  | 'ON_HOLD';

/**
 * Where a booking's supplier commitments stand together. CANCELLED commitments are left out; of the rest:
 * REJECTED when any supplier refused, else CONFIRMED when all confirmed, PARTIAL when some did, PENDING when none did
 * yet, and NONE when there is nothing left to confirm.
 */
export type BookingSupplierConfirmation =
  /** Every standing commitment is CONFIRMED. */
  | 'CONFIRMED'
  /** No commitment is standing (none recorded, or all cancelled). */
  | 'NONE'
  /** Some standing commitments are CONFIRMED, the others PENDING. */
  | 'PARTIAL'
  /** Every standing commitment is still PENDING. */
  | 'PENDING'
  /** At least one supplier REJECTED its service: someone has to find another or ask again. */
  | 'REJECTED';

/** A traveler to add to a booking. */
export type BookingTravelerInput = {
  /** Age or fare category; defaults to ADULT. */
  category?: TravelerCategory | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** First name, 1–100 characters. */
  firstName: string;
  /** Make this the lead traveler; a booking has at most one (else PrimaryTravelerConflictError). Defaults to false. */
  isPrimary?: boolean | null | undefined;
  /** Last name, 1–100 characters. */
  lastName: string;
  /** Staff notes about the traveler. */
  notes?: string | null | undefined;
  /** How the traveler takes part; defaults to TRAVELER. */
  participantType?: ParticipantType | null | undefined;
  /** The person the traveler is (relationships subgraph, `pers_…`), when known. */
  personId?: string | number | null | undefined;
  /** Phone number: digits, spaces, `+ ( ) . -`, 4–32 characters. */
  phone?: string | null | undefined;
  /** BCP 47 language tag. */
  preferredLanguage?: string | null | undefined;
  /** Requests to pass on to suppliers. */
  specialRequests?: string | null | undefined;
};

/** Confirms a session. */
export type ConfirmStorefrontSessionInput = {
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: number;
  /** The session (`book_…`). */
  sessionId: string | number;
  /** CONFIRMED (default) or AWAITING_PAYMENT. */
  target?: BookingStatus | null | undefined;
};

/** A new booking. It starts in DRAFT; items, travelers and origin may be given now or added later. */
export type CreateBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: string | null | undefined;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: string | null | undefined;
  /** The buyer's contact details. */
  contact?: BookingContactInput | null | undefined;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: number | null | undefined;
  /** Last day of travel; not before `startDate`. */
  endDate?: string | null | undefined;
  /** The booking's reference in an external system, 1–255 characters. */
  externalBookingRef?: string | null | undefined;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: string | null | undefined;
  /** Staff-only notes. */
  internalNotes?: string | null | undefined;
  /** Priced lines; the booking's sell amount is their total. */
  items?: Array<BookingItemInput> | null | undefined;
  /** The buying organization (`org_…`), when the buyer is an organization. */
  organizationId?: string | number | null | undefined;
  /** What the booking is made from. */
  origin?: BookingOriginInput | null | undefined;
  /** The buying person (`pers_…`), when the buyer is a person known to the relationships subgraph. */
  personId?: string | number | null | undefined;
  /** ISO 4217 code every sell amount is in (`EUR`); items must use it. */
  sellCurrency: string;
  /** Sales channel; defaults to DIRECT. */
  sourceType?: BookingSourceType | null | undefined;
  /** First day of travel. */
  startDate?: string | null | undefined;
  /** Travelers; at most one may be primary. */
  travelers?: Array<BookingTravelerInput> | null | undefined;
};

/** A decision on a pending approval. */
export type DecideActionApprovalInput = {
  /** The approval (`alap_…`). */
  approvalId: string | number;
  /** Approve or deny. */
  decision: ApprovalDecision;
  /** 1–2000 characters. */
  reason?: string | null | undefined;
};

/** Which passed holds to expire now (the hold sweeper also does this on its own, every HOLD_SWEEP_INTERVAL_SECONDS). */
export type ExpireStaleHoldsInput = {
  /** Expire holds that passed at or before this instant; defaults to now and never looks past now. */
  before?: string | null | undefined;
};

/** A later deadline for an ON_HOLD booking. */
export type ExtendBookingHoldInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The new deadline, in the future. */
  holdExpiresAt?: string | null | undefined;
  /** Give exactly one: minutes from now (1–1440) or a new deadline. */
  holdMinutes?: number | null | undefined;
  /** The booking (`book_…`). */
  id: string | number;
};

/** How a fulfillment reaches the traveler. */
export type FulfillmentChannel =
  /** Delivered to a partner system. */
  | 'API'
  /** Downloaded from `artifactUrl`. */
  | 'DOWNLOAD'
  /** Sent by email. */
  | 'EMAIL'
  /** Any other way. */
  | 'OTHER'
  /** Added to a mobile wallet. */
  | 'WALLET';

/** Where a fulfillment is in its lifecycle. */
export type FulfillmentStatus =
  /** Producing it failed. Next: PENDING (retry), VOIDED. */
  | 'FAILED'
  /** Delivered and valid. Next: REISSUED, REVOKED, VOIDED. */
  | 'ISSUED'
  /** Its artifact is still being produced. Next: ISSUED, FAILED, VOIDED. */
  | 'PENDING'
  /** Delivered again (a new artifact); valid. Next: REISSUED, REVOKED, VOIDED. */
  | 'REISSUED'
  /** No longer valid; cannot be redeemed. Terminal. */
  | 'REVOKED'
  /** What it was for was cancelled: its item was removed, or the booking was cancelled or expired. */
  | 'VOIDED';

/** What kind of artifact a fulfillment is. */
export type FulfillmentType =
  /** A barcode. */
  | 'BARCODE'
  /** A mobile ticket or pass. */
  | 'MOBILE'
  /** Anything else. */
  | 'OTHER'
  /** A PDF document. */
  | 'PDF'
  /** A QR code. */
  | 'QR_CODE'
  /** A ticket. */
  | 'TICKET'
  /** A voucher. */
  | 'VOUCHER';

/** A voucher, ticket or document to issue for a CONFIRMED or IN_PROGRESS booking. */
export type IssueFulfillmentInput = {
  /** Where the artifact can be fetched, an http(s) URL of up to 2048 characters. */
  artifactUrl?: string | null | undefined;
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** The item it covers (`bkit_…`); omit for the whole booking. */
  bookingItemId?: string | number | null | undefined;
  /** How it reaches the traveler. */
  deliveryChannel: FulfillmentChannel;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: string | null | undefined;
  /** The artifact's data as a JSON object. */
  payload?: unknown;
  /** ISSUED (default) or PENDING when the artifact is produced later. */
  status?: FulfillmentStatus | null | undefined;
  /** The traveler it is for (`bkpt_…`); omit when not personal. */
  travelerId?: string | number | null | undefined;
  /** What kind of artifact. */
  type: FulfillmentType;
};

/** The part a traveler plays on one booking item. */
export type ItemTravelerRole =
  /** Benefits from the item without travelling (for example, insurance). */
  | 'BENEFICIARY'
  /** Occupies the accommodation the item sells. */
  | 'OCCUPANT'
  /** Any other role. */
  | 'OTHER'
  /** Uses the item as a traveler. The default. */
  | 'TRAVELER';

/** Links a traveler to an item of the same booking. */
export type LinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The item (`bkit_…`). */
  itemId: string | number;
  /** The traveler's part on the item; defaults to TRAVELER. */
  role?: ItemTravelerRole | null | undefined;
  /** The traveler (`bkpt_…`), on the same booking as the item. */
  travelerId: string | number;
};

/** Matches a supplier commitment to the supplier invoice line that bills it. */
export type LinkSupplierInvoiceLineInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The commitment (`bkss_…`). */
  id: string | number;
  /** The invoice line, as finance identifies it; one line bills one commitment at most. */
  supplierInvoiceLineId: string | number;
};

/** What kind of requirement is missing. */
export type MissingRequirementKind =
  /** A required contact or traveler field without a value. */
  | 'CONTACT_FIELD'
  /** A required question without an answer. */
  | 'QUESTION';

/** An amount of money in integer minor units. */
export type MoneyInput = {
  /** Amount in the currency's minor units (cents), a 32-bit integer. Negative only for DISCOUNT and ADJUSTMENT items. */
  amountCents: number;
  /** ISO 4217 currency code, upper case (`EUR`). */
  currency: string;
};

/** What a booking was made from; the other `BookingOrigin` fields name the source record. */
export type OriginSource =
  /** An accepted quote version: `quoteId` and `quoteVersionId` are set and `quoteVersion` resolves. */
  | 'ACCEPTED_QUOTE_VERSION'
  /** A catalog price and availability answer: `catalogPriceResponseId` is set. */
  | 'CATALOG_PRICE_AVAILABILITY'
  /** A catalog snapshot: `catalogSnapshotId` is set. */
  | 'CATALOG_SNAPSHOT'
  /** A direct consumer checkout. */
  | 'DIRECT_B2C'
  /** A record migrated from a legacy transaction system: the `legacyTransaction*` fields are set. */
  | 'LEGACY_TRANSACTION'
  /** Entered by hand, from no other record. */
  | 'MANUAL'
  /** An order placed with an external provider: the `providerSource*` and `providerOrderRef` fields are set. */
  | 'PROVIDER_SOURCE_ORDER';

/** An administrative status change that bypasses the state machine (bookings:admin). Logged as `status_overridden`. */
export type OverrideBookingStatusInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: string | number | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The booking (`book_…`). */
  id: string | number;
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: string | null | undefined;
  /** Why the state machine is being bypassed; 1–2000 characters. */
  reason: string;
  /** The status to set, whatever the current one. */
  to: BookingStatus;
};

/** How a person takes part in a booking. */
export type ParticipantType =
  /** Occupies accommodation without necessarily travelling on every item. */
  | 'OCCUPANT'
  /** Any other participant. */
  | 'OTHER'
  /** Travels. The default. */
  | 'TRAVELER';

/** Whether the buyer is a person or a company. */
export type PartyType =
  /** A company or other organization. */
  | 'COMPANY'
  /** A private person. */
  | 'INDIVIDUAL';

/** How a wizard write combines its `payload` with the stored one. */
export type PayloadMode =
  /** Top-level keys of the new payload replace the stored ones; other stored keys stay. */
  | 'MERGE'
  /** The new payload replaces the stored one entirely. */
  | 'REPLACE';

/** Why travel details could not be pre-filled from the traveler's person. */
export type PrefillUnavailableReason =
  /** The relationships subgraph answered something unexpected. */
  | 'INVALID_RESPONSE'
  /** RELATIONSHIPS_URL is not configured. */
  | 'NOT_CONFIGURED'
  /** The traveler has no personId. */
  | 'NO_PERSON'
  /** The relationships subgraph does not know the person. */
  | 'PERSON_UNKNOWN'
  /** The relationships subgraph did not answer. */
  | 'UNREACHABLE';

/** A change to how one session item is priced; omitted fields keep the item's value, null clears it. */
export type PriceSelectionInput = {
  /** The session item (`bkit_…`). */
  itemId: string | number;
  /** The product option. */
  optionId?: string | number | null | undefined;
  /** The option unit (fare). */
  optionUnitId?: string | number | null | undefined;
  /** The pricing category. */
  pricingCategoryId?: string | number | null | undefined;
  /** How many units; an item holding capacity keeps its quantity. */
  quantity?: number | null | undefined;
};

/** Who acted: the kind of principal named by a token's `principal_type` claim. */
export type PrincipalType =
  /** An AI agent acting for someone; some of its actions need human approval. */
  | 'AGENT'
  /** A partner or integration using an API key. */
  | 'API_KEY'
  /** The holder of a checkout capability for one storefront session (actor `chk:<token id>`); never a token claim. */
  | 'CHECKOUT'
  /** The platform itself (cron jobs, sweepers); internal, sees personal data in clear. */
  | 'SYSTEM'
  /** A signed-in person. */
  | 'USER'
  /** A background workflow; internal, sees personal data in clear. */
  | 'WORKFLOW';

/** What to quote: the session and the selections to price. */
export type QuoteStorefrontSessionInput = {
  /** The catalog to price from; the session's when omitted. */
  catalogId?: string | number | null | undefined;
  /** The items to reprice and how; at least one. */
  selections: Array<PriceSelectionInput>;
  /** The session (`book_…`). */
  sessionId: string | number;
};

/** A fulfillment used at the point of service. */
export type RecordRedemptionInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** Defaults to the fulfillment's item. */
  bookingItemId?: string | number | null | undefined;
  /** The fulfillment used (`bkfl_…`). */
  fulfillmentId: string | number;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: string | null | undefined;
  /** Where, as free text. */
  location?: string | null | undefined;
  /** How it was used; defaults to MANUAL. */
  method?: RedemptionMethod | null | undefined;
  /** Defaults to now. */
  redeemedAt?: string | null | undefined;
  /** Defaults to the fulfillment's traveler. */
  travelerId?: string | number | null | undefined;
};

/** How a fulfillment was redeemed. */
export type RedemptionMethod =
  /** Reported by a partner system. */
  | 'API'
  /** Checked by staff. The default. */
  | 'MANUAL'
  /** Any other way. */
  | 'OTHER'
  /** Scanned. */
  | 'SCAN';

/** Gives an allocation's capacity back. */
export type ReleaseBookingAllocationInput = {
  /** Also read from the Action-Approval-Id header: executes an approved release. */
  approvalId?: string | number | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The allocation (`bkac_…`). */
  id: string | number;
  /** Also read from the Idempotency-Key header. Required when the release needs approval (an agent or workflow on a confirmed or in-progress booking). */
  idempotencyKey?: string | null | undefined;
  /** Why, for the activity log; up to 2000 characters. */
  reason?: string | null | undefined;
};

/** Applies new prices to a session. */
export type RepriceStorefrontSessionInput = {
  /** The digest of the quote the buyer saw; PriceChangedError when the prices moved since. */
  acceptQuoteDigest?: string | null | undefined;
  /** The catalog to price from; the session's when omitted. */
  catalogId?: string | number | null | undefined;
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: number;
  /** The items to reprice and how; at least one. */
  selections: Array<PriceSelectionInput>;
  /** The session (`book_…`). */
  sessionId: string | number;
};

/** How a question or field applies to a booking. */
export type RequirementMode =
  /** Not asked. */
  | 'HIDDEN'
  /** May be answered or filled. */
  | 'OPTIONAL'
  /** Must be answered or filled before confirm. */
  | 'REQUIRED';

/** Whether a booking has everything its options ask for. */
export type RequirementsStatus =
  /** Every required question is answered and every required field is filled. */
  | 'COMPLETE'
  /** Something required is missing; `missing` says what. */
  | 'INCOMPLETE'
  /** The catalog could not be asked; nothing is known about what applies. */
  | 'UNAVAILABLE';

/** A booking created ON_HOLD with its capacity held in one step: all of it is held, or nothing is created. */
export type ReserveBookingInput = {
  /** Generated as BK-YYMM-NNNNNN when omitted. */
  bookingNumber?: string | null | undefined;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: string | null | undefined;
  /** The buyer's contact details. */
  contact?: BookingContactInput | null | undefined;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: number | null | undefined;
  /** Last day of travel. */
  endDate?: string | null | undefined;
  /** Reference in an external system. */
  externalBookingRef?: string | null | undefined;
  /** When the hold lapses, in the future; give this or `holdMinutes`. */
  holdExpiresAt?: string | null | undefined;
  /** Hold length in minutes, 1–1440; give this or holdExpiresAt, or neither for the configured default. */
  holdMinutes?: number | null | undefined;
  /** Also read from the Idempotency-Key header: retries with the same key replay the first result. */
  idempotencyKey?: string | null | undefined;
  /** Staff-only notes. */
  internalNotes?: string | null | undefined;
  /** The items and the capacity each holds; at least one. */
  items: Array<ReserveBookingItemInput>;
  /** The buying organization (`org_…`). */
  organizationId?: string | number | null | undefined;
  /** What the booking is made from. */
  origin?: BookingOriginInput | null | undefined;
  /** The buying person (`pers_…`). */
  personId?: string | number | null | undefined;
  /** ISO 4217 code every sell amount is in; items must use it. */
  sellCurrency: string;
  /** Sales channel; defaults to DIRECT. */
  sourceType?: BookingSourceType | null | undefined;
  /** First day of travel. */
  startDate?: string | null | undefined;
  /** Travelers; at most one may be primary. */
  travelers?: Array<BookingTravelerInput> | null | undefined;
};

/** A priced line of a reservation, with the capacity it holds. */
export type ReserveBookingItemInput = {
  /** Capacity this item holds; all of it is taken or none. */
  allocations?: Array<AllocationRequestInput> | null | undefined;
  /** Longer description, up to 5000 characters. */
  description?: string | null | undefined;
  /** When the service ends. */
  endsAt?: string | null | undefined;
  /** What the line sells or adjusts; defaults to UNIT. */
  itemType?: BookingItemType | null | undefined;
  /** Any JSON object to keep with the item. */
  metadata?: unknown;
  /** The product option. */
  optionId?: string | number | null | undefined;
  /** The option's name, kept as it is now. */
  optionName?: string | null | undefined;
  /** The catalog product. */
  productId?: string | number | null | undefined;
  /** The product's name, kept as it is now. */
  productName?: string | null | undefined;
  /** How many units, 1–10000; defaults to 1. */
  quantity?: number;
  /** The day the service is delivered. */
  serviceDate?: string | null | undefined;
  /** The departure or time slot. */
  slotId?: string | number | null | undefined;
  /** When the service starts. */
  startsAt?: string | null | undefined;
  /** What the buyer sees for this line, 1–255 characters. */
  title: string;
  /** Cost of one unit to supply, when known. */
  unitCostAmount?: MoneyInput | null | undefined;
  /** The unit or fare. */
  unitId?: string | number | null | undefined;
  /** The unit's name, kept as it is now. */
  unitName?: string | null | undefined;
  /** Unit sell price; its currency must be the booking's sell currency. */
  unitSellAmount: MoneyInput;
};

/** The buyer of a session; omitted fields stay as they are. */
export type SessionContactInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** First name, 1–100 characters. */
  firstName?: string | null | undefined;
  /** Last name, 1–100 characters. */
  lastName?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** BCP 47 language tag. */
  preferredLanguage?: string | null | undefined;
};

/**
 * A traveler of a session. With `id`, that traveler of this session is updated (NOT_FOUND for any other id);
 * without, a traveler is created. A list of travelers is the whole list: travelers not in it are deleted.
 */
export type SessionTravelerInput = {
  /** Defaults to ADULT. */
  category?: TravelerCategory | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** First name, 1–100 characters. */
  firstName: string;
  /** The traveler to update (`bkpt_…`); omit to add one. */
  id?: string | number | null | undefined;
  /** At most one traveler of the list may be primary. */
  isPrimary?: boolean | null | undefined;
  /** Last name, 1–100 characters. */
  lastName: string;
  /** Defaults to TRAVELER. */
  participantType?: ParticipantType | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** BCP 47 language tag. */
  preferredLanguage?: string | null | undefined;
};

/** Declares how much of a target Bookings may sell (needs inventory:write). */
export type SetAllocationCapacityInput = {
  /** null: unlimited. May be lowered below what is consumed; the result reports the overcommitment. */
  capacity?: number | null | undefined;
  /** What kind of inventory. */
  kind: AllocationKind;
  /** The product option the target belongs to. */
  optionId?: string | number | null | undefined;
  /** The product the target belongs to. */
  productId?: string | number | null | undefined;
  /** When the slot departs. */
  startsAt?: string | null | undefined;
  /** The slot, pickup point or resource, as the inventory owner identifies it (1–255 characters). */
  targetId: string | number;
};

/** Records (or replaces) what a booking was made from. */
export type SetBookingOriginInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The origin; replaces any recorded one. */
  origin: BookingOriginInput;
};

/** Answers to set on a storefront session. */
export type SetSessionAnswersInput = {
  /** The answers, 1 to 100; each question and target at most once. */
  answers: Array<BookingAnswerInput>;
  /** The session version last read (StorefrontSession.version). */
  expectedVersion: number;
  /** The session. */
  sessionId: string | number;
};

/** A move of a supplier commitment along its lifecycle (see `SupplierStatusTransitionError`). */
export type SetSupplierConfirmationInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: string | number;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The commitment (`bkss_…`). */
  id: string | number;
  /** The status to move to. CONFIRMED stamps `confirmedAt` with the server's clock. */
  status: SupplierConfirmationStatus;
  /** The supplier's reference given with its answer; omit or null to keep the current one. */
  supplierReference?: string | null | undefined;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest, earliest or alphabetically first first. */
  | 'ASC'
  /** Largest, latest or alphabetically last first. */
  | 'DESC';

/** What a storefront session starts with. */
export type StartStorefrontSessionInput = {
  /** The catalog to price from; the default public catalog when omitted. */
  catalogId?: string | number | null | undefined;
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: string | null | undefined;
  /** The buyer. */
  contact?: SessionContactInput | null | undefined;
  /** The storefront's own reference for the session (at most 255 characters). */
  externalBookingRef?: string | null | undefined;
  /** Hold length in minutes, 1 to STOREFRONT_MAX_HOLD_MINUTES; HOLD_DEFAULT_MINUTES when omitted. */
  holdMinutes?: number | null | undefined;
  /** The lines (1–20); each holds capacity on its slot. */
  items: Array<StorefrontItemInput>;
  /** The storefront the session is started from. */
  storefrontId?: string | number | null | undefined;
  /** The travelers; at most one primary. */
  travelers?: Array<SessionTravelerInput> | null | undefined;
};

/** A line to start a session with. There are no price fields: the catalog's rate card prices it. */
export type StorefrontItemInput = {
  /** The departure slot to hold capacity on. */
  availabilitySlotId: string | number;
  /** The product option; the catalog's default when omitted. */
  optionId?: string | number | null | undefined;
  /** The option unit (fare). */
  optionUnitId?: string | number | null | undefined;
  /** The pricing category. */
  pricingCategoryId?: string | number | null | undefined;
  /** The catalog product. */
  productId: string | number;
  /** How many units, 1 to STOREFRONT_MAX_QUANTITY. */
  quantity: number;
};

/** Whether a supplier has confirmed the service it provides for a booking. */
export type SupplierConfirmationStatus =
  /** The request to the supplier was withdrawn. */
  | 'CANCELLED'
  /** The supplier confirmed. */
  | 'CONFIRMED'
  /** Asked, not answered yet. */
  | 'PENDING'
  /** The supplier refused. */
  | 'REJECTED';

/** A status change along the state machine (see `BookingStatus` for the allowed moves). */
export type TransitionBookingInput = {
  /** Also read from the Action-Approval-Id header: executes an approved request. */
  approvalId?: string | number | null | undefined;
  /** The `version` you read; when given and the booking changed since, the answer is VersionConflictError. */
  expectedVersion?: number | null | undefined;
  /**
   * When entering ON_HOLD: when the hold lapses (in the future). Give this or `holdMinutes`, or neither for the
   * configured default.
   */
  holdExpiresAt?: string | null | undefined;
  /** Hold length when entering ON_HOLD, 1–1440. */
  holdMinutes?: number | null | undefined;
  /** The booking (`book_…`). */
  id: string | number;
  /** Also read from the Idempotency-Key header. Required when the change needs approval. */
  idempotencyKey?: string | null | undefined;
  /** Why, for the activity log (for example a cancellation reason); up to 2000 characters. */
  reason?: string | null | undefined;
  /** The status to move to; must be in the booking's `allowedTransitions`. */
  to: BookingStatus;
};

/** Kind of identity or travel document. */
export type TravelDocumentType =
  /** A driving licence. */
  | 'DRIVER_LICENSE'
  /** A national identity card. */
  | 'ID_CARD'
  /** Any other document. */
  | 'OTHER'
  /** A passport. The default when any document field is given. */
  | 'PASSPORT'
  /** A visa. */
  | 'VISA';

/** The age or fare category a traveler is priced in. */
export type TravelerCategory =
  /** An adult. The default. */
  | 'ADULT'
  /** A child. */
  | 'CHILD'
  /** An infant, usually without a seat of its own. */
  | 'INFANT'
  /** Any other category. */
  | 'OTHER'
  /** A senior. */
  | 'SENIOR';

/** Removes a traveler's link to an item. */
export type UnlinkItemTravelerInput = {
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The item (`bkit_…`). */
  itemId: string | number;
  /** The traveler (`bkpt_…`). */
  travelerId: string | number;
};

/** Changes to a booking's own fields. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingInput = {
  /** BCP 47 tag of the language to write to the buyer in. */
  communicationLanguage?: string | null | undefined;
  /** The buyer's contact details; replaces the stored contact as a whole. */
  contact?: BookingContactInput | null | undefined;
  /**
   * Deprecated: the booking cost is rolled up from the items' unitCostAmount. Only null is accepted.
   * @deprecated The booking cost is rolled up from its items' unitCostAmount; set the items' costs instead.
   */
  costAmountCents?: number | null | undefined;
  /** Last day of travel. */
  endDate?: string | null | undefined;
  /** The `version` you read; when given and the booking changed since, the answer is VersionConflictError. */
  expectedVersion?: number | null | undefined;
  /** Reference in an external system. */
  externalBookingRef?: string | null | undefined;
  /** The booking to change (`book_…`). */
  id: string | number;
  /** Staff-only notes. */
  internalNotes?: string | null | undefined;
  /** The buying organization (`org_…`). */
  organizationId?: string | number | null | undefined;
  /** The buying person (`pers_…`). */
  personId?: string | number | null | undefined;
  /** Sales channel. */
  sourceType?: BookingSourceType | null | undefined;
  /** First day of travel. */
  startDate?: string | null | undefined;
};

/** Changes to an item. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingItemInput = {
  /** Longer description, up to 5000 characters. */
  description?: string | null | undefined;
  /** When the service ends. */
  endsAt?: string | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The item to change (`bkit_…`). */
  id: string | number;
  /** What the line sells or adjusts. */
  itemType?: BookingItemType | null | undefined;
  /** Any JSON object to keep with the item. */
  metadata?: unknown;
  /** The product option. */
  optionId?: string | number | null | undefined;
  /** The option's name. */
  optionName?: string | null | undefined;
  /** The catalog product. */
  productId?: string | number | null | undefined;
  /** The product's name. */
  productName?: string | null | undefined;
  /** How many units, 1–10000. */
  quantity?: number | null | undefined;
  /** The day the service is delivered. */
  serviceDate?: string | null | undefined;
  /** The departure or time slot. */
  slotId?: string | number | null | undefined;
  /** When the service starts. */
  startsAt?: string | null | undefined;
  /** What the buyer sees for this line, 1–255 characters. */
  title?: string | null | undefined;
  /** Cost of one unit to supply. */
  unitCostAmount?: MoneyInput | null | undefined;
  /** The unit or fare. */
  unitId?: string | number | null | undefined;
  /** The unit's name. */
  unitName?: string | null | undefined;
  /** Price of one unit, in the booking's sell currency. */
  unitSellAmount?: MoneyInput | null | undefined;
};

/** New text for a note. */
export type UpdateBookingNoteInput = {
  /** The new text, 1–10000 characters. */
  content: string;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The note (`bnot_…`). */
  id: string | number;
};

/**
 * Changes to a supplier commitment's details. A field left out stays as it is; a field sent as null is cleared
 * (`serviceName` cannot be). The status moves through `setSupplierConfirmation`.
 */
export type UpdateBookingSupplierStatusInput = {
  /** The booking (`book_…`) the commitment belongs to; a commitment of another booking is NOT_FOUND. */
  bookingId: string | number;
  /** What the supplier charges; null clears it. */
  cost?: MoneyInput | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** The commitment (`bkss_…`). */
  id: string | number;
  /** Staff notes; null clears them. */
  notes?: string | null | undefined;
  /** Name of the service, 1–255 characters; cannot be null. */
  serviceName?: string | null | undefined;
  /** The supplier; null clears it. */
  supplierId?: string | number | null | undefined;
  /** The supplier's own reference; null clears it. */
  supplierReference?: string | null | undefined;
  /** The supplier's service; null clears it. */
  supplierServiceId?: string | number | null | undefined;
};

/** Changes to a traveler. A field left out keeps its value; an explicit null clears it. */
export type UpdateBookingTravelerInput = {
  /** Age or fare category. */
  category?: TravelerCategory | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** First name, 1–100 characters. */
  firstName?: string | null | undefined;
  /** The traveler to change (`bkpt_…`). */
  id: string | number;
  /** Make this the lead traveler (another primary traveler → PrimaryTravelerConflictError). */
  isPrimary?: boolean | null | undefined;
  /** Last name, 1–100 characters. */
  lastName?: string | null | undefined;
  /** Staff notes about the traveler. */
  notes?: string | null | undefined;
  /** How the traveler takes part. */
  participantType?: ParticipantType | null | undefined;
  /** The person the traveler is (`pers_…`). */
  personId?: string | number | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** BCP 47 language tag. */
  preferredLanguage?: string | null | undefined;
  /** Requests to pass on to suppliers. */
  specialRequests?: string | null | undefined;
};

/** Changes to a fulfillment: a status move along its lifecycle, a new channel or artifact. */
export type UpdateFulfillmentInput = {
  /** A new artifact URL. */
  artifactUrl?: string | null | undefined;
  /** A new delivery channel. */
  deliveryChannel?: FulfillmentChannel | null | undefined;
  /** The fulfillment (`bkfl_…`). */
  id: string | number;
  /** New artifact data as a JSON object. */
  payload?: unknown;
  /** The status to move to (ISSUED → REISSUED, REVOKED…). */
  status?: FulfillmentStatus | null | undefined;
};

/** A write of the wizard's state, checked against the state's version. */
export type UpdateSessionWizardStateInput = {
  /** The steps the buyer finished (at most 50). */
  completedSteps?: Array<string> | null | undefined;
  /** The buyer, written to the booking's contact. */
  contact?: SessionContactInput | null | undefined;
  /** The step the buyer is on (at most 255 characters). */
  currentStep?: string | null | undefined;
  /** The wizard state version last read (WizardState.version); 0 when there is no state yet. */
  expectedVersion: number;
  /** A JSON object (at most 64 KiB), combined as `payloadMode` says. */
  payload?: unknown;
  /** MERGE (default, shallow) or REPLACE. */
  payloadMode?: PayloadMode | null | undefined;
  /** The session (`book_…`). */
  sessionId: string | number;
  /** The whole list of travelers, by id; travelers not listed are deleted with their travel details. */
  travelers?: Array<SessionTravelerInput> | null | undefined;
};

/** A supplier confirmation to add, or (with `id`) to replace. */
export type UpsertBookingSupplierStatusInput = {
  /** The booking (`book_…`). */
  bookingId: string | number;
  /** What the supplier charges. */
  cost?: MoneyInput | null | undefined;
  /** The booking version last read (Booking.version); another one answers VersionConflictError and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** Omit to add a new supplier status. */
  id?: string | number | null | undefined;
  /** Staff notes. */
  notes?: string | null | undefined;
  /** Name of the service, 1–255 characters. */
  serviceName: string;
  /** Where the supplier's confirmation stands. */
  status: SupplierConfirmationStatus;
  /** The supplier, as the supplier directory identifies it. */
  supplierId?: string | number | null | undefined;
  /** The supplier's own reference. */
  supplierReference?: string | null | undefined;
  /** The supplier's service. */
  supplierServiceId?: string | number | null | undefined;
};

/**
 * A field left out keeps its stored value; an explicit null clears it. documentType defaults to
 * PASSPORT when any document field holds a value.
 */
export type UpsertTravelerTravelDetailsInput = {
  /** Accessibility needs as free text. */
  accessibilityNeeds?: string | null | undefined;
  /** Bed preference. */
  bedPreference?: BedPreference | null | undefined;
  /** Date of birth. */
  dateOfBirth?: string | null | undefined;
  /** Dietary requirements as free text. */
  dietaryRequirements?: string | null | undefined;
  /** The document's expiry day. */
  documentExpiry?: string | null | undefined;
  /** The issuing authority. */
  documentIssuingAuthority?: string | null | undefined;
  /** Issuing country, ISO 3166-1 alpha-2. */
  documentIssuingCountry?: string | null | undefined;
  /** The document's number. */
  documentNumber?: string | null | undefined;
  /** The relationships subgraph's document (`pdoc_…`) the document fields come from. */
  documentPersonDocumentId?: string | number | null | undefined;
  /** Kind of identity document. */
  documentType?: TravelDocumentType | null | undefined;
  /** Whether this traveler leads the group for suppliers. */
  isLeadTraveler?: boolean | null | undefined;
  /** Nationality, ISO 3166-1 alpha-2 (`PT`). */
  nationality?: string | null | undefined;
  /** Fill the fields this input leaves out from the traveler's person (relationships subgraph). */
  prefillFromPerson?: boolean | null | undefined;
  /** The traveler (`bkpt_…`). */
  travelerId: string | number;
};

export type DecideActionApprovalMutationVariables = Exact<{
  input: DecideActionApprovalInput;
}>;

export type DecideActionApprovalMutation = {
  decideActionApproval:
    | {
        __typename: 'ActionApproval';
        id: string;
        status: ActionApprovalStatus;
        actionName: string;
        targetType: string;
        targetId: string;
        requestedByType: PrincipalType;
        requestedById: string;
        decidedByType: PrincipalType | null;
        decidedById: string | null;
        reasonCode: string;
        expiresAt: string;
        decidedAt: string | null;
        decisionReason: string | null;
        executedAt: string | null;
        createdAt: string;
      }
    | { __typename: 'ApprovalAlreadyDecidedError'; code: string; message: string; decidedStatus: ActionApprovalStatus }
    | { __typename: 'ApprovalExpiredError'; code: string; message: string };
};

export type CreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;

export type CreateBookingMutation = {
  createBooking:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNumberTakenError'; bookingNumber: string; code: string; message: string }
    | { __typename: 'IdempotencyInFlightError'; retryable: boolean; code: string; message: string }
    | { __typename: 'IdempotencyKeyReusedError'; existingActionId: string | null; code: string; message: string };
};

export type UpdateBookingMutationVariables = Exact<{
  input: UpdateBookingInput;
}>;

export type UpdateBookingMutation = {
  updateBooking:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type AddBookingItemMutationVariables = Exact<{
  input: AddBookingItemInput;
}>;

export type AddBookingItemMutation = {
  addBookingItem:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'CostCurrencyMismatchError';
        itemId: string;
        costCurrency: string;
        itemCostCurrency: string;
        code: string;
        message: string;
      }
    | { __typename: 'IdempotencyInFlightError'; retryable: boolean; code: string; message: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UpdateBookingItemMutationVariables = Exact<{
  input: UpdateBookingItemInput;
}>;

export type UpdateBookingItemMutation = {
  updateBookingItem:
    | {
        __typename: 'AllocationTargetNotFoundError';
        kind: AllocationKind;
        targetId: string;
        code: string;
        message: string;
      }
    | { __typename: 'AmbiguousReallocationError'; code: string; message: string }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'CapacityExhaustedError';
        kind: AllocationKind;
        targetId: string;
        requested: number;
        remaining: number;
        code: string;
        message: string;
      }
    | { __typename: 'CostCurrencyMismatchError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type RemoveBookingItemMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  approvalId?: string | number | null | undefined;
}>;

export type RemoveBookingItemMutation = {
  removeBookingItem:
    | { __typename: 'ApprovalAlreadyExecutedError'; code: string; message: string; executionActionId: string }
    | { __typename: 'ApprovalExpiredError'; code: string; message: string; expiresAt: string }
    | {
        __typename: 'ApprovalMismatchError';
        code: string;
        message: string;
        approvalActionName: string;
        approvalTargetId: string;
      }
    | { __typename: 'ApprovalNotApprovedError'; code: string; message: string; approvalStatus: ActionApprovalStatus }
    | {
        __typename: 'ApprovalRequired';
        code: string;
        message: string;
        replayed: boolean;
        approval: {
          id: string;
          status: ActionApprovalStatus;
          actionName: string;
          targetType: string;
          targetId: string;
          requestedByType: PrincipalType;
          requestedById: string;
          decidedByType: PrincipalType | null;
          decidedById: string | null;
          reasonCode: string;
          expiresAt: string;
          decidedAt: string | null;
          decisionReason: string | null;
          executedAt: string | null;
          createdAt: string;
        };
      }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'FingerprintMismatchError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyRequiredError'; code: string; message: string; actionName: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string; existingActionId: string | null }
    | {
        __typename: 'ItemTransitionError';
        code: string;
        message: string;
        itemFrom: BookingItemStatus;
        itemTo: BookingItemStatus;
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type AddBookingTravelerMutationVariables = Exact<{
  input: AddBookingTravelerInput;
}>;

export type AddBookingTravelerMutation = {
  addBookingTraveler:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'PrimaryTravelerConflictError'; existingPrimaryTravelerId: string; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UpdateBookingTravelerMutationVariables = Exact<{
  input: UpdateBookingTravelerInput;
}>;

export type UpdateBookingTravelerMutation = {
  updateBookingTraveler:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'PrimaryTravelerConflictError'; existingPrimaryTravelerId: string; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type RemoveBookingTravelerMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;

export type RemoveBookingTravelerMutation = {
  removeBookingTraveler:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type LinkItemTravelerMutationVariables = Exact<{
  input: LinkItemTravelerInput;
}>;

export type LinkItemTravelerMutation = {
  linkItemTraveler:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UnlinkItemTravelerMutationVariables = Exact<{
  input: UnlinkItemTravelerInput;
}>;

export type UnlinkItemTravelerMutation = {
  unlinkItemTraveler:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type SetBookingOriginMutationVariables = Exact<{
  input: SetBookingOriginInput;
}>;

export type SetBookingOriginMutation = {
  setBookingOrigin:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type AddBookingNoteMutationVariables = Exact<{
  input: AddBookingNoteInput;
}>;

export type AddBookingNoteMutation = {
  addBookingNote:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UpdateBookingNoteMutationVariables = Exact<{
  input: UpdateBookingNoteInput;
}>;

export type UpdateBookingNoteMutation = {
  updateBookingNote:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type DeleteBookingNoteMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;

export type DeleteBookingNoteMutation = {
  deleteBookingNote:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UpsertBookingSupplierStatusMutationVariables = Exact<{
  input: UpsertBookingSupplierStatusInput;
}>;

export type UpsertBookingSupplierStatusMutation = {
  upsertBookingSupplierStatus:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'SupplierStatusTransitionError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type TransitionBookingMutationVariables = Exact<{
  input: TransitionBookingInput;
}>;

export type TransitionBookingMutation = {
  transitionBooking:
    | { __typename: 'ApprovalAlreadyExecutedError'; code: string; message: string; executionActionId: string }
    | { __typename: 'ApprovalExpiredError'; code: string; message: string; expiresAt: string }
    | {
        __typename: 'ApprovalMismatchError';
        code: string;
        message: string;
        approvalActionName: string;
        approvalTargetId: string;
      }
    | { __typename: 'ApprovalNotApprovedError'; code: string; message: string; approvalStatus: ActionApprovalStatus }
    | {
        __typename: 'ApprovalRequired';
        code: string;
        message: string;
        replayed: boolean;
        approval: {
          id: string;
          status: ActionApprovalStatus;
          actionName: string;
          targetType: string;
          targetId: string;
          requestedByType: PrincipalType;
          requestedById: string;
          decidedByType: PrincipalType | null;
          decidedById: string | null;
          reasonCode: string;
          expiresAt: string;
          decidedAt: string | null;
          decisionReason: string | null;
          executedAt: string | null;
          createdAt: string;
        };
      }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingTransitionError'; from: BookingStatus; to: BookingStatus; code: string; message: string }
    | { __typename: 'FingerprintMismatchError'; code: string; message: string }
    | { __typename: 'HoldExpiredError'; holdExpiresAt: string | null; code: string; message: string }
    | { __typename: 'IdempotencyKeyRequiredError'; code: string; message: string; actionName: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string; existingActionId: string | null }
    | { __typename: 'RequirementsIncompleteError'; code: string; message: string }
    | { __typename: 'RequirementsUnavailableError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type OverrideBookingStatusMutationVariables = Exact<{
  input: OverrideBookingStatusInput;
}>;

export type OverrideBookingStatusMutation = {
  overrideBookingStatus:
    | {
        __typename: 'AllocationTargetNotFoundError';
        kind: AllocationKind;
        targetId: string;
        code: string;
        message: string;
      }
    | { __typename: 'ApprovalAlreadyExecutedError'; code: string; message: string; executionActionId: string }
    | { __typename: 'ApprovalExpiredError'; code: string; message: string; expiresAt: string }
    | {
        __typename: 'ApprovalMismatchError';
        code: string;
        message: string;
        approvalActionName: string;
        approvalTargetId: string;
      }
    | { __typename: 'ApprovalNotApprovedError'; code: string; message: string; approvalStatus: ActionApprovalStatus }
    | {
        __typename: 'ApprovalRequired';
        code: string;
        message: string;
        replayed: boolean;
        approval: {
          id: string;
          status: ActionApprovalStatus;
          actionName: string;
          targetType: string;
          targetId: string;
          requestedByType: PrincipalType;
          requestedById: string;
          decidedByType: PrincipalType | null;
          decidedById: string | null;
          reasonCode: string;
          expiresAt: string;
          decidedAt: string | null;
          decisionReason: string | null;
          executedAt: string | null;
          createdAt: string;
        };
      }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingTransitionError'; from: BookingStatus; to: BookingStatus; code: string; message: string }
    | {
        __typename: 'CapacityExhaustedError';
        kind: AllocationKind;
        targetId: string;
        requested: number;
        remaining: number;
        code: string;
        message: string;
      }
    | { __typename: 'FingerprintMismatchError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyRequiredError'; code: string; message: string; actionName: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string; existingActionId: string | null }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type MoneyFieldsFragment = { amountCents: number; currency: string };

type BookingErrorFields_AllocationTargetNotFoundError_Fragment = { code: string; message: string };

type BookingErrorFields_AllocationTransitionError_Fragment = { code: string; message: string };

type BookingErrorFields_AlreadyRedeemedError_Fragment = { code: string; message: string };

type BookingErrorFields_AmbiguousReallocationError_Fragment = { code: string; message: string };

type BookingErrorFields_AnswerValidationError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalAlreadyDecidedError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalAlreadyExecutedError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalExpiredError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalMismatchError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalNotApprovedError_Fragment = { code: string; message: string };

type BookingErrorFields_ApprovalRequired_Fragment = { code: string; message: string };

type BookingErrorFields_BookingNotEditableError_Fragment = { code: string; message: string };

type BookingErrorFields_BookingNotFulfillableError_Fragment = { code: string; message: string };

type BookingErrorFields_BookingNotOnHoldError_Fragment = { code: string; message: string };

type BookingErrorFields_BookingNumberTakenError_Fragment = { code: string; message: string };

type BookingErrorFields_BookingTransitionError_Fragment = { code: string; message: string };

type BookingErrorFields_CapacityExhaustedError_Fragment = { code: string; message: string };

type BookingErrorFields_CostCurrencyMismatchError_Fragment = { code: string; message: string };

type BookingErrorFields_CurrencyMismatchError_Fragment = { code: string; message: string };

type BookingErrorFields_FingerprintMismatchError_Fragment = { code: string; message: string };

type BookingErrorFields_FulfillmentNotIssuedError_Fragment = { code: string; message: string };

type BookingErrorFields_FulfillmentRevokedError_Fragment = { code: string; message: string };

type BookingErrorFields_FulfillmentTransitionError_Fragment = { code: string; message: string };

type BookingErrorFields_HoldExpiredError_Fragment = { code: string; message: string };

type BookingErrorFields_HoldExtensionLimitError_Fragment = { code: string; message: string };

type BookingErrorFields_IdempotencyInFlightError_Fragment = { code: string; message: string };

type BookingErrorFields_IdempotencyKeyRequiredError_Fragment = { code: string; message: string };

type BookingErrorFields_IdempotencyKeyReusedError_Fragment = { code: string; message: string };

type BookingErrorFields_InvalidPriceSelectionError_Fragment = { code: string; message: string };

type BookingErrorFields_ItemNotRedeemableError_Fragment = { code: string; message: string };

type BookingErrorFields_ItemTransitionError_Fragment = { code: string; message: string };

type BookingErrorFields_KeyServiceUnavailableError_Fragment = { code: string; message: string };

type BookingErrorFields_PrefillUnavailableError_Fragment = { code: string; message: string };

type BookingErrorFields_PriceChangedError_Fragment = { code: string; message: string };

type BookingErrorFields_PricingUnavailableError_Fragment = { code: string; message: string };

type BookingErrorFields_PrimaryTravelerConflictError_Fragment = { code: string; message: string };

type BookingErrorFields_QuantityChangeRequiresReallocationError_Fragment = { code: string; message: string };

type BookingErrorFields_RefundAmountOutOfRangeError_Fragment = { code: string; message: string };

type BookingErrorFields_RefundInProgressError_Fragment = { code: string; message: string };

type BookingErrorFields_RefundUnavailableError_Fragment = { code: string; message: string };

type BookingErrorFields_RequirementsIncompleteError_Fragment = { code: string; message: string };

type BookingErrorFields_RequirementsUnavailableError_Fragment = { code: string; message: string };

type BookingErrorFields_SagaBusyError_Fragment = { code: string; message: string };

type BookingErrorFields_SagaNotAbortableError_Fragment = { code: string; message: string };

type BookingErrorFields_SagaNotRetryableError_Fragment = { code: string; message: string };

type BookingErrorFields_SessionNotReadyError_Fragment = { code: string; message: string };

type BookingErrorFields_SupplierInvoiceLineAlreadyLinkedError_Fragment = { code: string; message: string };

type BookingErrorFields_SupplierStatusTransitionError_Fragment = { code: string; message: string };

type BookingErrorFields_VersionConflictError_Fragment = { code: string; message: string };

export type BookingErrorFieldsFragment =
  | BookingErrorFields_AllocationTargetNotFoundError_Fragment
  | BookingErrorFields_AllocationTransitionError_Fragment
  | BookingErrorFields_AlreadyRedeemedError_Fragment
  | BookingErrorFields_AmbiguousReallocationError_Fragment
  | BookingErrorFields_AnswerValidationError_Fragment
  | BookingErrorFields_ApprovalAlreadyDecidedError_Fragment
  | BookingErrorFields_ApprovalAlreadyExecutedError_Fragment
  | BookingErrorFields_ApprovalExpiredError_Fragment
  | BookingErrorFields_ApprovalMismatchError_Fragment
  | BookingErrorFields_ApprovalNotApprovedError_Fragment
  | BookingErrorFields_ApprovalRequired_Fragment
  | BookingErrorFields_BookingNotEditableError_Fragment
  | BookingErrorFields_BookingNotFulfillableError_Fragment
  | BookingErrorFields_BookingNotOnHoldError_Fragment
  | BookingErrorFields_BookingNumberTakenError_Fragment
  | BookingErrorFields_BookingTransitionError_Fragment
  | BookingErrorFields_CapacityExhaustedError_Fragment
  | BookingErrorFields_CostCurrencyMismatchError_Fragment
  | BookingErrorFields_CurrencyMismatchError_Fragment
  | BookingErrorFields_FingerprintMismatchError_Fragment
  | BookingErrorFields_FulfillmentNotIssuedError_Fragment
  | BookingErrorFields_FulfillmentRevokedError_Fragment
  | BookingErrorFields_FulfillmentTransitionError_Fragment
  | BookingErrorFields_HoldExpiredError_Fragment
  | BookingErrorFields_HoldExtensionLimitError_Fragment
  | BookingErrorFields_IdempotencyInFlightError_Fragment
  | BookingErrorFields_IdempotencyKeyRequiredError_Fragment
  | BookingErrorFields_IdempotencyKeyReusedError_Fragment
  | BookingErrorFields_InvalidPriceSelectionError_Fragment
  | BookingErrorFields_ItemNotRedeemableError_Fragment
  | BookingErrorFields_ItemTransitionError_Fragment
  | BookingErrorFields_KeyServiceUnavailableError_Fragment
  | BookingErrorFields_PrefillUnavailableError_Fragment
  | BookingErrorFields_PriceChangedError_Fragment
  | BookingErrorFields_PricingUnavailableError_Fragment
  | BookingErrorFields_PrimaryTravelerConflictError_Fragment
  | BookingErrorFields_QuantityChangeRequiresReallocationError_Fragment
  | BookingErrorFields_RefundAmountOutOfRangeError_Fragment
  | BookingErrorFields_RefundInProgressError_Fragment
  | BookingErrorFields_RefundUnavailableError_Fragment
  | BookingErrorFields_RequirementsIncompleteError_Fragment
  | BookingErrorFields_RequirementsUnavailableError_Fragment
  | BookingErrorFields_SagaBusyError_Fragment
  | BookingErrorFields_SagaNotAbortableError_Fragment
  | BookingErrorFields_SagaNotRetryableError_Fragment
  | BookingErrorFields_SessionNotReadyError_Fragment
  | BookingErrorFields_SupplierInvoiceLineAlreadyLinkedError_Fragment
  | BookingErrorFields_SupplierStatusTransitionError_Fragment
  | BookingErrorFields_VersionConflictError_Fragment;

export type BookingSummaryFragment = {
  id: string;
  bookingNumber: string;
  status: BookingStatus;
  sourceType: BookingSourceType;
  startDate: string | null;
  endDate: string | null;
  pax: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  sellAmount: { amountCents: number; currency: string };
  contact: { firstName: string | null; lastName: string | null; email: string | null };
};

export type TravelerFieldsFragment = {
  id: string;
  personId: string | null;
  participantType: ParticipantType;
  category: TravelerCategory;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: string | null;
  specialRequests: string | null;
  isPrimary: boolean;
  notes: string | null;
};

export type ItemFieldsFragment = {
  id: string;
  title: string;
  description: string | null;
  itemType: BookingItemType;
  status: BookingItemStatus;
  serviceDate: string | null;
  startsAt: string | null;
  endsAt: string | null;
  quantity: number;
  productId: string | null;
  productName: string | null;
  optionId: string | null;
  optionName: string | null;
  unitId: string | null;
  unitName: string | null;
  slotId: string | null;
  unitSellAmount: { amountCents: number; currency: string };
  totalSellAmount: { amountCents: number; currency: string };
  unitCostAmount: { amountCents: number; currency: string } | null;
  travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
};

export type SupplierCommitmentFieldsFragment = {
  id: string;
  supplierId: string | null;
  supplierServiceId: string | null;
  serviceName: string;
  status: SupplierConfirmationStatus;
  allowedTransitions: Array<SupplierConfirmationStatus>;
  supplierReference: string | null;
  notes: string | null;
  confirmedAt: string | null;
  createdAt: string;
  updatedAt: string;
  cost: { amountCents: number; currency: string } | null;
  supplierInvoiceLine: { id: string } | null;
};

export type BookingDetailFragment = {
  allowedTransitions: Array<BookingStatus>;
  personId: string | null;
  organizationId: string | null;
  externalBookingRef: string | null;
  communicationLanguage: string | null;
  internalNotes: string | null;
  holdExpiresAt: string | null;
  confirmedAt: string | null;
  awaitingPaymentAt: string | null;
  paidAt: string | null;
  expiredAt: string | null;
  cancelledAt: string | null;
  completedAt: string | null;
  redeemedAt: string | null;
  supplierConfirmation: BookingSupplierConfirmation;
  id: string;
  bookingNumber: string;
  status: BookingStatus;
  sourceType: BookingSourceType;
  startDate: string | null;
  endDate: string | null;
  pax: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  costAmount: { amountCents: number; currency: string } | null;
  contact: {
    firstName: string | null;
    lastName: string | null;
    partyType: PartyType | null;
    email: string | null;
    phone: string | null;
    preferredLanguage: string | null;
    country: string | null;
    region: string | null;
    city: string | null;
  };
  items: Array<{
    id: string;
    title: string;
    description: string | null;
    itemType: BookingItemType;
    status: BookingItemStatus;
    serviceDate: string | null;
    startsAt: string | null;
    endsAt: string | null;
    quantity: number;
    productId: string | null;
    productName: string | null;
    optionId: string | null;
    optionName: string | null;
    unitId: string | null;
    unitName: string | null;
    slotId: string | null;
    unitSellAmount: { amountCents: number; currency: string };
    totalSellAmount: { amountCents: number; currency: string };
    unitCostAmount: { amountCents: number; currency: string } | null;
    travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
  }>;
  travelers: Array<{
    id: string;
    personId: string | null;
    participantType: ParticipantType;
    category: TravelerCategory;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    preferredLanguage: string | null;
    specialRequests: string | null;
    isPrimary: boolean;
    notes: string | null;
  }>;
  origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
  notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
  supplierStatuses: Array<{
    id: string;
    supplierId: string | null;
    supplierServiceId: string | null;
    serviceName: string;
    status: SupplierConfirmationStatus;
    allowedTransitions: Array<SupplierConfirmationStatus>;
    supplierReference: string | null;
    notes: string | null;
    confirmedAt: string | null;
    createdAt: string;
    updatedAt: string;
    cost: { amountCents: number; currency: string } | null;
    supplierInvoiceLine: { id: string } | null;
  }>;
  allocations: Array<{
    id: string;
    kind: AllocationKind;
    targetId: string;
    quantity: number;
    status: AllocationStatus;
    holdExpiresAt: string | null;
    item: { id: string };
  }>;
  fulfillments: Array<{
    id: string;
    type: FulfillmentType;
    deliveryChannel: FulfillmentChannel;
    status: FulfillmentStatus;
    artifactUrl: string | null;
    issuedAt: string | null;
    revokedAt: string | null;
    voidedAt: string | null;
    item: { id: string } | null;
    traveler: { id: string } | null;
  }>;
  sellAmount: { amountCents: number; currency: string };
};

export type FulfillmentFieldsFragment = {
  id: string;
  type: FulfillmentType;
  deliveryChannel: FulfillmentChannel;
  status: FulfillmentStatus;
  artifactUrl: string | null;
  issuedAt: string | null;
  revokedAt: string | null;
  voidedAt: string | null;
  item: { id: string } | null;
  traveler: { id: string } | null;
};

export type RedemptionFieldsFragment = {
  id: string;
  method: RedemptionMethod;
  location: string | null;
  redeemedAt: string;
  fulfillment: { id: string };
};

export type ActivityFieldsFragment = {
  id: string;
  type: string;
  actorId: string;
  actorType: PrincipalType;
  description: string;
  metadata: unknown;
  createdAt: string;
};

export type PageInfoFieldsFragment = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

export type TravelDetailsFieldsFragment = {
  travelerId: string;
  nationality: string | null;
  documentType: TravelDocumentType | null;
  documentNumber: string | null;
  documentExpiry: string | null;
  documentIssuingCountry: string | null;
  documentIssuingAuthority: string | null;
  dateOfBirth: string | null;
  dietaryRequirements: string | null;
  accessibilityNeeds: string | null;
  documentPersonDocumentId: string | null;
  isLeadTraveler: boolean;
  bedPreference: BedPreference | null;
  updatedAt: string;
};

export type ApprovalFieldsFragment = {
  id: string;
  status: ActionApprovalStatus;
  actionName: string;
  targetType: string;
  targetId: string;
  requestedByType: PrincipalType;
  requestedById: string;
  decidedByType: PrincipalType | null;
  decidedById: string | null;
  reasonCode: string;
  expiresAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  executedAt: string | null;
  createdAt: string;
};

type ApprovalErrorFields_ApprovalAlreadyExecutedError_Fragment = { executionActionId: string };

type ApprovalErrorFields_ApprovalExpiredError_Fragment = { expiresAt: string };

type ApprovalErrorFields_ApprovalMismatchError_Fragment = { approvalActionName: string; approvalTargetId: string };

type ApprovalErrorFields_ApprovalNotApprovedError_Fragment = { approvalStatus: ActionApprovalStatus };

type ApprovalErrorFields_ApprovalRequired_Fragment = {
  replayed: boolean;
  approval: {
    id: string;
    status: ActionApprovalStatus;
    actionName: string;
    targetType: string;
    targetId: string;
    requestedByType: PrincipalType;
    requestedById: string;
    decidedByType: PrincipalType | null;
    decidedById: string | null;
    reasonCode: string;
    expiresAt: string;
    decidedAt: string | null;
    decisionReason: string | null;
    executedAt: string | null;
    createdAt: string;
  };
};

type ApprovalErrorFields_IdempotencyKeyRequiredError_Fragment = { actionName: string };

type ApprovalErrorFields_IdempotencyKeyReusedError_Fragment = { existingActionId: string | null };

export type ApprovalErrorFieldsFragment =
  | ApprovalErrorFields_ApprovalAlreadyExecutedError_Fragment
  | ApprovalErrorFields_ApprovalExpiredError_Fragment
  | ApprovalErrorFields_ApprovalMismatchError_Fragment
  | ApprovalErrorFields_ApprovalNotApprovedError_Fragment
  | ApprovalErrorFields_ApprovalRequired_Fragment
  | ApprovalErrorFields_IdempotencyKeyRequiredError_Fragment
  | ApprovalErrorFields_IdempotencyKeyReusedError_Fragment;

export type ReserveBookingMutationVariables = Exact<{
  input: ReserveBookingInput;
}>;

export type ReserveBookingMutation = {
  reserveBooking:
    | {
        __typename: 'AllocationTargetNotFoundError';
        kind: AllocationKind;
        targetId: string;
        code: string;
        message: string;
      }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNumberTakenError'; bookingNumber: string; code: string; message: string }
    | {
        __typename: 'CapacityExhaustedError';
        kind: AllocationKind;
        targetId: string;
        requested: number;
        remaining: number;
        code: string;
        message: string;
      }
    | { __typename: 'IdempotencyInFlightError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string }
    | { __typename: 'PrimaryTravelerConflictError'; existingPrimaryTravelerId: string; code: string; message: string };
};

export type AddBookingAllocationMutationVariables = Exact<{
  input: AddBookingAllocationInput;
}>;

export type AddBookingAllocationMutation = {
  addBookingAllocation:
    | { __typename: 'AllocationTargetNotFoundError'; code: string; message: string }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'CapacityExhaustedError';
        kind: AllocationKind;
        targetId: string;
        requested: number;
        remaining: number;
        code: string;
        message: string;
      }
    | { __typename: 'HoldExpiredError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type ReleaseBookingAllocationMutationVariables = Exact<{
  input: ReleaseBookingAllocationInput;
}>;

export type ReleaseBookingAllocationMutation = {
  releaseBookingAllocation:
    | {
        __typename: 'AllocationTransitionError';
        code: string;
        message: string;
        allocationFrom: AllocationStatus;
        allocationTo: AllocationStatus;
      }
    | { __typename: 'ApprovalAlreadyExecutedError'; code: string; message: string; executionActionId: string }
    | { __typename: 'ApprovalExpiredError'; code: string; message: string; expiresAt: string }
    | {
        __typename: 'ApprovalMismatchError';
        code: string;
        message: string;
        approvalActionName: string;
        approvalTargetId: string;
      }
    | { __typename: 'ApprovalNotApprovedError'; code: string; message: string; approvalStatus: ActionApprovalStatus }
    | {
        __typename: 'ApprovalRequired';
        code: string;
        message: string;
        replayed: boolean;
        approval: {
          id: string;
          status: ActionApprovalStatus;
          actionName: string;
          targetType: string;
          targetId: string;
          requestedByType: PrincipalType;
          requestedById: string;
          decidedByType: PrincipalType | null;
          decidedById: string | null;
          reasonCode: string;
          expiresAt: string;
          decidedAt: string | null;
          decisionReason: string | null;
          executedAt: string | null;
          createdAt: string;
        };
      }
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'FingerprintMismatchError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyRequiredError'; code: string; message: string; actionName: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string; existingActionId: string | null }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type ExtendBookingHoldMutationVariables = Exact<{
  input: ExtendBookingHoldInput;
}>;

export type ExtendBookingHoldMutation = {
  extendBookingHold:
    | {
        __typename: 'Booking';
        allowedTransitions: Array<BookingStatus>;
        personId: string | null;
        organizationId: string | null;
        externalBookingRef: string | null;
        communicationLanguage: string | null;
        internalNotes: string | null;
        holdExpiresAt: string | null;
        confirmedAt: string | null;
        awaitingPaymentAt: string | null;
        paidAt: string | null;
        expiredAt: string | null;
        cancelledAt: string | null;
        completedAt: string | null;
        redeemedAt: string | null;
        supplierConfirmation: BookingSupplierConfirmation;
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        costAmount: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          partyType: PartyType | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
          region: string | null;
          city: string | null;
        };
        items: Array<{
          id: string;
          title: string;
          description: string | null;
          itemType: BookingItemType;
          status: BookingItemStatus;
          serviceDate: string | null;
          startsAt: string | null;
          endsAt: string | null;
          quantity: number;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          unitId: string | null;
          unitName: string | null;
          slotId: string | null;
          unitSellAmount: { amountCents: number; currency: string };
          totalSellAmount: { amountCents: number; currency: string };
          unitCostAmount: { amountCents: number; currency: string } | null;
          travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
        }>;
        travelers: Array<{
          id: string;
          personId: string | null;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          specialRequests: string | null;
          isPrimary: boolean;
          notes: string | null;
        }>;
        origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
        notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
        supplierStatuses: Array<{
          id: string;
          supplierId: string | null;
          supplierServiceId: string | null;
          serviceName: string;
          status: SupplierConfirmationStatus;
          allowedTransitions: Array<SupplierConfirmationStatus>;
          supplierReference: string | null;
          notes: string | null;
          confirmedAt: string | null;
          createdAt: string;
          updatedAt: string;
          cost: { amountCents: number; currency: string } | null;
          supplierInvoiceLine: { id: string } | null;
        }>;
        allocations: Array<{
          id: string;
          kind: AllocationKind;
          targetId: string;
          quantity: number;
          status: AllocationStatus;
          holdExpiresAt: string | null;
          item: { id: string };
        }>;
        fulfillments: Array<{
          id: string;
          type: FulfillmentType;
          deliveryChannel: FulfillmentChannel;
          status: FulfillmentStatus;
          artifactUrl: string | null;
          issuedAt: string | null;
          revokedAt: string | null;
          voidedAt: string | null;
          item: { id: string } | null;
          traveler: { id: string } | null;
        }>;
        sellAmount: { amountCents: number; currency: string };
      }
    | { __typename: 'BookingNotOnHoldError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'HoldExpiredError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type ExpireStaleHoldsMutationVariables = Exact<{
  input: ExpireStaleHoldsInput;
}>;

export type ExpireStaleHoldsMutation = { expireStaleHolds: { expiredBookingIds: Array<string>; expiredCount: number } };

export type SetAllocationCapacityMutationVariables = Exact<{
  input: SetAllocationCapacityInput;
}>;

export type SetAllocationCapacityMutation = {
  setAllocationCapacity: {
    kind: AllocationKind;
    targetId: string;
    capacity: number | null;
    consumed: number;
    remaining: number | null;
    unlimited: boolean;
    overCommitted: number;
  };
};

export type IssueFulfillmentMutationVariables = Exact<{
  input: IssueFulfillmentInput;
}>;

export type IssueFulfillmentMutation = {
  issueFulfillment:
    | {
        __typename: 'BookingFulfillment';
        id: string;
        type: FulfillmentType;
        deliveryChannel: FulfillmentChannel;
        status: FulfillmentStatus;
        artifactUrl: string | null;
        issuedAt: string | null;
        revokedAt: string | null;
        voidedAt: string | null;
        item: { id: string } | null;
        traveler: { id: string } | null;
      }
    | { __typename: 'BookingNotFulfillableError'; code: string; message: string; bookingStatus: BookingStatus }
    | { __typename: 'IdempotencyInFlightError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string };
};

export type UpdateFulfillmentMutationVariables = Exact<{
  input: UpdateFulfillmentInput;
}>;

export type UpdateFulfillmentMutation = {
  updateFulfillment:
    | {
        __typename: 'BookingFulfillment';
        id: string;
        type: FulfillmentType;
        deliveryChannel: FulfillmentChannel;
        status: FulfillmentStatus;
        artifactUrl: string | null;
        issuedAt: string | null;
        revokedAt: string | null;
        voidedAt: string | null;
        item: { id: string } | null;
        traveler: { id: string } | null;
      }
    | { __typename: 'BookingNotFulfillableError'; code: string; message: string }
    | {
        __typename: 'FulfillmentTransitionError';
        code: string;
        message: string;
        fulfillmentFrom: FulfillmentStatus;
        fulfillmentTo: FulfillmentStatus;
      };
};

export type RecordRedemptionMutationVariables = Exact<{
  input: RecordRedemptionInput;
}>;

export type RecordRedemptionMutation = {
  recordRedemption:
    | { __typename: 'AlreadyRedeemedError'; redemptionId: string; redeemedAt: string; code: string; message: string }
    | { __typename: 'BookingNotFulfillableError'; code: string; message: string }
    | {
        __typename: 'BookingRedemption';
        id: string;
        method: RedemptionMethod;
        location: string | null;
        redeemedAt: string;
        fulfillment: { id: string };
      }
    | { __typename: 'FulfillmentNotIssuedError'; code: string; message: string }
    | { __typename: 'FulfillmentRevokedError'; code: string; message: string }
    | { __typename: 'IdempotencyInFlightError'; code: string; message: string }
    | { __typename: 'IdempotencyKeyReusedError'; code: string; message: string }
    | { __typename: 'ItemNotRedeemableError'; itemId: string; code: string; message: string };
};

export type BookingsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BookingFilter | null | undefined;
  orderBy?: BookingOrder | null | undefined;
}>;

export type BookingsPageQuery = {
  bookings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        sourceType: BookingSourceType;
        startDate: string | null;
        endDate: string | null;
        pax: number;
        createdAt: string;
        updatedAt: string;
        version: number;
        sellAmount: { amountCents: number; currency: string };
        contact: { firstName: string | null; lastName: string | null; email: string | null };
      };
    }>;
  };
};

export type BookingDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type BookingDetailsQuery = {
  booking: {
    allowedTransitions: Array<BookingStatus>;
    personId: string | null;
    organizationId: string | null;
    externalBookingRef: string | null;
    communicationLanguage: string | null;
    internalNotes: string | null;
    holdExpiresAt: string | null;
    confirmedAt: string | null;
    awaitingPaymentAt: string | null;
    paidAt: string | null;
    expiredAt: string | null;
    cancelledAt: string | null;
    completedAt: string | null;
    redeemedAt: string | null;
    supplierConfirmation: BookingSupplierConfirmation;
    id: string;
    bookingNumber: string;
    status: BookingStatus;
    sourceType: BookingSourceType;
    startDate: string | null;
    endDate: string | null;
    pax: number;
    createdAt: string;
    updatedAt: string;
    version: number;
    costAmount: { amountCents: number; currency: string } | null;
    contact: {
      firstName: string | null;
      lastName: string | null;
      partyType: PartyType | null;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      country: string | null;
      region: string | null;
      city: string | null;
    };
    items: Array<{
      id: string;
      title: string;
      description: string | null;
      itemType: BookingItemType;
      status: BookingItemStatus;
      serviceDate: string | null;
      startsAt: string | null;
      endsAt: string | null;
      quantity: number;
      productId: string | null;
      productName: string | null;
      optionId: string | null;
      optionName: string | null;
      unitId: string | null;
      unitName: string | null;
      slotId: string | null;
      unitSellAmount: { amountCents: number; currency: string };
      totalSellAmount: { amountCents: number; currency: string };
      unitCostAmount: { amountCents: number; currency: string } | null;
      travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
    }>;
    travelers: Array<{
      id: string;
      personId: string | null;
      participantType: ParticipantType;
      category: TravelerCategory;
      firstName: string;
      lastName: string;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      specialRequests: string | null;
      isPrimary: boolean;
      notes: string | null;
    }>;
    origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
    notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
    supplierStatuses: Array<{
      id: string;
      supplierId: string | null;
      supplierServiceId: string | null;
      serviceName: string;
      status: SupplierConfirmationStatus;
      allowedTransitions: Array<SupplierConfirmationStatus>;
      supplierReference: string | null;
      notes: string | null;
      confirmedAt: string | null;
      createdAt: string;
      updatedAt: string;
      cost: { amountCents: number; currency: string } | null;
      supplierInvoiceLine: { id: string } | null;
    }>;
    allocations: Array<{
      id: string;
      kind: AllocationKind;
      targetId: string;
      quantity: number;
      status: AllocationStatus;
      holdExpiresAt: string | null;
      item: { id: string };
    }>;
    fulfillments: Array<{
      id: string;
      type: FulfillmentType;
      deliveryChannel: FulfillmentChannel;
      status: FulfillmentStatus;
      artifactUrl: string | null;
      issuedAt: string | null;
      revokedAt: string | null;
      voidedAt: string | null;
      item: { id: string } | null;
      traveler: { id: string } | null;
    }>;
    sellAmount: { amountCents: number; currency: string };
  } | null;
};

export type BookingByNumberQueryVariables = Exact<{
  bookingNumber: string;
}>;

export type BookingByNumberQuery = {
  bookingByNumber: {
    allowedTransitions: Array<BookingStatus>;
    personId: string | null;
    organizationId: string | null;
    externalBookingRef: string | null;
    communicationLanguage: string | null;
    internalNotes: string | null;
    holdExpiresAt: string | null;
    confirmedAt: string | null;
    awaitingPaymentAt: string | null;
    paidAt: string | null;
    expiredAt: string | null;
    cancelledAt: string | null;
    completedAt: string | null;
    redeemedAt: string | null;
    supplierConfirmation: BookingSupplierConfirmation;
    id: string;
    bookingNumber: string;
    status: BookingStatus;
    sourceType: BookingSourceType;
    startDate: string | null;
    endDate: string | null;
    pax: number;
    createdAt: string;
    updatedAt: string;
    version: number;
    costAmount: { amountCents: number; currency: string } | null;
    contact: {
      firstName: string | null;
      lastName: string | null;
      partyType: PartyType | null;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      country: string | null;
      region: string | null;
      city: string | null;
    };
    items: Array<{
      id: string;
      title: string;
      description: string | null;
      itemType: BookingItemType;
      status: BookingItemStatus;
      serviceDate: string | null;
      startsAt: string | null;
      endsAt: string | null;
      quantity: number;
      productId: string | null;
      productName: string | null;
      optionId: string | null;
      optionName: string | null;
      unitId: string | null;
      unitName: string | null;
      slotId: string | null;
      unitSellAmount: { amountCents: number; currency: string };
      totalSellAmount: { amountCents: number; currency: string };
      unitCostAmount: { amountCents: number; currency: string } | null;
      travelers: Array<{ id: string; role: ItemTravelerRole; traveler: { id: string } }>;
    }>;
    travelers: Array<{
      id: string;
      personId: string | null;
      participantType: ParticipantType;
      category: TravelerCategory;
      firstName: string;
      lastName: string;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      specialRequests: string | null;
      isPrimary: boolean;
      notes: string | null;
    }>;
    origin: { originSource: OriginSource; quoteId: string | null; quoteVersionId: string | null } | null;
    notes: Array<{ id: string; authorId: string; content: string; createdAt: string; updatedAt: string }>;
    supplierStatuses: Array<{
      id: string;
      supplierId: string | null;
      supplierServiceId: string | null;
      serviceName: string;
      status: SupplierConfirmationStatus;
      allowedTransitions: Array<SupplierConfirmationStatus>;
      supplierReference: string | null;
      notes: string | null;
      confirmedAt: string | null;
      createdAt: string;
      updatedAt: string;
      cost: { amountCents: number; currency: string } | null;
      supplierInvoiceLine: { id: string } | null;
    }>;
    allocations: Array<{
      id: string;
      kind: AllocationKind;
      targetId: string;
      quantity: number;
      status: AllocationStatus;
      holdExpiresAt: string | null;
      item: { id: string };
    }>;
    fulfillments: Array<{
      id: string;
      type: FulfillmentType;
      deliveryChannel: FulfillmentChannel;
      status: FulfillmentStatus;
      artifactUrl: string | null;
      issuedAt: string | null;
      revokedAt: string | null;
      voidedAt: string | null;
      item: { id: string } | null;
      traveler: { id: string } | null;
    }>;
    sellAmount: { amountCents: number; currency: string };
  } | null;
};

export type BookingActivityPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type BookingActivityPageQuery = {
  booking: {
    id: string;
    activity: {
      totalCount: number;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          type: string;
          actorId: string;
          actorType: PrincipalType;
          description: string;
          metadata: unknown;
          createdAt: string;
        };
      }>;
    };
  } | null;
};

export type TravelerTravelDetailsQueryVariables = Exact<{
  bookingId: string | number;
}>;

export type TravelerTravelDetailsQuery = {
  booking: {
    id: string;
    travelers: Array<{
      id: string;
      travelDetails: {
        travelerId: string;
        nationality: string | null;
        documentType: TravelDocumentType | null;
        documentNumber: string | null;
        documentExpiry: string | null;
        documentIssuingCountry: string | null;
        documentIssuingAuthority: string | null;
        dateOfBirth: string | null;
        dietaryRequirements: string | null;
        accessibilityNeeds: string | null;
        documentPersonDocumentId: string | null;
        isLeadTraveler: boolean;
        bedPreference: BedPreference | null;
        updatedAt: string;
      } | null;
    }>;
  } | null;
};

export type ActionApprovalsPageQueryVariables = Exact<{
  filter?: ActionApprovalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ActionApprovalsPageQuery = {
  actionApprovals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        status: ActionApprovalStatus;
        actionName: string;
        targetType: string;
        targetId: string;
        requestedByType: PrincipalType;
        requestedById: string;
        decidedByType: PrincipalType | null;
        decidedById: string | null;
        reasonCode: string;
        expiresAt: string;
        decidedAt: string | null;
        decisionReason: string | null;
        executedAt: string | null;
        createdAt: string;
      };
    }>;
  };
};

export type PublicSessionItemFieldsFragment = {
  id: string;
  title: string;
  status: BookingItemStatus;
  productId: string | null;
  productName: string | null;
  optionId: string | null;
  optionName: string | null;
  optionUnitId: string | null;
  unitName: string | null;
  pricingCategoryId: string | null;
  availabilitySlotId: string | null;
  quantity: number;
  pricingMode: string | null;
  unitPrice: { amountCents: number; currency: string } | null;
  total: { amountCents: number; currency: string } | null;
};

export type PublicSessionStateFieldsFragment = {
  currentStep: string | null;
  completedSteps: Array<string>;
  payload: unknown;
  version: number;
  updatedAt: string;
};

export type PublicBookingRequirementsFieldsFragment = {
  status: RequirementsStatus;
  bookingVersion: number;
  questions: Array<{
    questionId: string;
    label: string;
    fieldType: BookingQuestionFieldType;
    target: BookingQuestionTarget;
    mode: RequirementMode;
    options: Array<{ value: string; label: string }>;
    answers: Array<{ id: string; value: unknown; traveler: { id: string } | null; bookingItem: { id: string } | null }>;
  }>;
  missing: Array<{
    kind: MissingRequirementKind;
    questionId: string | null;
    field: string | null;
    travelerId: string | null;
    bookingItemId: string | null;
  }>;
};

export type PublicBookingSessionFieldsFragment = {
  id: string;
  bookingNumber: string;
  status: BookingStatus;
  version: number;
  holdExpiresAt: string | null;
  maxHoldUntil: string;
  pricingComplete: boolean;
  pax: number | null;
  communicationLanguage: string | null;
  externalBookingRef: string | null;
  total: { amountCents: number; currency: string } | null;
  contact: {
    firstName: string | null;
    lastName: string | null;
    email: string | null;
    phone: string | null;
    preferredLanguage: string | null;
    country: string | null;
  } | null;
  travelers: Array<{
    id: string;
    participantType: ParticipantType;
    category: TravelerCategory;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    preferredLanguage: string | null;
    isPrimary: boolean;
  }>;
  items: Array<{
    id: string;
    title: string;
    status: BookingItemStatus;
    productId: string | null;
    productName: string | null;
    optionId: string | null;
    optionName: string | null;
    optionUnitId: string | null;
    unitName: string | null;
    pricingCategoryId: string | null;
    availabilitySlotId: string | null;
    quantity: number;
    pricingMode: string | null;
    unitPrice: { amountCents: number; currency: string } | null;
    total: { amountCents: number; currency: string } | null;
  }>;
  wizardState: {
    currentStep: string | null;
    completedSteps: Array<string>;
    payload: unknown;
    version: number;
    updatedAt: string;
  } | null;
  requirements: {
    status: RequirementsStatus;
    bookingVersion: number;
    questions: Array<{
      questionId: string;
      label: string;
      fieldType: BookingQuestionFieldType;
      target: BookingQuestionTarget;
      mode: RequirementMode;
      options: Array<{ value: string; label: string }>;
      answers: Array<{
        id: string;
        value: unknown;
        traveler: { id: string } | null;
        bookingItem: { id: string } | null;
      }>;
    }>;
    missing: Array<{
      kind: MissingRequirementKind;
      questionId: string | null;
      field: string | null;
      travelerId: string | null;
      bookingItemId: string | null;
    }>;
  };
  checklist: {
    contactComplete: boolean;
    travelersComplete: boolean;
    requiredAnswersComplete: boolean;
    pricingComplete: boolean;
    holdLive: boolean;
    ready: boolean;
    missing: Array<string>;
  };
};

export type PublicCheckoutCapabilityFieldsFragment = {
  token: string;
  sessionId: string;
  actions: Array<string>;
  expiresAt: string;
};

export type PublicBookingSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type PublicBookingSessionQuery = {
  storefrontSession: {
    id: string;
    bookingNumber: string;
    status: BookingStatus;
    version: number;
    holdExpiresAt: string | null;
    maxHoldUntil: string;
    pricingComplete: boolean;
    pax: number | null;
    communicationLanguage: string | null;
    externalBookingRef: string | null;
    total: { amountCents: number; currency: string } | null;
    contact: {
      firstName: string | null;
      lastName: string | null;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      country: string | null;
    } | null;
    travelers: Array<{
      id: string;
      participantType: ParticipantType;
      category: TravelerCategory;
      firstName: string;
      lastName: string;
      email: string | null;
      phone: string | null;
      preferredLanguage: string | null;
      isPrimary: boolean;
    }>;
    items: Array<{
      id: string;
      title: string;
      status: BookingItemStatus;
      productId: string | null;
      productName: string | null;
      optionId: string | null;
      optionName: string | null;
      optionUnitId: string | null;
      unitName: string | null;
      pricingCategoryId: string | null;
      availabilitySlotId: string | null;
      quantity: number;
      pricingMode: string | null;
      unitPrice: { amountCents: number; currency: string } | null;
      total: { amountCents: number; currency: string } | null;
    }>;
    wizardState: {
      currentStep: string | null;
      completedSteps: Array<string>;
      payload: unknown;
      version: number;
      updatedAt: string;
    } | null;
    requirements: {
      status: RequirementsStatus;
      bookingVersion: number;
      questions: Array<{
        questionId: string;
        label: string;
        fieldType: BookingQuestionFieldType;
        target: BookingQuestionTarget;
        mode: RequirementMode;
        options: Array<{ value: string; label: string }>;
        answers: Array<{
          id: string;
          value: unknown;
          traveler: { id: string } | null;
          bookingItem: { id: string } | null;
        }>;
      }>;
      missing: Array<{
        kind: MissingRequirementKind;
        questionId: string | null;
        field: string | null;
        travelerId: string | null;
        bookingItemId: string | null;
      }>;
    };
    checklist: {
      contactComplete: boolean;
      travelersComplete: boolean;
      requiredAnswersComplete: boolean;
      pricingComplete: boolean;
      holdLive: boolean;
      ready: boolean;
      missing: Array<string>;
    };
  } | null;
};

export type StartPublicBookingSessionMutationVariables = Exact<{
  input: StartStorefrontSessionInput;
}>;

export type StartPublicBookingSessionMutation = {
  startStorefrontSession:
    | {
        __typename: 'AllocationTargetNotFoundError';
        kind: AllocationKind;
        targetId: string;
        code: string;
        message: string;
      }
    | {
        __typename: 'CapacityExhaustedError';
        kind: AllocationKind;
        targetId: string;
        requested: number;
        remaining: number;
        code: string;
        message: string;
      }
    | {
        __typename: 'CurrencyMismatchError';
        sessionCurrency: string;
        quotedCurrency: string;
        code: string;
        message: string;
      }
    | { __typename: 'InvalidPriceSelectionError'; reason: string; itemId: string | null; code: string; message: string }
    | { __typename: 'PricingUnavailableError'; reason: string; productId: string | null; code: string; message: string }
    | {
        __typename: 'StartStorefrontSessionPayload';
        session: {
          id: string;
          bookingNumber: string;
          status: BookingStatus;
          version: number;
          holdExpiresAt: string | null;
          maxHoldUntil: string;
          pricingComplete: boolean;
          pax: number | null;
          communicationLanguage: string | null;
          externalBookingRef: string | null;
          total: { amountCents: number; currency: string } | null;
          contact: {
            firstName: string | null;
            lastName: string | null;
            email: string | null;
            phone: string | null;
            preferredLanguage: string | null;
            country: string | null;
          } | null;
          travelers: Array<{
            id: string;
            participantType: ParticipantType;
            category: TravelerCategory;
            firstName: string;
            lastName: string;
            email: string | null;
            phone: string | null;
            preferredLanguage: string | null;
            isPrimary: boolean;
          }>;
          items: Array<{
            id: string;
            title: string;
            status: BookingItemStatus;
            productId: string | null;
            productName: string | null;
            optionId: string | null;
            optionName: string | null;
            optionUnitId: string | null;
            unitName: string | null;
            pricingCategoryId: string | null;
            availabilitySlotId: string | null;
            quantity: number;
            pricingMode: string | null;
            unitPrice: { amountCents: number; currency: string } | null;
            total: { amountCents: number; currency: string } | null;
          }>;
          wizardState: {
            currentStep: string | null;
            completedSteps: Array<string>;
            payload: unknown;
            version: number;
            updatedAt: string;
          } | null;
          requirements: {
            status: RequirementsStatus;
            bookingVersion: number;
            questions: Array<{
              questionId: string;
              label: string;
              fieldType: BookingQuestionFieldType;
              target: BookingQuestionTarget;
              mode: RequirementMode;
              options: Array<{ value: string; label: string }>;
              answers: Array<{
                id: string;
                value: unknown;
                traveler: { id: string } | null;
                bookingItem: { id: string } | null;
              }>;
            }>;
            missing: Array<{
              kind: MissingRequirementKind;
              questionId: string | null;
              field: string | null;
              travelerId: string | null;
              bookingItemId: string | null;
            }>;
          };
          checklist: {
            contactComplete: boolean;
            travelersComplete: boolean;
            requiredAnswersComplete: boolean;
            pricingComplete: boolean;
            holdLive: boolean;
            ready: boolean;
            missing: Array<string>;
          };
        };
        capability: { token: string; sessionId: string; actions: Array<string>; expiresAt: string };
      };
};

export type WritePublicBookingSessionStateMutationVariables = Exact<{
  input: UpdateSessionWizardStateInput;
}>;

export type WritePublicBookingSessionStateMutation = {
  updateSessionWizardState:
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'HoldExpiredError'; holdExpiresAt: string | null; code: string; message: string }
    | { __typename: 'PrimaryTravelerConflictError'; existingPrimaryTravelerId: string; code: string; message: string }
    | {
        __typename: 'StorefrontSession';
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        version: number;
        holdExpiresAt: string | null;
        maxHoldUntil: string;
        pricingComplete: boolean;
        pax: number | null;
        communicationLanguage: string | null;
        externalBookingRef: string | null;
        total: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
        } | null;
        travelers: Array<{
          id: string;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          isPrimary: boolean;
        }>;
        items: Array<{
          id: string;
          title: string;
          status: BookingItemStatus;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          optionUnitId: string | null;
          unitName: string | null;
          pricingCategoryId: string | null;
          availabilitySlotId: string | null;
          quantity: number;
          pricingMode: string | null;
          unitPrice: { amountCents: number; currency: string } | null;
          total: { amountCents: number; currency: string } | null;
        }>;
        wizardState: {
          currentStep: string | null;
          completedSteps: Array<string>;
          payload: unknown;
          version: number;
          updatedAt: string;
        } | null;
        requirements: {
          status: RequirementsStatus;
          bookingVersion: number;
          questions: Array<{
            questionId: string;
            label: string;
            fieldType: BookingQuestionFieldType;
            target: BookingQuestionTarget;
            mode: RequirementMode;
            options: Array<{ value: string; label: string }>;
            answers: Array<{
              id: string;
              value: unknown;
              traveler: { id: string } | null;
              bookingItem: { id: string } | null;
            }>;
          }>;
          missing: Array<{
            kind: MissingRequirementKind;
            questionId: string | null;
            field: string | null;
            travelerId: string | null;
            bookingItemId: string | null;
          }>;
        };
        checklist: {
          contactComplete: boolean;
          travelersComplete: boolean;
          requiredAnswersComplete: boolean;
          pricingComplete: boolean;
          holdLive: boolean;
          ready: boolean;
          missing: Array<string>;
        };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type PublicBookingSessionQuoteQueryVariables = Exact<{
  input: QuoteStorefrontSessionInput;
}>;

export type PublicBookingSessionQuoteQuery = {
  storefrontSessionQuote:
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'CurrencyMismatchError';
        sessionCurrency: string;
        quotedCurrency: string;
        code: string;
        message: string;
      }
    | { __typename: 'HoldExpiredError'; holdExpiresAt: string | null; code: string; message: string }
    | { __typename: 'InvalidPriceSelectionError'; reason: string; itemId: string | null; code: string; message: string }
    | { __typename: 'PricingUnavailableError'; reason: string; productId: string | null; code: string; message: string }
    | {
        __typename: 'QuantityChangeRequiresReallocationError';
        from: number;
        to: number;
        code: string;
        message: string;
        quantityItemId: string;
      }
    | {
        __typename: 'StorefrontQuote';
        sessionId: string;
        bookingVersion: number;
        pricingComplete: boolean;
        digest: string;
        total: { amountCents: number; currency: string } | null;
        lines: Array<{
          itemId: string;
          optionId: string | null;
          optionUnitId: string | null;
          pricingCategoryId: string | null;
          quantity: number;
          pricingMode: string;
          warnings: Array<string>;
          unitPrice: { amountCents: number; currency: string } | null;
          total: { amountCents: number; currency: string } | null;
        }>;
      };
};

export type RepricePublicBookingSessionMutationVariables = Exact<{
  input: RepriceStorefrontSessionInput;
}>;

export type RepricePublicBookingSessionMutation = {
  repriceStorefrontSession:
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | {
        __typename: 'CurrencyMismatchError';
        sessionCurrency: string;
        quotedCurrency: string;
        code: string;
        message: string;
      }
    | { __typename: 'HoldExpiredError'; holdExpiresAt: string | null; code: string; message: string }
    | { __typename: 'InvalidPriceSelectionError'; reason: string; itemId: string | null; code: string; message: string }
    | { __typename: 'PriceChangedError'; quoted: string; current: string; code: string; message: string }
    | { __typename: 'PricingUnavailableError'; reason: string; productId: string | null; code: string; message: string }
    | {
        __typename: 'QuantityChangeRequiresReallocationError';
        from: number;
        to: number;
        code: string;
        message: string;
        quantityItemId: string;
      }
    | {
        __typename: 'StorefrontSession';
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        version: number;
        holdExpiresAt: string | null;
        maxHoldUntil: string;
        pricingComplete: boolean;
        pax: number | null;
        communicationLanguage: string | null;
        externalBookingRef: string | null;
        total: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
        } | null;
        travelers: Array<{
          id: string;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          isPrimary: boolean;
        }>;
        items: Array<{
          id: string;
          title: string;
          status: BookingItemStatus;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          optionUnitId: string | null;
          unitName: string | null;
          pricingCategoryId: string | null;
          availabilitySlotId: string | null;
          quantity: number;
          pricingMode: string | null;
          unitPrice: { amountCents: number; currency: string } | null;
          total: { amountCents: number; currency: string } | null;
        }>;
        wizardState: {
          currentStep: string | null;
          completedSteps: Array<string>;
          payload: unknown;
          version: number;
          updatedAt: string;
        } | null;
        requirements: {
          status: RequirementsStatus;
          bookingVersion: number;
          questions: Array<{
            questionId: string;
            label: string;
            fieldType: BookingQuestionFieldType;
            target: BookingQuestionTarget;
            mode: RequirementMode;
            options: Array<{ value: string; label: string }>;
            answers: Array<{
              id: string;
              value: unknown;
              traveler: { id: string } | null;
              bookingItem: { id: string } | null;
            }>;
          }>;
          missing: Array<{
            kind: MissingRequirementKind;
            questionId: string | null;
            field: string | null;
            travelerId: string | null;
            bookingItemId: string | null;
          }>;
        };
        checklist: {
          contactComplete: boolean;
          travelersComplete: boolean;
          requiredAnswersComplete: boolean;
          pricingComplete: boolean;
          holdLive: boolean;
          ready: boolean;
          missing: Array<string>;
        };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type ConfirmPublicBookingSessionMutationVariables = Exact<{
  input: ConfirmStorefrontSessionInput;
}>;

export type ConfirmPublicBookingSessionMutation = {
  confirmStorefrontSession:
    | { __typename: 'BookingNotEditableError'; status: BookingStatus; code: string; message: string }
    | { __typename: 'BookingTransitionError'; from: BookingStatus; to: BookingStatus; code: string; message: string }
    | { __typename: 'HoldExpiredError'; holdExpiresAt: string | null; code: string; message: string }
    | { __typename: 'RequirementsUnavailableError'; code: string; message: string }
    | { __typename: 'SessionNotReadyError'; missing: Array<string>; code: string; message: string }
    | {
        __typename: 'StorefrontSession';
        id: string;
        bookingNumber: string;
        status: BookingStatus;
        version: number;
        holdExpiresAt: string | null;
        maxHoldUntil: string;
        pricingComplete: boolean;
        pax: number | null;
        communicationLanguage: string | null;
        externalBookingRef: string | null;
        total: { amountCents: number; currency: string } | null;
        contact: {
          firstName: string | null;
          lastName: string | null;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          country: string | null;
        } | null;
        travelers: Array<{
          id: string;
          participantType: ParticipantType;
          category: TravelerCategory;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
          preferredLanguage: string | null;
          isPrimary: boolean;
        }>;
        items: Array<{
          id: string;
          title: string;
          status: BookingItemStatus;
          productId: string | null;
          productName: string | null;
          optionId: string | null;
          optionName: string | null;
          optionUnitId: string | null;
          unitName: string | null;
          pricingCategoryId: string | null;
          availabilitySlotId: string | null;
          quantity: number;
          pricingMode: string | null;
          unitPrice: { amountCents: number; currency: string } | null;
          total: { amountCents: number; currency: string } | null;
        }>;
        wizardState: {
          currentStep: string | null;
          completedSteps: Array<string>;
          payload: unknown;
          version: number;
          updatedAt: string;
        } | null;
        requirements: {
          status: RequirementsStatus;
          bookingVersion: number;
          questions: Array<{
            questionId: string;
            label: string;
            fieldType: BookingQuestionFieldType;
            target: BookingQuestionTarget;
            mode: RequirementMode;
            options: Array<{ value: string; label: string }>;
            answers: Array<{
              id: string;
              value: unknown;
              traveler: { id: string } | null;
              bookingItem: { id: string } | null;
            }>;
          }>;
          missing: Array<{
            kind: MissingRequirementKind;
            questionId: string | null;
            field: string | null;
            travelerId: string | null;
            bookingItemId: string | null;
          }>;
        };
        checklist: {
          contactComplete: boolean;
          travelersComplete: boolean;
          requiredAnswersComplete: boolean;
          pricingComplete: boolean;
          holdLive: boolean;
          ready: boolean;
          missing: Array<string>;
        };
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type SetPublicBookingSessionAnswersMutationVariables = Exact<{
  input: SetSessionAnswersInput;
}>;

export type SetPublicBookingSessionAnswersMutation = {
  setSessionAnswers:
    | {
        __typename: 'AnswerValidationError';
        code: string;
        message: string;
        problems: Array<{ path: string; reason: AnswerProblemReason; questionId: string; message: string }>;
      }
    | { __typename: 'BookingNotEditableError'; code: string; message: string; bookingStatus: BookingStatus }
    | {
        __typename: 'BookingRequirements';
        status: RequirementsStatus;
        bookingVersion: number;
        questions: Array<{
          questionId: string;
          label: string;
          fieldType: BookingQuestionFieldType;
          target: BookingQuestionTarget;
          mode: RequirementMode;
          options: Array<{ value: string; label: string }>;
          answers: Array<{
            id: string;
            value: unknown;
            traveler: { id: string } | null;
            bookingItem: { id: string } | null;
          }>;
        }>;
        missing: Array<{
          kind: MissingRequirementKind;
          questionId: string | null;
          field: string | null;
          travelerId: string | null;
          bookingItemId: string | null;
        }>;
      }
    | { __typename: 'RequirementsUnavailableError'; code: string; message: string }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type AddBookingSupplierStatusMutationVariables = Exact<{
  input: AddBookingSupplierStatusInput;
}>;

export type AddBookingSupplierStatusMutation = {
  addBookingSupplierStatus:
    | {
        __typename: 'BookingSupplierStatus';
        id: string;
        supplierId: string | null;
        supplierServiceId: string | null;
        serviceName: string;
        status: SupplierConfirmationStatus;
        allowedTransitions: Array<SupplierConfirmationStatus>;
        supplierReference: string | null;
        notes: string | null;
        confirmedAt: string | null;
        createdAt: string;
        updatedAt: string;
        booking: {
          id: string;
          bookingNumber: string;
          version: number;
          supplierConfirmation: BookingSupplierConfirmation;
        };
        cost: { amountCents: number; currency: string } | null;
        supplierInvoiceLine: { id: string } | null;
      }
    | {
        __typename: 'SupplierStatusTransitionError';
        from: SupplierConfirmationStatus;
        to: SupplierConfirmationStatus;
        code: string;
        message: string;
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type UpdateBookingSupplierStatusMutationVariables = Exact<{
  input: UpdateBookingSupplierStatusInput;
}>;

export type UpdateBookingSupplierStatusMutation = {
  updateBookingSupplierStatus:
    | {
        __typename: 'BookingSupplierStatus';
        id: string;
        supplierId: string | null;
        supplierServiceId: string | null;
        serviceName: string;
        status: SupplierConfirmationStatus;
        allowedTransitions: Array<SupplierConfirmationStatus>;
        supplierReference: string | null;
        notes: string | null;
        confirmedAt: string | null;
        createdAt: string;
        updatedAt: string;
        booking: {
          id: string;
          bookingNumber: string;
          version: number;
          supplierConfirmation: BookingSupplierConfirmation;
        };
        cost: { amountCents: number; currency: string } | null;
        supplierInvoiceLine: { id: string } | null;
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type SetSupplierConfirmationMutationVariables = Exact<{
  input: SetSupplierConfirmationInput;
}>;

export type SetSupplierConfirmationMutation = {
  setSupplierConfirmation:
    | {
        __typename: 'BookingSupplierStatus';
        id: string;
        supplierId: string | null;
        supplierServiceId: string | null;
        serviceName: string;
        status: SupplierConfirmationStatus;
        allowedTransitions: Array<SupplierConfirmationStatus>;
        supplierReference: string | null;
        notes: string | null;
        confirmedAt: string | null;
        createdAt: string;
        updatedAt: string;
        booking: {
          id: string;
          bookingNumber: string;
          version: number;
          supplierConfirmation: BookingSupplierConfirmation;
        };
        cost: { amountCents: number; currency: string } | null;
        supplierInvoiceLine: { id: string } | null;
      }
    | {
        __typename: 'SupplierStatusTransitionError';
        from: SupplierConfirmationStatus;
        to: SupplierConfirmationStatus;
        code: string;
        message: string;
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type LinkSupplierInvoiceLineMutationVariables = Exact<{
  input: LinkSupplierInvoiceLineInput;
}>;

export type LinkSupplierInvoiceLineMutation = {
  linkSupplierInvoiceLine:
    | {
        __typename: 'BookingSupplierStatus';
        id: string;
        supplierId: string | null;
        supplierServiceId: string | null;
        serviceName: string;
        status: SupplierConfirmationStatus;
        allowedTransitions: Array<SupplierConfirmationStatus>;
        supplierReference: string | null;
        notes: string | null;
        confirmedAt: string | null;
        createdAt: string;
        updatedAt: string;
        booking: {
          id: string;
          bookingNumber: string;
          version: number;
          supplierConfirmation: BookingSupplierConfirmation;
        };
        cost: { amountCents: number; currency: string } | null;
        supplierInvoiceLine: { id: string } | null;
      }
    | {
        __typename: 'SupplierInvoiceLineAlreadyLinkedError';
        supplierInvoiceLineId: string;
        code: string;
        message: string;
      }
    | {
        __typename: 'VersionConflictError';
        expectedVersion: number;
        actualVersion: number;
        code: string;
        message: string;
      };
};

export type SupplierCommitmentResultFragment = {
  id: string;
  supplierId: string | null;
  supplierServiceId: string | null;
  serviceName: string;
  status: SupplierConfirmationStatus;
  allowedTransitions: Array<SupplierConfirmationStatus>;
  supplierReference: string | null;
  notes: string | null;
  confirmedAt: string | null;
  createdAt: string;
  updatedAt: string;
  booking: { id: string; bookingNumber: string; version: number; supplierConfirmation: BookingSupplierConfirmation };
  cost: { amountCents: number; currency: string } | null;
  supplierInvoiceLine: { id: string } | null;
};

export type UpsertTravelerTravelDetailsMutationVariables = Exact<{
  input: UpsertTravelerTravelDetailsInput;
}>;

export type UpsertTravelerTravelDetailsMutation = {
  upsertTravelerTravelDetails:
    | { __typename: 'BookingNotEditableError'; code: string; message: string }
    | { __typename: 'BookingTraveler'; id: string }
    | { __typename: 'KeyServiceUnavailableError'; code: string; message: string }
    | {
        __typename: 'PrefillUnavailableError';
        reason: PrefillUnavailableReason;
        personId: string | null;
        code: string;
        message: string;
      };
};

export type DeleteTravelerTravelDetailsMutationVariables = Exact<{
  travelerId: string | number;
}>;

export type DeleteTravelerTravelDetailsMutation = { deleteTravelerTravelDetails: { id: string } };

export const BookingErrorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingErrorFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyFieldsFragment, unknown>;
export const BookingSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingSummaryFragment, unknown>;
export const ItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ItemFieldsFragment, unknown>;
export const TravelerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TravelerFieldsFragment, unknown>;
export const SupplierCommitmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplierCommitmentFieldsFragment, unknown>;
export const FulfillmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FulfillmentFieldsFragment, unknown>;
export const BookingDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingDetailFragment, unknown>;
export const RedemptionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RedemptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRedemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RedemptionFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadata' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const TravelDetailsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TravelerTravelDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentIssuingCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentIssuingAuthority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dietaryRequirements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessibilityNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentPersonDocumentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLeadTraveler' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bedPreference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TravelDetailsFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalFieldsFragment, unknown>;
export const ApprovalErrorFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequired' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyRequiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actionName' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalNotApprovedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'approvalStatus' },
                  name: { kind: 'Name', value: 'status' },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalExpiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalMismatchError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvalActionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalTargetId' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyExecutedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'executionActionId' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalErrorFieldsFragment, unknown>;
export const PublicSessionItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicSessionItemFieldsFragment, unknown>;
export const PublicSessionStateFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicSessionStateFieldsFragment, unknown>;
export const PublicBookingRequirementsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicBookingRequirementsFieldsFragment, unknown>;
export const PublicBookingSessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicBookingSessionFieldsFragment, unknown>;
export const PublicCheckoutCapabilityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicCheckoutCapabilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckoutCapability' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicCheckoutCapabilityFieldsFragment, unknown>;
export const SupplierCommitmentResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupplierCommitmentResultFragment, unknown>;
export const DecideActionApprovalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideActionApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideActionApprovalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideActionApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyDecidedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'decidedStatus' },
                        name: { kind: 'Name', value: 'status' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideActionApprovalMutation, DecideActionApprovalMutationVariables>;
export const CreateBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateBookingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNumberTakenError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyInFlightError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'retryable' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBookingMutation, CreateBookingMutationVariables>;
export const UpdateBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBookingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBookingMutation, UpdateBookingMutationVariables>;
export const AddBookingItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBookingItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddBookingItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBookingItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CostCurrencyMismatchError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costCurrency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemCostCurrency' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyInFlightError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'retryable' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBookingItemMutation, AddBookingItemMutationVariables>;
export const UpdateBookingItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBookingItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBookingItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBookingItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapacityExhaustedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocationTargetNotFoundError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBookingItemMutation, UpdateBookingItemMutationVariables>;
export const RemoveBookingItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveBookingItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approvalId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeBookingItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approvalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approvalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'itemFrom' },
                        name: { kind: 'Name', value: 'from' },
                      },
                      { kind: 'Field', alias: { kind: 'Name', value: 'itemTo' }, name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequired' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyRequiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actionName' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalNotApprovedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'approvalStatus' },
                  name: { kind: 'Name', value: 'status' },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalExpiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalMismatchError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvalActionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalTargetId' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyExecutedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'executionActionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveBookingItemMutation, RemoveBookingItemMutationVariables>;
export const AddBookingTravelerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBookingTraveler' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddBookingTravelerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBookingTraveler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PrimaryTravelerConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingPrimaryTravelerId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBookingTravelerMutation, AddBookingTravelerMutationVariables>;
export const UpdateBookingTravelerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBookingTraveler' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBookingTravelerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBookingTraveler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PrimaryTravelerConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingPrimaryTravelerId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBookingTravelerMutation, UpdateBookingTravelerMutationVariables>;
export const RemoveBookingTravelerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveBookingTraveler' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeBookingTraveler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveBookingTravelerMutation, RemoveBookingTravelerMutationVariables>;
export const LinkItemTravelerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkItemTraveler' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LinkItemTravelerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkItemTraveler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkItemTravelerMutation, LinkItemTravelerMutationVariables>;
export const UnlinkItemTravelerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlinkItemTraveler' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UnlinkItemTravelerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlinkItemTraveler' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlinkItemTravelerMutation, UnlinkItemTravelerMutationVariables>;
export const SetBookingOriginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetBookingOrigin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetBookingOriginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setBookingOrigin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetBookingOriginMutation, SetBookingOriginMutationVariables>;
export const AddBookingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBookingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddBookingNoteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBookingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBookingNoteMutation, AddBookingNoteMutationVariables>;
export const UpdateBookingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBookingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBookingNoteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBookingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBookingNoteMutation, UpdateBookingNoteMutationVariables>;
export const DeleteBookingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteBookingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteBookingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteBookingNoteMutation, DeleteBookingNoteMutationVariables>;
export const UpsertBookingSupplierStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpsertBookingSupplierStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpsertBookingSupplierStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertBookingSupplierStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpsertBookingSupplierStatusMutation, UpsertBookingSupplierStatusMutationVariables>;
export const TransitionBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransitionBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransitionBookingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transitionBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoldExpiredError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequired' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyRequiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actionName' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalNotApprovedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'approvalStatus' },
                  name: { kind: 'Name', value: 'status' },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalExpiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalMismatchError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvalActionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalTargetId' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyExecutedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'executionActionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransitionBookingMutation, TransitionBookingMutationVariables>;
export const OverrideBookingStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OverrideBookingStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OverrideBookingStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrideBookingStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapacityExhaustedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocationTargetNotFoundError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequired' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyRequiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actionName' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalNotApprovedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'approvalStatus' },
                  name: { kind: 'Name', value: 'status' },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalExpiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalMismatchError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvalActionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalTargetId' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyExecutedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'executionActionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverrideBookingStatusMutation, OverrideBookingStatusMutationVariables>;
export const ReserveBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReserveBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReserveBookingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reserveBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapacityExhaustedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocationTargetNotFoundError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNumberTakenError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PrimaryTravelerConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingPrimaryTravelerId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReserveBookingMutation, ReserveBookingMutationVariables>;
export const AddBookingAllocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBookingAllocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddBookingAllocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBookingAllocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapacityExhaustedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBookingAllocationMutation, AddBookingAllocationMutationVariables>;
export const ReleaseBookingAllocationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReleaseBookingAllocation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReleaseBookingAllocationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'releaseBookingAllocation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocationTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'allocationFrom' },
                        name: { kind: 'Name', value: 'from' },
                      },
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'allocationTo' },
                        name: { kind: 'Name', value: 'to' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalRequired' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyRequiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'actionName' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IdempotencyKeyReusedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingActionId' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalNotApprovedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'approvalStatus' },
                  name: { kind: 'Name', value: 'status' },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalExpiredError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalMismatchError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'approvalActionName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvalTargetId' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApprovalAlreadyExecutedError' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'executionActionId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReleaseBookingAllocationMutation, ReleaseBookingAllocationMutationVariables>;
export const ExtendBookingHoldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendBookingHold' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendBookingHoldInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendBookingHold' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotOnHoldError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendBookingHoldMutation, ExtendBookingHoldMutationVariables>;
export const ExpireStaleHoldsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExpireStaleHolds' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpireStaleHoldsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expireStaleHolds' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiredBookingIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiredCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpireStaleHoldsMutation, ExpireStaleHoldsMutationVariables>;
export const SetAllocationCapacityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAllocationCapacity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetAllocationCapacityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAllocationCapacity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consumed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unlimited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overCommitted' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAllocationCapacityMutation, SetAllocationCapacityMutationVariables>;
export const IssueFulfillmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueFulfillment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueFulfillmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueFulfillment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotFulfillableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'bookingStatus' },
                        name: { kind: 'Name', value: 'status' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueFulfillmentMutation, IssueFulfillmentMutationVariables>;
export const UpdateFulfillmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateFulfillment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateFulfillmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateFulfillment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FulfillmentTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'fulfillmentFrom' },
                        name: { kind: 'Name', value: 'from' },
                      },
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'fulfillmentTo' },
                        name: { kind: 'Name', value: 'to' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFulfillmentMutation, UpdateFulfillmentMutationVariables>;
export const RecordRedemptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordRedemption' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordRedemptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordRedemption' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RedemptionFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AlreadyRedeemedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'redemptionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemNotRedeemableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'itemId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RedemptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRedemption' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'method' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordRedemptionMutation, RecordRedemptionMutationVariables>;
export const BookingsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingsPageQuery, BookingsPageQueryVariables>;
export const BookingDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingDetailsQuery, BookingDetailsQueryVariables>;
export const BookingByNumberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingByNumber' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bookingNumber' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookingByNumber' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bookingNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bookingNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceType' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'itemType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalSellAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitCostAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'traveler' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'specialRequests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FulfillmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingFulfillment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveryChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'artifactUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'voidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'item' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'traveler' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Booking' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organizationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'internalNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingPaymentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paidAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redeemedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partyType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelerFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'origin' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'originSource' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersionId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierStatuses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allocations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fulfillments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FulfillmentFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingByNumberQuery, BookingByNumberQueryVariables>;
export const BookingActivityPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingActivityPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activity' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActivityFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActivityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingActivity' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'metadata' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingActivityPageQuery, BookingActivityPageQueryVariables>;
export const TravelerTravelDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TravelerTravelDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bookingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bookingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'travelers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'travelDetails' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TravelDetailsFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TravelDetailsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TravelerTravelDetails' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentExpiry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentIssuingCountry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentIssuingAuthority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dietaryRequirements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessibilityNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentPersonDocumentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isLeadTraveler' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bedPreference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TravelerTravelDetailsQuery, TravelerTravelDetailsQueryVariables>;
export const ActionApprovalsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionApprovalsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApprovalFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionApprovals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PageInfoFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApprovalFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PageInfoFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInfo' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedByType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasonCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionApprovalsPageQuery, ActionApprovalsPageQueryVariables>;
export const PublicBookingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicBookingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'storefrontSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicBookingSessionQuery, PublicBookingSessionQueryVariables>;
export const StartPublicBookingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartPublicBookingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartStorefrontSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startStorefrontSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StartStorefrontSessionPayload' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'session' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingSessionFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'capability' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicCheckoutCapabilityFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CapacityExhaustedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remaining' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AllocationTargetNotFoundError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingUnavailableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvalidPriceSelectionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CurrencyMismatchError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionCurrency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quotedCurrency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicCheckoutCapabilityFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckoutCapability' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPublicBookingSessionMutation, StartPublicBookingSessionMutationVariables>;
export const WritePublicBookingSessionStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WritePublicBookingSessionState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSessionWizardStateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSessionWizardState' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingSessionFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoldExpiredError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PrimaryTravelerConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'existingPrimaryTravelerId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WritePublicBookingSessionStateMutation, WritePublicBookingSessionStateMutationVariables>;
export const PublicBookingSessionQuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicBookingSessionQuote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuoteStorefrontSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'storefrontSessionQuote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontQuote' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'unitPrice' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'total' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'warnings' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoldExpiredError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvalidPriceSelectionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingUnavailableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CurrencyMismatchError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionCurrency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quotedCurrency' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'QuantityChangeRequiresReallocationError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'quantityItemId' },
                        name: { kind: 'Name', value: 'itemId' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicBookingSessionQuoteQuery, PublicBookingSessionQuoteQueryVariables>;
export const RepricePublicBookingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RepricePublicBookingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RepriceStorefrontSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repriceStorefrontSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingSessionFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoldExpiredError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'QuantityChangeRequiresReallocationError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'quantityItemId' },
                        name: { kind: 'Name', value: 'itemId' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InvalidPriceSelectionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PricingUnavailableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CurrencyMismatchError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionCurrency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quotedCurrency' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PriceChangedError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'quoted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RepricePublicBookingSessionMutation, RepricePublicBookingSessionMutationVariables>;
export const ConfirmPublicBookingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmPublicBookingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfirmStorefrontSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmStorefrontSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingSessionFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoldExpiredError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionNotReadyError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'missing' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'productName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionUnitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availabilitySlotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unitPrice' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingMode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicSessionStateFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WizardState' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'currentStep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StorefrontSession' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxHoldUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pax' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communicationLanguage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalBookingRef' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'travelers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participantType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionItemFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wizardState' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicSessionStateFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requirements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checklist' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'contactComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredAnswersComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pricingComplete' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holdLive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ready' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmPublicBookingSessionMutation, ConfirmPublicBookingSessionMutationVariables>;
export const SetPublicBookingSessionAnswersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPublicBookingSessionAnswers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSessionAnswersInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSessionAnswers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicBookingRequirementsFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnswerValidationError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'problems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingNotEditableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'bookingStatus' },
                        name: { kind: 'Name', value: 'status' },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicBookingRequirementsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingRequirements' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookingVersion' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fieldType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'traveler' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bookingItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'missing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'travelerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingItemId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPublicBookingSessionAnswersMutation, SetPublicBookingSessionAnswersMutationVariables>;
export const AddBookingSupplierStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddBookingSupplierStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddBookingSupplierStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addBookingSupplierStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentResult' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierStatusTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddBookingSupplierStatusMutation, AddBookingSupplierStatusMutationVariables>;
export const UpdateBookingSupplierStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBookingSupplierStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBookingSupplierStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBookingSupplierStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentResult' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBookingSupplierStatusMutation, UpdateBookingSupplierStatusMutationVariables>;
export const SetSupplierConfirmationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetSupplierConfirmation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetSupplierConfirmationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setSupplierConfirmation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentResult' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupplierStatusTransitionError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetSupplierConfirmationMutation, SetSupplierConfirmationMutationVariables>;
export const LinkSupplierInvoiceLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkSupplierInvoiceLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LinkSupplierInvoiceLineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkSupplierInvoiceLine' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentResult' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VersionConflictError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'expectedVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actualVersion' } },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'SupplierInvoiceLineAlreadyLinkedError' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'supplierInvoiceLineId' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MoneyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Money' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierServiceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supplierReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cost' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MoneyFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supplierInvoiceLine' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SupplierCommitmentResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingSupplierStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SupplierCommitmentFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supplierConfirmation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkSupplierInvoiceLineMutation, LinkSupplierInvoiceLineMutationVariables>;
export const UpsertTravelerTravelDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpsertTravelerTravelDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpsertTravelerTravelDetailsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertTravelerTravelDetails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingTraveler' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BookingErrorFields' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PrefillUnavailableError' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingErrorFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BookingError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpsertTravelerTravelDetailsMutation, UpsertTravelerTravelDetailsMutationVariables>;
export const DeleteTravelerTravelDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteTravelerTravelDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'travelerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteTravelerTravelDetails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'travelerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'travelerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteTravelerTravelDetailsMutation, DeleteTravelerTravelDetailsMutationVariables>;
