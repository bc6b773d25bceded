/**
 * A supplier system that holds a non-catalog line (design §6): one adapter per provider. Every
 * call carries the saga step's key `<sagaId>:<step>`, so a retried reserve holds once, and a
 * release of a key the provider never saw succeeds (the reserve may not have arrived before a crash).
 */
export interface ExternalReserveRequest {
  idempotencyKey: string;
  provider: string;
  planLineId: string;
  componentId: string;
  title: string;
  quantity: number;
  serviceDate: string | null;
  startsAt: Date | null;
  /** The provider's own product or rate reference, when the caller has one. */
  providerProductRef: string | null;
}

export interface ExternalHold {
  providerRef: string;
  /** The provider's own hold deadline; the booking's hold ends no later. */
  holdExpiresAt: Date | null;
}

export interface ExternalReleaseRequest {
  idempotencyKey: string;
  provider: string;
  providerRef: string | null;
}

export interface ExternalReservationPort {
  /** @throws PortFailure (PROVIDER_REJECTED, PROVIDER_UNAVAILABLE, TIMEOUT) */
  reserve(request: ExternalReserveRequest): Promise<ExternalHold>;
  /** Absent: the provider cannot release holds, so compensation is recorded as not configured. */
  release?(request: ExternalReleaseRequest): Promise<void>;
}

/** The adapter of each provider; a provider without one gets an internal hold. */
export interface ExternalReservationPorts {
  forProvider(provider: string): ExternalReservationPort | null;
}

/** Adapters for a fixed set of providers. */
export const externalReservationsByProvider = (
  adapters: Readonly<Record<string, ExternalReservationPort>>,
): ExternalReservationPorts => ({
  forProvider: (provider) => adapters[provider] ?? null,
});
