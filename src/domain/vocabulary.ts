/** Stored values (lowercase); GraphQL exposes the same values in UPPER_CASE. */
export const BOOKING_SOURCE_TYPES = ['direct', 'manual', 'affiliate', 'ota', 'reseller', 'api_partner', 'internal'] as const;
export const PARTY_TYPES = ['individual', 'company'] as const;
export const ITEM_TYPES = [
  'unit', 'service', 'extra', 'fee', 'tax', 'discount', 'adjustment', 'accommodation', 'transport', 'other',
] as const;
export const PARTICIPANT_TYPES = ['traveler', 'occupant', 'other'] as const;
export const TRAVELER_CATEGORIES = ['adult', 'child', 'infant', 'senior', 'other'] as const;
export const ORIGIN_SOURCES = [
  'manual', 'direct_b2c', 'accepted_quote_version', 'catalog_price_availability', 'catalog_snapshot',
  'provider_source_order', 'legacy_transaction',
] as const;
export const SUPPLIER_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
export const PRINCIPAL_TYPES = ['user', 'api_key', 'agent', 'workflow', 'system'] as const;
export const ACTIVITY_TYPES = [
  'booking_created', 'booking_updated', 'status_change', 'status_overridden', 'item_update', 'traveler_update',
  'supplier_update', 'note_added', 'note_updated', 'note_deleted', 'origin_update',
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
