/** Stored lowercase; GraphQL exposes them UPPER_CASE (PiiAuditAction, PiiAuditOutcome). */
export const PII_AUDIT_ACTIONS = ['encrypt', 'decrypt', 'delete', 'reveal'] as const;
export const PII_AUDIT_OUTCOMES = ['allowed', 'denied'] as const;

export type PiiAuditAction = (typeof PII_AUDIT_ACTIONS)[number];
export type PiiAuditOutcome = (typeof PII_AUDIT_OUTCOMES)[number];
