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

/** The largest magnitude a Money amount holds: the GraphQL Int and the stored totals agree on it. */
export const MONEY_AMOUNT_MAX = 2147483647;

/** Whether an amount in minor units fits in a Money amount (±2147483647) without losing precision. */
export const fitsMoneyAmount = (cents: number): boolean =>
  Number.isSafeInteger(cents) && cents >= -MONEY_AMOUNT_MAX - 1 && cents <= MONEY_AMOUNT_MAX;

/** The refusal every money check gives, so a client sees one wording for one limit. */
export const mustFitMoney = (what: string): string => `${what} must fit in a Money amount (±${MONEY_AMOUNT_MAX})`;
