import { randomBytes } from 'node:crypto';
import { EnvelopeDecryptError } from '../../src/pii/envelope';
import { emptyTravelDetails, type TravelDetailsValues } from '../../src/domain/travel-details';
import { openTravelDetails, sealTravelDetails, travelerEncryptionContext } from '../../src/pii/traveler-envelopes';

const BOOKING = 'book_01jz000000000000000000000a';
const ANA = 'bkpt_01jz00000000000000000000a1';
const ION = 'bkpt_01jz00000000000000000000b2';

const details: TravelDetailsValues = {
  ...emptyTravelDetails(),
  nationality: 'RO',
  documentType: 'passport',
  documentNumber: 'PLANTED-0042',
  dateOfBirth: '1990-01-31',
  dietaryRequirements: 'vegan',
  accessibilityNeeds: 'step-free room',
};

describe('traveler envelopes', () => {
  const key = randomBytes(32);
  const anaContext = travelerEncryptionContext(BOOKING, ANA);

  it('names the purpose, booking and traveler in the encryption context, and nothing else', () => {
    expect(anaContext).toEqual({ purpose: 'booking-traveler-pii', bookingId: BOOKING, travelerId: ANA });
  });

  it('opens the three buckets it sealed', () => {
    const sealed = sealTravelDetails(key, 'local:test', anaContext, details);
    const { documentPersonDocumentId, isLeadTraveler, bedPreference, ...encrypted } = details;
    expect(openTravelDetails(key, anaContext, sealed)).toEqual(encrypted);
  });

  it('keeps every planted value out of the sealed JSON', () => {
    const json = JSON.stringify(sealTravelDetails(key, 'local:test', anaContext, details));
    for (const planted of ['PLANTED-0042', '1990-01-31', 'vegan', 'step-free']) expect(json).not.toContain(planted);
  });

  it("refuses one traveler's buckets moved onto another traveler", () => {
    const sealed = sealTravelDetails(key, 'local:test', anaContext, details);
    expect(() => openTravelDetails(key, travelerEncryptionContext(BOOKING, ION), sealed)).toThrow(EnvelopeDecryptError);
  });

  it('refuses a bucket swapped into another bucket of the same traveler', () => {
    const sealed = sealTravelDetails(key, 'local:test', anaContext, details);
    expect(() => openTravelDetails(key, anaContext, { ...sealed, dietary: sealed.accessibility })).toThrow(
      EnvelopeDecryptError,
    );
  });
});
