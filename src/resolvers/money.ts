/** The Money type's value: integer minor units and an ISO 4217 currency. */
export interface MoneyValue {
  amountCents: number;
  currency: string;
}

export const money = (
  amountCents: number | null | undefined,
  currency: string | null | undefined,
): MoneyValue | null =>
  amountCents === null || amountCents === undefined || !currency ? null : { amountCents, currency };
