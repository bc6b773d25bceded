/** Stored values (lowercase); GraphQL exposes the same values in UPPER_CASE. */
export const BOOKING_SOURCE_TYPES = [
  'direct',
  'manual',
  'affiliate',
  'ota',
  'reseller',
  'api_partner',
  'internal',
] as const;
export const PARTY_TYPES = ['individual', 'company'] as const;
export const ITEM_TYPES = [
  'unit',
  'service',
  'extra',
  'fee',
  'tax',
  'discount',
  'adjustment',
  'accommodation',
  'transport',
  'other',
] as const;
export const PARTICIPANT_TYPES = ['traveler', 'occupant', 'other'] as const;
export const TRAVELER_CATEGORIES = ['adult', 'child', 'infant', 'senior', 'other'] as const;
export const ORIGIN_SOURCES = [
  'manual',
  'direct_b2c',
  'accepted_quote_version',
  'catalog_price_availability',
  'catalog_snapshot',
  'provider_source_order',
  'legacy_transaction',
] as const;
export const SUPPLIER_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
/** `checkout` is derived from a checkout capability, never taken from a token's `principal_type` claim. */
export const PRINCIPAL_TYPES = ['user', 'api_key', 'agent', 'workflow', 'system', 'checkout'] as const;
export const ACTIVITY_TYPES = [
  'booking_created',
  'booking_updated',
  'status_change',
  'status_overridden',
  'item_update',
  'traveler_update',
  'supplier_update',
  'note_added',
  'note_updated',
  'note_deleted',
  'origin_update',
  'booking_reserved',
  'allocation_added',
  'allocation_released',
  'hold_extended',
  'hold_expired',
  'fulfillment_issued',
  'fulfillment_updated',
  'redemption_recorded',
  'reservation_plan_held',
  'reservation_plan_compensated',
  'booking_refunded',
  'session_started',
  'session_updated',
  'wizard_state_updated',
  'session_repriced',
  'capabilities_revoked',
] as const;
/** What an allocation holds: a departure slot, a pickup point, or any other bookable resource. */
export const ALLOCATION_KINDS = ['slot', 'pickup', 'resource'] as const;
export const FULFILLMENT_TYPES = ['voucher', 'ticket', 'pdf', 'qr_code', 'barcode', 'mobile', 'other'] as const;
export const FULFILLMENT_CHANNELS = ['download', 'email', 'api', 'wallet', 'other'] as const;
export const REDEMPTION_METHODS = ['manual', 'scan', 'api', 'other'] as const;
/** Lifecycle events written to the transactional outbox. */
export const EVENT_TYPES = [
  'booking.created',
  'booking.on_hold',
  'booking.awaiting_payment',
  'booking.confirmed',
  'booking.started',
  'booking.completed',
  'booking.expired',
  'booking.cancelled',
  'booking.status_overridden',
  'booking.item.added',
  'booking.item.quantity_changed',
  'booking.item.removed',
  'booking.allocation.added',
  'booking.allocation.released',
  'booking.allocation.retaken',
  'availability.slot.changed',
  'booking.refunded',
  'booking.supplier_status_changed',
] as const;

export type BookingSourceType = (typeof BOOKING_SOURCE_TYPES)[number];
export type PartyType = (typeof PARTY_TYPES)[number];
export type ItemType = (typeof ITEM_TYPES)[number];
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];
export type TravelerCategory = (typeof TRAVELER_CATEGORIES)[number];
export type OriginSource = (typeof ORIGIN_SOURCES)[number];
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];
export type FulfillmentType = (typeof FULFILLMENT_TYPES)[number];
export type FulfillmentChannel = (typeof FULFILLMENT_CHANNELS)[number];
export type RedemptionMethod = (typeof REDEMPTION_METHODS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
