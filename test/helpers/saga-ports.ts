import type { ExternalReservationPort, ExternalReserveRequest } from '../../src/ports/external-reservation-port';
import { externalReservationsByProvider } from '../../src/ports/external-reservation-port';
import type { FinancePort, MoneyAmount } from '../../src/ports/finance-port';
import { PortFailure, type PortFailureCode } from '../../src/ports/port-failure';
import type { SupplierReversalPort } from '../../src/ports/supplier-reversal-port';
import type { SagaCheckpoint, SagaHooks, SagaPorts } from '../../src/sagas/runtime';
import { SimulatedCrash } from '../../src/sagas/step-failure';

/** Failures queued per operation: each call takes the next one, if any. */
class Faults<Operation extends string> {
  private readonly queued = new Map<Operation, PortFailureCode[]>();

  fail(operation: Operation, code: PortFailureCode, times = 1): void {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), ...Array<PortFailureCode>(times).fill(code)]);
  }

  /** Every call fails from now on. */
  failAlways(operation: Operation, code: PortFailureCode): void {
    this.fail(operation, code, 10_000);
  }

  /** Resolves, or rejects with the next queued failure: as a remote call would, after a turn of the event loop. */
  take(operation: Operation): Promise<void> {
    const code = this.queued.get(operation)?.shift();
    return code ? Promise.reject(new PortFailure(code, `fake ${operation} failed with ${code}`)) : Promise.resolve();
  }
}

/** An in-process finance: credit notes by key, so one key is one credit note; every call counted. */
export class FakeFinance implements FinancePort {
  readonly faults = new Faults<'refundableAmount' | 'createCreditNote' | 'voidCreditNote'>();
  readonly calls = { refundableAmount: 0, createCreditNote: 0, voidCreditNote: 0 };
  readonly creditNotes = new Map<string, { id: string; bookingId: string; amount: MoneyAmount; voided: boolean }>();
  /** What each booking may still be refunded; unset: 100000 in the asked currency. */
  readonly refundable = new Map<string, number>();

  async refundableAmount({ bookingId, currency }: { bookingId: string; currency: string }): Promise<MoneyAmount> {
    this.calls.refundableAmount += 1;
    await this.faults.take('refundableAmount');
    return { amountCents: this.refundable.get(bookingId) ?? 100_000, currency };
  }

  async createCreditNote(request: {
    idempotencyKey: string;
    bookingId: string;
    amount: MoneyAmount;
  }): Promise<{ creditNoteId: string }> {
    this.calls.createCreditNote += 1;
    await this.faults.take('createCreditNote');
    const existing = this.creditNotes.get(request.idempotencyKey);
    if (existing) return { creditNoteId: existing.id };
    const id = `cn_${this.creditNotes.size + 1}`;
    this.creditNotes.set(request.idempotencyKey, {
      id,
      bookingId: request.bookingId,
      amount: request.amount,
      voided: false,
    });
    return { creditNoteId: id };
  }

  async voidCreditNote(request: { idempotencyKey: string; creditNoteId: string | null }): Promise<void> {
    this.calls.voidCreditNote += 1;
    await this.faults.take('voidCreditNote');
    const note = this.creditNotes.get(request.idempotencyKey);
    if (note) note.voided = true;
  }

  /** Credit notes not voided. */
  get live() {
    return [...this.creditNotes.values()].filter((note) => !note.voided);
  }
}

/** An in-process provider: holds by key, so a retried reserve holds once; releasing an unknown key succeeds. */
export class FakeProvider implements ExternalReservationPort {
  readonly faults = new Faults<'reserve' | 'release'>();
  readonly calls = { reserve: 0, release: 0 };
  readonly reserveKeys: string[] = [];
  readonly releaseKeys: string[] = [];
  readonly holds = new Map<string, { providerRef: string; released: boolean }>();
  holdExpiresAt: Date | null = null;

  async reserve(request: ExternalReserveRequest) {
    this.calls.reserve += 1;
    this.reserveKeys.push(request.idempotencyKey);
    await this.faults.take('reserve');
    const existing = this.holds.get(request.idempotencyKey);
    if (existing) return { providerRef: existing.providerRef, holdExpiresAt: this.holdExpiresAt };
    const providerRef = `hold_${this.holds.size + 1}`;
    this.holds.set(request.idempotencyKey, { providerRef, released: false });
    return { providerRef, holdExpiresAt: this.holdExpiresAt };
  }

  async release(request: { idempotencyKey: string }) {
    this.calls.release += 1;
    this.releaseKeys.push(request.idempotencyKey);
    await this.faults.take('release');
    const hold = this.holds.get(request.idempotencyKey);
    if (hold) hold.released = true;
  }

  /** Holds not released. */
  get live() {
    return [...this.holds.values()].filter((hold) => !hold.released);
  }
}

/** A provider that can hold but not release: its compensations are NOT_COMPENSABLE. */
export class FakeProviderWithoutRelease implements ExternalReservationPort {
  private readonly inner = new FakeProvider();

  reserve(request: ExternalReserveRequest) {
    return this.inner.reserve(request);
  }
}

export class FakeSupplierReversal implements SupplierReversalPort {
  readonly faults = new Faults<'reverse'>();
  readonly calls: { idempotencyKey: string; lines: string[] }[] = [];

  async reverse(request: { idempotencyKey: string; bookingId: string; lines: { supplierStatusId: string }[] }) {
    this.calls.push({
      idempotencyKey: request.idempotencyKey,
      lines: request.lines.map((line) => line.supplierStatusId),
    });
    await this.faults.take('reverse');
    return { reversed: request.lines.map((line) => line.supplierStatusId) };
  }
}

/** A one-shot crash at a checkpoint: arm it, run, and the run stops there once. */
export class CrashSwitch implements SagaHooks {
  private armed: Pick<SagaCheckpoint, 'step' | 'phase'> | null = null;
  readonly seen: SagaCheckpoint[] = [];

  arm(step: string, phase: SagaCheckpoint['phase'] = 'after-commit'): void {
    this.armed = { step, phase };
  }

  checkpoint(point: SagaCheckpoint): void {
    this.seen.push(point);
    if (this.armed && this.armed.step === point.step && this.armed.phase === point.phase) {
      this.armed = null;
      throw new SimulatedCrash(`${point.step}/${point.phase}`);
    }
  }
}

export interface SagaFakes {
  finance: FakeFinance;
  supplierReversal: FakeSupplierReversal;
  providers: { acme: FakeProvider; norelease: FakeProviderWithoutRelease };
  crash: CrashSwitch;
  options: { ports: SagaPorts; hooks: SagaHooks };
}

/** Fresh fakes for one test app: providers `acme` (holds and releases) and `norelease` (holds only). */
export function sagaFakes(options: { finance?: boolean; supplierReversal?: boolean } = {}): SagaFakes {
  const finance = new FakeFinance();
  const supplierReversal = new FakeSupplierReversal();
  const providers = { acme: new FakeProvider(), norelease: new FakeProviderWithoutRelease() };
  const crash = new CrashSwitch();
  return {
    finance,
    supplierReversal,
    providers,
    crash,
    options: {
      ports: {
        finance: options.finance === false ? null : finance,
        supplierReversal: options.supplierReversal === false ? null : supplierReversal,
        externalReservations: externalReservationsByProvider(providers),
      },
      hooks: crash,
    },
  };
}
