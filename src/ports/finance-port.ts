/**
 * The finance subgraph as refunds use it (design §7). Every call carries a key: a credit note
 * created twice under one key is one credit note, and voiding it twice voids it once.
 */
export interface MoneyAmount {
  amountCents: number;
  currency: string;
}

export interface CreateCreditNoteRequest {
  idempotencyKey: string;
  bookingId: string;
  amount: MoneyAmount;
}

/** Voids the note created under `idempotencyKey`; a key finance never saw is voided already. */
export interface VoidCreditNoteRequest {
  idempotencyKey: string;
  creditNoteId: string | null;
}

export interface FinancePort {
  /** What finance would still pay back on the booking. @throws PortFailure */
  refundableAmount(request: { bookingId: string; currency: string }): Promise<MoneyAmount>;
  /** @throws PortFailure */
  createCreditNote(request: CreateCreditNoteRequest): Promise<{ creditNoteId: string }>;
  /** @throws PortFailure */
  voidCreditNote(request: VoidCreditNoteRequest): Promise<void>;
}
