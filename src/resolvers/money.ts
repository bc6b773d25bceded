import type { MoneyValue } from '../loaders/rows';

export const money = (amountCents: number | null | undefined, currency: string | null | undefined): MoneyValue | null =>
  amountCents === null || amountCents === undefined || !currency ? null : { amountCents, currency };
