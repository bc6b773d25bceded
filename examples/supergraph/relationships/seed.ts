/** Fixed example data for the relationships subgraph; tests refer to these ids. */

export type PersonDocumentType = 'passport' | 'id_card' | 'driver_license' | 'visa' | 'other';

export interface OrganizationRecord {
  id: string;
  name: string;
}

export interface PersonDocumentRecord {
  id: string;
  type: PersonDocumentType;
  number: string;
  expiryDate: string | null;
  issuingCountry: string | null;
  issuingAuthority: string | null;
}

export interface PersonRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  dateOfBirth: string | null;
  dietaryRequirements: string | null;
  accessibilityNeeds: string | null;
  primaryDocumentId: string | null;
  organizationId: string | null;
}

export const ACME_TRAVEL: OrganizationRecord = {
  id: 'org_01m8bagnrre039494drta9yptx',
  name: 'Acme Travel Ltd',
};

export const GLOBEX: OrganizationRecord = {
  id: 'org_01m8bagnrre039494g040wz180',
  name: 'Globex Corporation',
};

export const ALICE_PASSPORT: PersonDocumentRecord = {
  id: 'pdoc_01m8bagnrse039494vsahjcyvq',
  type: 'passport',
  number: 'P1234567',
  expiryDate: '2031-05-14',
  issuingCountry: 'GB',
  issuingAuthority: 'HM Passport Office',
};

export const BILAL_ID_CARD: PersonDocumentRecord = {
  id: 'pdoc_01m8bagnrse0394957pxrfdp2f',
  type: 'id_card',
  number: 'ID-88-4412',
  expiryDate: '2029-11-30',
  issuingCountry: 'DE',
  issuingAuthority: null,
};

export const ALICE: PersonRecord = {
  id: 'pers_01m8bagnrpe039493pzc38rfnx',
  firstName: 'Alice',
  lastName: 'Martin',
  email: 'alice.martin@example.com',
  dateOfBirth: '1988-03-22',
  dietaryRequirements: 'vegetarian',
  accessibilityNeeds: null,
  primaryDocumentId: ALICE_PASSPORT.id,
  organizationId: ACME_TRAVEL.id,
};

export const BILAL: PersonRecord = {
  id: 'pers_01m8bagnrre039493scq5bre85',
  firstName: 'Bilal',
  lastName: 'Khan',
  email: 'bilal.khan@example.com',
  dateOfBirth: '1975-09-02',
  dietaryRequirements: 'halal',
  accessibilityNeeds: 'wheelchair assistance at airports',
  primaryDocumentId: BILAL_ID_CARD.id,
  organizationId: ACME_TRAVEL.id,
};

/** Has neither a primary document nor dietary data, for tests of the absent case. */
export const CHEN: PersonRecord = {
  id: 'pers_01m8bagnrre03949423nd3jn9c',
  firstName: 'Chen',
  lastName: 'Wei',
  email: null,
  dateOfBirth: '1995-12-09',
  dietaryRequirements: null,
  accessibilityNeeds: null,
  primaryDocumentId: null,
  organizationId: GLOBEX.id,
};

export const PEOPLE: readonly PersonRecord[] = [ALICE, BILAL, CHEN];
export const ORGANIZATIONS: readonly OrganizationRecord[] = [ACME_TRAVEL, GLOBEX];
export const PERSON_DOCUMENTS: readonly PersonDocumentRecord[] = [ALICE_PASSPORT, BILAL_ID_CARD];
