import { badUserInput } from '../errors';
import { text, typeId } from './fields';

/** Keys travel in a header too, so they are held to what a header can carry. */
export const idempotencyKey = text()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

/** The fields an approval-gated mutation adds to its input. */
export const actionKeyFields = { idempotencyKey: idempotencyKey.nullish(), approvalId: typeId('alap').nullish() };

const HEADERS = {
  idempotencyKey: { name: 'Idempotency-Key', lowerCase: 'idempotency-key' },
  approvalId: { name: 'Action-Approval-Id', lowerCase: 'action-approval-id' },
} as const;

export type HeaderBackedField = keyof typeof HEADERS;

/**
 * Fills `idempotencyKey` / `approvalId` from the Idempotency-Key / Action-Approval-Id headers
 * (shared/api-contract.md, Headers). The input field wins; both present and different is a
 * contradiction only the caller can resolve, so it is BAD_USER_INPUT on the field. An empty `root`
 * merges into a field's argument map (a mutation that takes bare arguments).
 */
export function withHeaderFields(
  headers: Readonly<Record<string, string | undefined>>,
  argument: unknown,
  fields: readonly HeaderBackedField[],
  root = 'input',
): unknown {
  if (typeof argument !== 'object' || argument === null || Array.isArray(argument)) return argument;
  let merged: Record<string, unknown> = { ...argument };
  for (const field of fields) {
    const fromHeader = headers[HEADERS[field].lowerCase];
    if (fromHeader === undefined) continue;
    const given = merged[field];
    if (given === undefined || given === null) merged = { ...merged, [field]: fromHeader };
    else {
      const path = root === '' ? field : `${root}.${field}`;
      if (given !== fromHeader) throw badUserInput(`${path}: differs from the ${HEADERS[field].name} header`, path);
    }
  }
  return merged;
}
