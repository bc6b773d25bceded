import { PricingUnavailable, type PricingPort, type RateCard, type RateCardRequest } from '../pricing-port';

/** A seeded rate card; one with a `departureId` answers only requests for that departure, before any other. */
export interface SeededRateCard {
  card: RateCard;
  departureId?: string;
}

/** What the next calls do instead of answering: as if the catalog were down, or as if it had timed out. */
export type PricingFault = 'unavailable' | 'timeout';

/** A call held by `holdNextCall` until the test lets it go. */
export interface HeldCall {
  /** Resolves once the held call has arrived (and recorded its requests). */
  readonly arrived: Promise<void>;
  release(): void;
}

const FAULT_REASONS = { unavailable: 'unreachable', timeout: 'timeout' } as const;

/**
 * The pricing port for tests and local runs: rate cards from an in-memory table, one recorded call per
 * `rateCards`, and fault injection. Lookup follows the catalog contract loosely: the product must match,
 * the option and catalog when given; a departure's own card wins over the general one.
 */
export class InProcessPricing implements PricingPort {
  /** Every call's requests, in call order; a fault still records the call. */
  readonly calls: RateCardRequest[][] = [];
  private readonly table: SeededRateCard[] = [];
  private fault: PricingFault | null = null;
  private held: { arrived: () => void; released: Promise<void> } | null = null;

  constructor(seed: readonly (RateCard | SeededRateCard)[] = []) {
    this.seed(...seed);
  }

  seed(...entries: readonly (RateCard | SeededRateCard)[]): this {
    for (const entry of entries) this.table.push('card' in entry ? entry : { card: entry });
    return this;
  }

  /** Every later call fails with `fault` until `failWith(null)`. */
  failWith(fault: PricingFault | null): this {
    this.fault = fault;
    return this;
  }

  /** Holds the next call before it answers, so a test can act while a remote call is in flight. */
  holdNextCall(): HeldCall {
    let arrived = (): void => undefined;
    let release = (): void => undefined;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { arrived, released };
    return { arrived: arrival, release };
  }

  async rateCards(requests: RateCardRequest[]): Promise<(RateCard | null)[]> {
    this.calls.push(requests.map((request) => ({ ...request })));
    const held = this.held;
    if (held) {
      this.held = null;
      held.arrived();
      await held.released;
    }
    if (this.fault) throw new PricingUnavailable(FAULT_REASONS[this.fault]);
    return requests.map((request) => this.lookup(request));
  }

  private lookup(request: RateCardRequest): RateCard | null {
    const matching = this.table.filter(
      ({ card }) =>
        card.productId === request.productId &&
        (request.optionId == null || card.optionId === request.optionId) &&
        (request.catalogId == null || card.catalogId === request.catalogId),
    );
    const forDeparture =
      request.departureId == null ? undefined : matching.find((entry) => entry.departureId === request.departureId);
    const found = forDeparture ?? matching.find((entry) => entry.departureId === undefined);
    // A copy, so a caller that changes its answer cannot change the table.
    return found ? structuredClone(found.card) : null;
  }
}
