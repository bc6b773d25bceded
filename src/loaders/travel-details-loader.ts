import DataLoader from 'dataloader';
import type { PiiService } from '../pii/pii-service';
import type { PiiScope } from '../pii/pii-scope';
import type { TravelDetails } from '../domain/travel-details';

export type TravelDetailsLoader = DataLoader<string, TravelDetails | null>;

/**
 * One fresh loader per request (and after each mutation): the travelers of a response decrypt in
 * one batch — one SQL statement and one audit insert — through the PII service, the only path
 * that decrypts. `scope` is resolved at batch time, so an unauthenticated request fails there.
 */
export function createTravelDetailsLoader(pii: PiiService, scope: () => PiiScope): TravelDetailsLoader {
  return new DataLoader<string, TravelDetails | null>((travelerIds) =>
    pii.getManyTravelerTravelDetails(scope(), travelerIds),
  );
}
