import {
  emptyTravelDetails,
  fillGaps,
  mergeTravelDetails,
  prefillFromSnapshot,
  type TravelDetailsValues,
} from '../../src/domain/travel-details';

const stored = (overrides: Partial<TravelDetailsValues> = {}): TravelDetailsValues => ({
  ...emptyTravelDetails(),
  nationality: 'RO',
  documentType: 'id_card',
  documentNumber: 'RX123456',
  dateOfBirth: '1990-01-31',
  dietaryRequirements: 'vegan',
  bedPreference: 'twin',
  isLeadTraveler: true,
  ...overrides,
});

describe('mergeTravelDetails', () => {
  it('keeps every stored value when the patch leaves the field out', () => {
    const { next } = mergeTravelDetails(stored(), { accessibilityNeeds: 'step-free room' });
    expect(next).toEqual({ ...stored(), accessibilityNeeds: 'step-free room' });
  });

  it('clears a stored value on an explicit null', () => {
    const { next } = mergeTravelDetails(stored(), { dietaryRequirements: null });
    expect(next.dietaryRequirements).toBeNull();
  });

  it('treats an explicit undefined like a left-out key', () => {
    const { next, changed } = mergeTravelDetails(stored(), { nationality: undefined });
    expect(next.nationality).toBe('RO');
    expect(changed).toEqual([]);
  });

  it('sets isLeadTraveler back to false on an explicit null', () => {
    const { next } = mergeTravelDetails(stored(), { isLeadTraveler: null });
    expect(next.isLeadTraveler).toBe(false);
  });

  it('reports the names of the fields the patch wrote, nulls included', () => {
    const { changed } = mergeTravelDetails(stored(), { dietaryRequirements: null, bedPreference: 'double' });
    expect(changed).toEqual(['dietaryRequirements', 'bedPreference']);
  });

  it('defaults documentType to passport when a document field is set without a type', () => {
    const { next, changed } = mergeTravelDetails(emptyTravelDetails(), { documentNumber: 'P998877' });
    expect(next.documentType).toBe('passport');
    expect(changed).toEqual(['documentNumber', 'documentType']);
  });

  it('keeps a stored documentType when only the number changes', () => {
    const { next } = mergeTravelDetails(stored(), { documentNumber: 'RX000001' });
    expect(next.documentType).toBe('id_card');
  });

  it('falls back to passport when the type is cleared while a document field remains', () => {
    const { next } = mergeTravelDetails(stored(), { documentType: null });
    expect(next.documentType).toBe('passport');
  });

  it('leaves documentType empty when no document field holds a value', () => {
    const { next } = mergeTravelDetails(emptyTravelDetails(), { nationality: 'FR', dateOfBirth: '2001-07-04' });
    expect(next.documentType).toBeNull();
  });
});

describe('fillGaps', () => {
  const snapshot = { dateOfBirth: '1988-03-22', dietaryRequirements: 'vegetarian', documentNumber: 'P1234567' };

  it('fills keys the patch leaves out', () => {
    expect(fillGaps({ nationality: 'GB' }, snapshot)).toEqual({ nationality: 'GB', ...snapshot });
  });

  it('lets an explicit value win over the snapshot', () => {
    expect(fillGaps({ dateOfBirth: '1988-03-23' }, snapshot).dateOfBirth).toBe('1988-03-23');
  });

  it('lets an explicit null win over the snapshot', () => {
    expect(fillGaps({ dietaryRequirements: null }, snapshot).dietaryRequirements).toBeNull();
  });

  it('fills nothing from a snapshot null, so a stored value survives the merge', () => {
    const filled = fillGaps({}, { accessibilityNeeds: null });
    expect('accessibilityNeeds' in filled).toBe(false);
    expect(mergeTravelDetails(stored({ accessibilityNeeds: 'hearing loop' }), filled).next.accessibilityNeeds).toBe(
      'hearing loop',
    );
  });
});

describe('prefillFromSnapshot', () => {
  const document = { documentType: 'passport', documentNumber: 'P1234567', documentExpiry: '2031-05-14' } as const;

  it('records the source document when a document field comes from the snapshot', () => {
    expect(prefillFromSnapshot({}, document, 'pdoc_source').documentPersonDocumentId).toBe('pdoc_source');
  });

  it('records no source document when the patch gives every document field itself', () => {
    const patch = {
      documentType: 'visa',
      documentNumber: 'V1',
      documentExpiry: null,
      documentIssuingCountry: null,
      documentIssuingAuthority: null,
    } as const;
    expect(prefillFromSnapshot(patch, document, 'pdoc_source').documentPersonDocumentId).toBeUndefined();
  });

  it('keeps an explicit documentPersonDocumentId, null included', () => {
    expect(
      prefillFromSnapshot({ documentPersonDocumentId: null }, document, 'pdoc_source').documentPersonDocumentId,
    ).toBeNull();
  });
});
