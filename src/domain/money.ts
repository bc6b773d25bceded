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

/** Item statuses that no longer count towards what the buyer owes (or what the booking costs). */
export const UNCOUNTED_ITEM_STATUSES: readonly string[] = ['cancelled', 'expired'];

const counts = (item: { status: string }) => !UNCOUNTED_ITEM_STATUSES.includes(item.status);

/** A line's totals: quantity times its unit amounts; a line without a unit cost has no total cost. */
export const itemTotals = (quantity: number, unitSell: number, unitCost: number | null | undefined) => ({
  totalSellAmountCents: quantity * unitSell,
  totalCostAmountCents: unitCost === null || unitCost === undefined ? null : quantity * unitCost,
});

/** What the buyer owes: the sell totals of the lines that still count, in the booking's currency. */
export const rollUpSell = (items: readonly { status: string; totalSellAmountCents: number }[]): number =>
  items.filter(counts).reduce((sum, item) => sum + item.totalSellAmountCents, 0);

export interface CostedLine {
  id: string;
  status: string;
  costCurrency?: string | null;
  totalCostAmountCents?: number | null;
}

/** The booking's cost: one currency, summed over the items that count and carry a cost; none when no item does. */
export interface CostRollUp {
  costAmountCents: number | null;
  costCurrency: string | null;
}

/**
 * Rolls the items' costs up like their sell amounts, except that the cost currency is not fixed by
 * the booking: it is the one the costed items share. Items without a cost add nothing (an unknown
 * cost is not a zero one, but it does not hide the known ones either). `changedItemId` is looked
 * at last, so a conflict blames the item being changed rather than the ones already there.
 */
export function rollUpCost(
  items: readonly CostedLine[],
  changedItemId?: string,
): CostRollUp | { mixed: { costCurrency: string; itemCostCurrency: string; itemId: string } } {
  let costCurrency: string | null = null;
  let costAmountCents: number | null = null;
  const ordered = [
    ...items.filter((item) => item.id !== changedItemId),
    ...items.filter((item) => item.id === changedItemId),
  ];
  for (const item of ordered) {
    const { costCurrency: itemCurrency, totalCostAmountCents: itemCost } = item;
    if (
      !counts(item) ||
      itemCurrency === null ||
      itemCurrency === undefined ||
      itemCost === null ||
      itemCost === undefined
    )
      continue;
    if (costCurrency !== null && itemCurrency !== costCurrency)
      return { mixed: { costCurrency, itemCostCurrency: itemCurrency, itemId: item.id } };
    costCurrency = itemCurrency;
    costAmountCents = (costAmountCents ?? 0) + itemCost;
  }
  return { costAmountCents, costCurrency };
}
