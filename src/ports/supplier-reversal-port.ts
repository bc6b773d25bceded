/**
 * Tells suppliers a refunded booking's services are off (design §7, step 3). Irreversible, so the
 * refund calls it last among its external steps; keyed `<sagaId>:supplier-reversal`.
 */
export interface SupplierReversalLine {
  supplierStatusId: string;
  supplierId: string | null;
  supplierReference: string | null;
}

export interface SupplierReversalPort {
  /** Answers the supplier statuses it reversed. @throws PortFailure */
  reverse(request: {
    idempotencyKey: string;
    bookingId: string;
    lines: SupplierReversalLine[];
  }): Promise<{ reversed: string[] }>;
}
