import { z } from 'zod';
import { TRAVEL_DOCUMENT_TYPES, type TravelDetailsPatch } from '../domain/travel-details';

export const PREFILL_UNAVAILABLE_REASONS = [
  'no_person',
  'not_configured',
  'unreachable',
  'person_unknown',
  'invalid_response',
] as const;
export type PrefillUnavailableReason = (typeof PREFILL_UNAVAILABLE_REASONS)[number];

/** The travel-relevant part of a person in the relationships subgraph, as travel-details fields. */
export interface PersonTravelSnapshot {
  personId: string;
  values: TravelDetailsPatch;
  /** The person's primary document (pdoc_…), recorded as provenance when it fills document fields. */
  sourceDocumentId: string | null;
}

/** Why no snapshot could be had; carries no PII, only the reason and the person id. */
export class PrefillUnavailable extends Error {
  override readonly name = 'PrefillUnavailable';

  constructor(readonly reason: PrefillUnavailableReason) {
    super(`The person's travel snapshot is unavailable (${reason})`);
  }
}

export interface PersonSnapshotSource {
  /** @throws PrefillUnavailable */
  fetchTravelSnapshot(personId: string): Promise<PersonTravelSnapshot>;
}

// Through `_entities`, as the router would ask: the subgraph need not expose a root field for it.
const SNAPSHOT_QUERY = `query BookingsTravelSnapshot($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person {
      id dateOfBirth dietaryRequirements accessibilityNeeds
      primaryDocument { id type number expiryDate issuingCountry issuingAuthority }
    }
  }
}`;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const personSchema = z.object({
  id: z.string(),
  dateOfBirth: isoDay.nullish(),
  dietaryRequirements: z.string().nullish(),
  accessibilityNeeds: z.string().nullish(),
  primaryDocument: z
    .object({
      id: z.string(),
      // The relationships subgraph types this as a free string: anything we do not know is `other`.
      type: z.enum(TRAVEL_DOCUMENT_TYPES).catch('other'),
      number: z.string(),
      expiryDate: isoDay.nullish(),
      issuingCountry: z.string().nullish(),
      issuingAuthority: z.string().nullish(),
    })
    .nullish(),
});
const responseSchema = z.object({ data: z.object({ _entities: z.array(personSchema.nullable()).length(1) }) });

export interface RelationshipsSnapshotOptions {
  url: string;
  timeoutMs?: number;
}

/** Reads snapshots from the relationships subgraph (`RELATIONSHIPS_URL`). */
export function relationshipsSnapshotSource(options: RelationshipsSnapshotOptions): PersonSnapshotSource {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async fetchTravelSnapshot(personId) {
      let body: unknown;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: SNAPSHOT_QUERY,
            variables: { representations: [{ __typename: 'Person', id: personId }] },
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) throw new PrefillUnavailable('unreachable');
        body = await response.json();
      } catch (error) {
        if (error instanceof PrefillUnavailable) throw error;
        throw new PrefillUnavailable('unreachable');
      }
      const parsed = responseSchema.safeParse(body);
      if (!parsed.success) throw new PrefillUnavailable('invalid_response');
      const person = parsed.data.data._entities[0];
      if (!person || person.id !== personId) throw new PrefillUnavailable('person_unknown');
      const document = person.primaryDocument ?? null;
      return {
        personId,
        sourceDocumentId: document?.id ?? null,
        values: {
          dateOfBirth: person.dateOfBirth ?? null,
          dietaryRequirements: person.dietaryRequirements ?? null,
          accessibilityNeeds: person.accessibilityNeeds ?? null,
          ...(document
            ? {
                documentType: document.type,
                documentNumber: document.number,
                documentExpiry: document.expiryDate ?? null,
                documentIssuingCountry: document.issuingCountry ?? null,
                documentIssuingAuthority: document.issuingAuthority ?? null,
              }
            : {}),
        },
      };
    },
  };
}
