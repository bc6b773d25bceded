import type { BookingSessionState } from '../entities/booking-session-state.entity';
import type { BookingStorefrontSession } from '../entities/booking-storefront-session.entity';
import type { BookingRow } from '../read/booking-rows';
import type { IssuedCapability } from '../ports/checkout-capability-port';
import type { PricedLine } from '../pricing/price-line';
import type { BusinessOutcome } from '../domain/outcomes';

/** Read-model rows of the storefront tables, straight from SQL. */
export type WizardStateRow = BookingSessionState;
export type StorefrontSessionRow = BookingStorefrontSession;

export interface StartedSessionValue {
  session: BookingRow;
  capability: IssuedCapability;
}

export interface StorefrontQuoteLineValue {
  itemId: string;
  line: PricedLine;
}

export interface StorefrontQuoteValue {
  sessionId: string;
  bookingVersion: number;
  total: { amountCents: number; currency: string } | null;
  pricingComplete: boolean;
  lines: StorefrontQuoteLineValue[];
  digest: string;
}

/** What `startStorefrontSession` answers (outside the pipeline): its payload or an outcome, each with `__typename`. */
export type StartResultValue = StartedSessionValue | BusinessOutcome;
