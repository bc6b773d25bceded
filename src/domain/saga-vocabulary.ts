/** What a saga runs: a reservation plan (design §6) or a refund (§7). */
export const SAGA_KINDS = ['reservation_plan', 'refund'] as const;

/**
 * A saga's own status. `running` and `compensating` are active: a lease names who drives them, and
 * recovery takes over when it runs out.
 */
export const SAGA_STATUSES = ['running', 'succeeded', 'failed', 'compensating', 'compensation_failed'] as const;

/** A step's status; the last three record what undoing it did. */
export const SAGA_STEP_STATUSES = [
  'pending',
  'running',
  'succeeded',
  'failed',
  'compensated',
  'compensation_failed',
  'not_compensable',
] as const;

/** The kinds of line a plan holds, stored lowercase (design §6). */
export const PLAN_LINE_KINDS = ['catalog_backed', 'external_order', 'non_catalog', 'manual_placeholder'] as const;

export type SagaKind = (typeof SAGA_KINDS)[number];
export type SagaStatus = (typeof SAGA_STATUSES)[number];
export type SagaStepStatus = (typeof SAGA_STEP_STATUSES)[number];
export type PlanLineKind = (typeof PLAN_LINE_KINDS)[number];

export const ACTIVE_SAGA_STATUSES: readonly SagaStatus[] = ['running', 'compensating'];
