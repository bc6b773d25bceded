import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { hasScope, isInternalPrincipal } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import type { Clock } from '../clock';
import { AUDIT_REASONS, auditEvent, PiiAuditTrail, type PiiAuditHook } from './audit';
import { DataKeyCache } from './data-key-cache';
import { TravelerKeyring } from './keyring';
import type { KmsProvider } from './kms/kms-provider';
import type { PersonSnapshotSource } from './person-snapshot';
import type { PiiScope } from './pii-scope';
import type { RevealEntry } from './reveal-log';
import type { TravelDetails } from '../domain/travel-details';
import { readTravelDetails } from './travel-details-reader';
import { shredTravelDetailsWithin } from './travel-details-shredder';
import { travelDetailsSealing, type TravelDetailsSealing } from './travel-details-sealing';

/** Unwrapped data keys held at most; 32 bytes each, so the bound is about memory exposure, not size. */
export const DATA_KEY_CACHE_MAX_ENTRIES = 10_000;

export interface PiiServiceOptions {
  kms: KmsProvider;
  /** `PII_DATA_KEY_CACHE_SECONDS`; 0 disables the cache. */
  cacheSeconds: number;
  clock: Clock;
  logger: Logger;
  snapshots: PersonSnapshotSource | null;
  onAudit?: PiiAuditHook;
}

/**
 * The only path that decrypts traveler PII. Every call leaves one audit event per traveler
 * (allowed or denied, with the acting principal), persisted before the call returns.
 */
export interface PiiService {
  readonly kms: KmsProvider;
  /** @throws the GraphQL or KMS error that kept the traveler's details from being read. */
  getTravelerTravelDetails(scope: PiiScope, travelerId: string): Promise<TravelDetails | null>;
  /** Batch form for DataLoaders: one statement and one audit insert for all travelers. */
  getManyTravelerTravelDetails(
    scope: PiiScope,
    travelerIds: readonly string[],
  ): Promise<Array<TravelDetails | null | Error>>;
  /** Keys, envelopes and audit events for the travel-details use case (services/travel-details-service.ts). */
  readonly sealing: TravelDetailsSealing;
  /**
   * Crypto-shreds the travel details of travelers the caller's transaction deletes; run the returned
   * step after it commits.
   */
  shredWithin(
    em: SqlEntityManager,
    scope: PiiScope,
    bookingId: string,
    travelerIds: readonly string[],
  ): Promise<() => Promise<void>>;
  /** Audits the clear @pii fields a request handed out, in one insert. */
  recordReveals(scope: PiiScope, reveals: readonly RevealEntry[]): Promise<void>;
  /** Wipes cached keys (shutdown). */
  close(): void;
}

export function createPiiService(options: PiiServiceOptions): PiiService {
  const cache = new DataKeyCache({
    ttlMs: options.cacheSeconds * 1000,
    maxEntries: DATA_KEY_CACHE_MAX_ENTRIES,
    now: () => options.clock.now().getTime(),
  });
  const keyring = new TravelerKeyring(options.kms, cache);
  const audit = new PiiAuditTrail(options.logger, options.onAudit);
  const deps = { keyring, audit, snapshots: options.snapshots };
  return {
    kms: options.kms,
    getManyTravelerTravelDetails: (scope, travelerIds) => readTravelDetails(deps, scope, travelerIds),
    async getTravelerTravelDetails(scope, travelerId) {
      const [result] = await readTravelDetails(deps, scope, [travelerId]);
      if (result instanceof Error) throw result;
      return result ?? null;
    },
    sealing: travelDetailsSealing(deps),
    shredWithin: (em, scope, bookingId, travelerIds) =>
      shredTravelDetailsWithin(deps, em, scope, bookingId, travelerIds),
    async recordReveals(scope, reveals) {
      const by = { actor: scope.actor, clock: scope.clock, requestId: scope.requestId };
      const reason = hasScope(scope.actor, SCOPES.piiRead)
        ? AUDIT_REASONS.revealScope
        : isInternalPrincipal(scope.actor)
          ? AUDIT_REASONS.revealInternal
          : AUDIT_REASONS.revealCheckout;
      await audit.insert(
        scope.em,
        reveals.map((reveal) => auditEvent(by, 'reveal', 'allowed', reveal.subject, reveal.fields, reason)),
      );
    },
    close: () => keyring.close(),
  };
}
