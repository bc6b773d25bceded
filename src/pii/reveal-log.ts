import { hasScope, isInternalPrincipal, type Principal } from '../auth/principal';
import { SCOPES } from '../auth/scopes';
import type { AuditSubject } from './audit';

/** A principal's answer, asked once per @pii field of a response: decided once per principal. */
const decided = new WeakMap<Principal, boolean>();

/** Who sees @pii fields in clear: the PII-read scope (`bookings-pii:*` and `*` included) and internal principals. */
export const mayRevealPii = (principal: Principal | null): boolean => {
  if (principal === null) return false;
  let allowed = decided.get(principal);
  if (allowed === undefined) {
    allowed = hasScope(principal, SCOPES.piiRead) || isInternalPrincipal(principal);
    decided.set(principal, allowed);
  }
  return allowed;
};

export interface RevealEntry {
  subject: AuditSubject;
  /** Schema coordinates (`BookingContact.email`): names only, never values. */
  fields: string[];
}

/**
 * The clear @pii fields one request handed out, collected while resolving so that they are
 * audited with one insert per request (one row per booking contact or traveler), not one per field.
 */
export class RevealLog {
  readonly #subjects = new Map<string, { subject: AuditSubject; fields: Set<string> }>();

  record(subject: AuditSubject, field: string): void {
    const key = `${subject.bookingId ?? ''}|${subject.travelerId ?? ''}`;
    const entry = this.#subjects.get(key);
    if (entry) entry.fields.add(field);
    else this.#subjects.set(key, { subject, fields: new Set([field]) });
  }

  /** Hands out what was collected and starts afresh, so nothing is audited twice. */
  drain(): RevealEntry[] {
    const entries = [...this.#subjects.values()].map(({ subject, fields }) => ({
      subject,
      fields: [...fields].sort(),
    }));
    this.#subjects.clear();
    return entries;
  }
}
