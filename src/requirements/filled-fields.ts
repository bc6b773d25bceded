/**
 * The field names a contact requirement is checked against, from columns that are kept in clear
 * and from `travel_details.filled_fields`: a requirement is checked without decrypting anything.
 */

const CONTACT_COLUMNS = {
  firstName: 'contactFirstName',
  lastName: 'contactLastName',
  partyType: 'contactPartyType',
  taxId: 'contactTaxId',
  email: 'contactEmail',
  phone: 'contactPhone',
  preferredLanguage: 'contactPreferredLanguage',
  country: 'contactCountry',
  region: 'contactRegion',
  city: 'contactCity',
  addressLine1: 'contactAddressLine1',
  addressLine2: 'contactAddressLine2',
  postalCode: 'contactPostalCode',
} as const;

type ContactColumn = (typeof CONTACT_COLUMNS)[keyof typeof CONTACT_COLUMNS];

const TRAVELER_COLUMNS = ['firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'specialRequests'] as const;

type TravelerColumn = (typeof TRAVELER_COLUMNS)[number];

const holds = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

/** The booking contact's fields that hold a value, by their requirement names (`email`, not `contactEmail`). */
export function contactFields(booking: Partial<Record<ContactColumn, unknown>>): Set<string> {
  return new Set(
    Object.entries(CONTACT_COLUMNS)
      .filter(([, column]) => holds(booking[column]))
      .map(([field]) => field),
  );
}

/** A traveler's fields that hold a value: its own columns plus the travel-detail names its envelopes hold. */
export function travelerFields(
  traveler: Partial<Record<TravelerColumn, unknown>>,
  filledTravelDetails: readonly string[],
): Set<string> {
  return new Set([...TRAVELER_COLUMNS.filter((column) => holds(traveler[column])), ...filledTravelDetails]);
}
