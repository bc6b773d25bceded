import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ActionApproval } from '../entities/action-approval.entity';
import type { Booking } from '../entities/booking.entity';
import type { ServiceScope } from '../services/actor';
import { fail, isBusinessOutcome, type BusinessOutcome } from '../domain/outcomes';
import { runPublishingUnitOfWork } from '../services/publishing-unit-of-work';
import { bookingCommand, bookingFacts } from './booking-actions';
import {
  admitExecution,
  fingerprintFor,
  planAction,
  recordExecution,
  requestApproval,
  settleAction,
  type ActionPlan,
} from './gate-steps';

/** The input of a gated mutation: its own fields plus the key and approval id that name the request. */
export interface GatedInput {
  idempotencyKey?: string | null;
  approvalId?: string | null;
}

/** How the gate reads a request for approval (nothing changes) and an execution (the target is written). */
export type TargetAccess = 'read' | 'lock';

/**
 * A gated action on a booking or one of its parts, as the gate needs to know it: which action,
 * where its booking is, how the target is loaded and what of it an approval vouches for.
 */
export interface GateSpec<I extends GatedInput, Target extends { booking: Booking }> {
  /** The mutation's name: with the principal, the scope its idempotency keys live in. */
  operation: string;
  /** The ledger's name for this action (`booking.status.cancel`). */
  actionName: (input: I) => string;
  /**
   * The booking the action is on: named by the input (routed before the transaction opens), or
   * found through a part inside it.
   */
  booking: { fromInput: (input: I) => string } | { find: (em: SqlEntityManager, input: I) => Promise<string> };
  /** Loads the target; `read` for a request for approval, which must not block the booking's writers. */
  load: (em: SqlEntityManager, input: I, bookingId: string, access: TargetAccess) => Promise<Target>;
  /** What an approval vouches for: if it moves between request and execution, the approval no longer holds. */
  snapshot: (target: Target) => Record<string, unknown>;
}

/** What the gate hands a gated action's own steps: the admitted approval, if it executes one. */
export interface GateStep<I, Target> {
  em: SqlEntityManager;
  scope: ServiceScope;
  input: I;
  target: Target;
  at: Date;
  approval: ActionApproval | null;
}

/**
 * The action's own guards, run after admission and before anything is written: the change it would
 * make and the facts the ledger records about it, or `{ unchanged: true }` when it would change
 * nothing (nothing is then requested or recorded).
 */
export type PlannedChange<Change> = { change: Change; facts: Record<string, unknown> } | { unchanged: true };

export interface GatedSteps<I, Target, Change> {
  plan: (step: GateStep<I, Target>) => PlannedChange<Change> | Promise<PlannedChange<Change>>;
  /** The writes of an admitted action; the gate records its execution once, after them. */
  apply: (step: GateStep<I, Target>, change: Change) => void | Promise<void>;
}

/** A gated service as resolvers call it. */
export type GatedService<I> = (scope: ServiceScope, input: I) => Promise<{ bookingId: string } | BusinessOutcome>;

/**
 * Wraps a gated action: plan (route, no I/O) → load → fingerprint → admit → the action's guards →
 * request approval or apply → record the execution once, all in one publishing unit of work. Every
 * path through the approval policy (docs/approvals.md) lives here; the action only says what it
 * loads, checks and writes.
 */
export function gated<I extends GatedInput, Target extends { booking: Booking }, Change>(
  spec: GateSpec<I, Target>,
  steps: GatedSteps<I, Target, Change>,
): GatedService<I> {
  const planFor = (scope: ServiceScope, input: I, bookingId: string) =>
    planAction(scope, bookingCommand(spec.operation, spec.actionName(input), bookingId, input));

  async function run(em: SqlEntityManager, scope: ServiceScope, input: I, planned: ActionPlan) {
    const bookingId = planned.command.target.id;
    const access: TargetAccess = planned.route.kind === 'request' ? 'read' : 'lock';
    const target = await spec.load(em, input, bookingId, access);
    const at = scope.clock.now();
    const plan = settleAction(planned, bookingFacts(target.booking, at));
    const print = fingerprintFor(plan, spec.snapshot(target));
    const approval = await admitExecution(em, plan, print);
    const step: GateStep<I, Target> = { em, scope, input, target, at, approval };
    const change = await steps.plan(step);
    if ('unchanged' in change) return { bookingId };
    if (plan.route.kind === 'request') return requestApproval(em, plan, plan.route, print, change.facts);
    await steps.apply(step, change.change);
    recordExecution(em, plan, print, approval, change.facts);
    return { bookingId };
  }

  const { booking } = spec;
  if ('fromInput' in booking) {
    return async (scope, input) => {
      const planned = planFor(scope, input, booking.fromInput(input));
      if (isBusinessOutcome(planned)) return planned;
      return runPublishingUnitOfWork(scope, (em) => run(em, scope, input, planned));
    };
  }
  return (scope, input) =>
    runPublishingUnitOfWork(scope, async (em) => {
      const planned = planFor(scope, input, await booking.find(em, input));
      if (isBusinessOutcome(planned)) return fail(planned);
      return run(em, scope, input, planned);
    });
}
