/** Scopes this subgraph understands (see shared/api-contract.md). */
export const SCOPES = {
  read: 'bookings:read',
  write: 'bookings:write',
  admin: 'bookings:admin',
  piiRead: 'bookings-pii:read',
  piiWrite: 'bookings-pii:write',
  inventoryWrite: 'inventory:write',
  approvalsDecide: 'approvals:decide',
  /** A storefront's publishable api_key: may start storefront sessions (issue 10). */
  storefront: 'bookings:storefront',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

/**
 * `*` grants everything; `family:*` grants every scope of that family only, so `bookings:*`
 * does not reach `bookings-pii:read`.
 */
export function scopeGranted(granted: ReadonlySet<string>, wanted: Scope): boolean {
  if (granted.has('*') || granted.has(wanted)) return true;
  const family = wanted.slice(0, wanted.indexOf(':'));
  return granted.has(`${family}:*`);
}

export function parseScopeClaim(claim: unknown): Set<string> {
  if (typeof claim === 'string') return new Set(claim.split(/\s+/).filter(Boolean));
  if (Array.isArray(claim)) return new Set(claim.filter((value): value is string => typeof value === 'string'));
  return new Set();
}
