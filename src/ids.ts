import { typeid } from 'typeid-js';

/** TypeID prefixes owned by this subgraph; ids from other subgraphs keep their owners' prefixes. */
export const ID_PREFIX = {
  booking: 'book',
  item: 'bkit',
  traveler: 'bkpt',
  itemTraveler: 'bkip',
  supplierStatus: 'bkss',
  note: 'bnot',
  activity: 'bkal',
  piiAuditEvent: 'bkpa',
  actionLedgerEntry: 'alge',
  actionApproval: 'alap',
  allocation: 'bkac',
  fulfillment: 'bkfl',
  redemption: 'bkrd',
  event: 'bkev',
  saga: 'bksg',
  sagaStep: 'bksp',
  sessionState: 'bkst',
  answer: 'bqan',
} as const;

export type IdPrefix = (typeof ID_PREFIX)[keyof typeof ID_PREFIX];

export const newId = (prefix: IdPrefix): string => typeid(prefix).toString();

/** True when `value` is a well-formed TypeID with the given prefix. */
export function isTypeId(value: string, prefix: string): boolean {
  return new RegExp(`^${prefix}_[0-7][0-9a-hjkmnp-tv-z]{25}$`).test(value);
}
