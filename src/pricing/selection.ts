/**
 * What a booking item is priced by: the option, unit, pricing category and quantity. Design §2 rule 1.
 */
export interface PriceableSelection {
  optionId: string | null;
  optionUnitId: string | null;
  pricingCategoryId: string | null;
  quantity: number;
}

/**
 * A caller's change to an item's selection. An omitted (or `undefined`) field keeps the item's current
 * value; an explicit `null` clears it. Quantity cannot be cleared.
 */
export interface SelectionChange {
  optionId?: string | null;
  optionUnitId?: string | null;
  pricingCategoryId?: string | null;
  quantity?: number;
}

/** Rule 1: fills in the change from the item's current selection. */
export function fillSelection(current: PriceableSelection, change: SelectionChange = {}): PriceableSelection {
  return {
    optionId: change.optionId === undefined ? current.optionId : change.optionId,
    optionUnitId: change.optionUnitId === undefined ? current.optionUnitId : change.optionUnitId,
    pricingCategoryId: change.pricingCategoryId === undefined ? current.pricingCategoryId : change.pricingCategoryId,
    quantity: change.quantity === undefined ? current.quantity : change.quantity,
  };
}
