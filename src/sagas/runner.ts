import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { Clock } from '../clock';
import { BookingSaga } from '../entities/booking-saga.entity';
import type { BookingSagaStep } from '../entities/booking-saga-step.entity';
import type { OutboxRelay } from '../events/outbox';
import type { ServiceScope } from '../services/actor';
import { lockOwnedSaga, loadSteps, sagaState, type SagaState } from './saga-records';
import type { SagaCheckpoint, SagaRuntime } from './runtime';
import { LeaseLost, SimulatedCrash, stepFailureOf, type StepFailure } from './step-failure';
import type { SagaKind, SagaStepStatus } from '../domain/saga-vocabulary';

/** What a run needs besides the saga: where it writes, the time, the ports, who acts. */
export interface SagaEnv {
  em: SqlEntityManager;
  clock: Clock;
  runtime: SagaRuntime;
  config: ServiceScope['config'];
  outbox?: OutboxRelay;
  /** Who the activity rows of this run name: the caller, or the recovering system. */
  actor: Principal;
}

export interface StepContext {
  saga: SagaState;
  env: SagaEnv;
  /** `<sagaId>:<step>`: the key of every port call the step makes. */
  key: string;
  outputOf(name: string): Record<string, unknown> | null;
  /** The step's writes and its success in one transaction, under the lease. */
  commit(work: (em: SqlEntityManager) => Promise<Record<string, unknown>>): Promise<Record<string, unknown>>;
}

export interface CompensationContext {
  saga: SagaState;
  env: SagaEnv;
  key: string;
  step: BookingSagaStep;
  transaction<T>(work: (em: SqlEntityManager) => Promise<T>): Promise<T>;
}

export type CompensationResult =
  { status: 'compensated' } | { status: 'not_compensable' | 'compensation_failed'; code: string; message: string };

export interface StepDefinition {
  name: string;
  lineRef: string | null;
  /** Once it succeeded the saga only rolls forward; an error in it leaves the saga for a retry. */
  pivot?: boolean;
  run(context: StepContext): Promise<void>;
  compensate?(context: CompensationContext): Promise<CompensationResult>;
  /** A keyed remote call may have happened although the step did not record it: undo it all the same. */
  uncertainWhenInterrupted?: boolean;
}

export interface SagaDefinition {
  kind: SagaKind;
  /** What recovery does with an interrupted run. */
  recovery: 'compensate' | 'roll-forward';
  steps(saga: SagaState): StepDefinition[];
  /** The last transaction of a run that failed, after its compensations; `at` is when. */
  closeFailed(em: SqlEntityManager, saga: SagaState, env: SagaEnv, at: Date): Promise<void>;
}

const keyOf = (sagaId: string, step: string) => `${sagaId}:${step}`;

const leaseUntil = (env: SagaEnv) => new Date(env.clock.now().getTime() + env.runtime.leaseSeconds * 1000);

function checkpoint(env: SagaEnv, point: SagaCheckpoint): void {
  env.runtime.hooks.checkpoint?.(point);
}

/** One short transaction on a fresh EntityManager, so no run shares an identity map with another. */
async function transaction<T>(env: SagaEnv, work: (em: SqlEntityManager) => Promise<T>): Promise<T> {
  const result = await env.em.fork().transactional((em) => work(em));
  await env.outbox?.deliverPending();
  return result;
}

async function updateStep(
  env: SagaEnv,
  sagaId: string,
  owner: string,
  seq: number,
  patch: Partial<BookingSagaStep>,
): Promise<void> {
  await transaction(env, async (em) => {
    const at = env.clock.now();
    await lockOwnedSaga(em, sagaId, owner, leaseUntil(env), at);
    const [step] = (await loadSteps(em, sagaId)).filter((candidate) => candidate.seq === seq);
    if (!step) throw new Error(`Saga ${sagaId} has no step ${seq}`);
    Object.assign(step, patch, { updatedAt: at });
  });
}

async function load(env: SagaEnv, sagaId: string): Promise<{ saga: BookingSaga; steps: BookingSagaStep[] }> {
  const em = env.em.fork();
  const saga = await em.findOneOrFail(BookingSaga, { id: sagaId });
  return { saga, steps: await loadSteps(em, sagaId) };
}

/**
 * Runs the saga's remaining steps in order, each marked running (and the lease renewed) in its own
 * transaction before its side effect. An expected failure compensates what is done; an error in
 * or after the pivot leaves the run to be retried. Crashes and a lost lease stop it where it is.
 */
export async function driveForward(
  env: SagaEnv,
  definition: SagaDefinition,
  sagaId: string,
  owner: string,
): Promise<void> {
  const { saga, steps } = await load(env, sagaId);
  const state = sagaState(saga);
  const definitions = definition.steps(state);
  const outputs = new Map(
    steps.filter((step) => step.status === 'succeeded').map((step) => [step.name, step.output ?? {}]),
  );
  let pivotReached = saga.pivotReached;
  for (const [seq, step] of steps.entries()) {
    if (step.status === 'succeeded') continue;
    const stepDefinition = definitions[seq];
    if (!stepDefinition || stepDefinition.name !== step.name)
      throw new Error(`Saga ${sagaId} step ${seq} is not ${step.name}`);
    await updateStep(env, sagaId, owner, seq, {
      status: 'running',
      attempt: step.attempt + 1,
      startedAt: env.clock.now(),
    });
    const last = seq === steps.length - 1;
    const context: StepContext = {
      saga: state,
      env,
      key: keyOf(sagaId, step.name),
      outputOf: (name) => outputs.get(name) ?? null,
      commit: async (work) => {
        checkpoint(env, { sagaId, kind: state.kind, step: step.name, phase: 'before-commit' });
        const output = await transaction(env, async (em) => {
          const at = env.clock.now();
          const locked = await lockOwnedSaga(em, sagaId, owner, leaseUntil(env), at);
          const written = await work(em);
          const [row] = (await loadSteps(em, sagaId)).filter((candidate) => candidate.seq === seq);
          if (!row) throw new Error(`Saga ${sagaId} has no step ${seq}`);
          Object.assign(row, {
            status: 'succeeded',
            output: written,
            errorCode: null,
            errorMessage: null,
            finishedAt: at,
            updatedAt: at,
          });
          if (stepDefinition.pivot) locked.pivotReached = true;
          // The last step finishes the saga in its own transaction: recovery never meets a done run as interrupted.
          if (last)
            Object.assign(locked, { status: 'succeeded', leaseOwner: null, leaseExpiresAt: null, finishedAt: at });
          return written;
        });
        outputs.set(step.name, output);
        checkpoint(env, { sagaId, kind: state.kind, step: step.name, phase: 'after-commit' });
        return output;
      },
    };
    try {
      await stepDefinition.run(context);
      pivotReached ||= stepDefinition.pivot === true;
    } catch (error) {
      if (error instanceof SimulatedCrash || error instanceof LeaseLost) throw error;
      if (pivotReached || stepDefinition.pivot) throw error;
      const failure = stepFailureOf(error);
      if (failure.code === 'INTERNAL')
        env.runtime.logger?.error({ err: error, sagaId, step: step.name }, 'a saga step failed unexpectedly');
      await updateStep(env, sagaId, owner, seq, {
        status: 'failed',
        errorCode: failure.code,
        errorMessage: failure.message,
        finishedAt: env.clock.now(),
      });
      await compensate(env, definition, sagaId, owner, failure);
      return;
    }
  }
}

const UNDO_CANDIDATES: readonly SagaStepStatus[] = ['succeeded', 'running', 'failed', 'compensation_failed'];

/**
 * Undoes the run's done steps in reverse order. A compensation that fails is recorded and the
 * others still run; the saga ends FAILED, or COMPENSATION_FAILED when anything could not be undone.
 */
export async function compensate(
  env: SagaEnv,
  definition: SagaDefinition,
  sagaId: string,
  owner: string,
  failure: StepFailure | null,
): Promise<void> {
  await transaction(env, async (em) => {
    const saga = await lockOwnedSaga(em, sagaId, owner, leaseUntil(env), env.clock.now());
    saga.status = 'compensating';
    if (failure) Object.assign(saga, { failureCode: failure.code, failureMessage: failure.message });
  });
  const { saga, steps } = await load(env, sagaId);
  const state = sagaState(saga);
  const definitions = definition.steps(state);
  let incomplete = false;
  for (const step of [...steps].reverse()) {
    if (!UNDO_CANDIDATES.includes(step.status)) {
      incomplete ||= step.status === 'not_compensable';
      continue;
    }
    const stepDefinition = definitions[step.seq];
    const done =
      step.status === 'succeeded' ||
      step.status === 'compensation_failed' ||
      (stepDefinition?.uncertainWhenInterrupted ?? false);
    if (!stepDefinition?.compensate || !done) {
      // Nothing of it was committed (a database step rolls back whole), or it needs no undoing.
      if (step.status === 'running')
        await updateStep(env, sagaId, owner, step.seq, {
          status: 'failed',
          errorCode: 'INTERRUPTED',
          finishedAt: env.clock.now(),
        });
      continue;
    }
    checkpoint(env, { sagaId, kind: state.kind, step: step.name, phase: 'before-compensation' });
    let result: CompensationResult;
    try {
      result = await stepDefinition.compensate({
        saga: state,
        env,
        key: keyOf(sagaId, step.name),
        step,
        transaction: (work) => transaction(env, work),
      });
    } catch (error) {
      if (error instanceof SimulatedCrash || error instanceof LeaseLost) throw error;
      const why = stepFailureOf(error);
      result = { status: 'compensation_failed', code: why.code, message: why.message };
    }
    incomplete ||= result.status !== 'compensated';
    await updateStep(env, sagaId, owner, step.seq, {
      status: result.status,
      compensationCode: result.status === 'compensated' ? null : result.code,
      compensationMessage: result.status === 'compensated' ? null : result.message,
      finishedAt: env.clock.now(),
    });
  }
  await transaction(env, async (em) => {
    const at = env.clock.now();
    const locked = await lockOwnedSaga(em, sagaId, owner, leaseUntil(env), at);
    await definition.closeFailed(em, state, env, at);
    Object.assign(locked, {
      status: incomplete ? 'compensation_failed' : 'failed',
      leaseOwner: null,
      leaseExpiresAt: null,
      finishedAt: at,
    });
  });
}
