import { CallHolder, type HeldCall } from '../held-calls';
import { RequirementsUnavailable, type BookingQuestionnaire, type RequirementsPort } from '../requirements-port';

/** What the next calls do instead of answering: as if the catalog were down, or as if it had timed out. */
export type RequirementsFault = 'unavailable' | 'timeout';

const FAULT_REASONS = { unavailable: 'unreachable', timeout: 'timeout' } as const;

/**
 * The requirements port for tests and local runs: questionnaires from an in-memory table by option id,
 * one recorded call per `questionnaires`, and the same fault injection as the in-process pricing port.
 */
export class InProcessRequirements implements RequirementsPort {
  /** Every call's option ids, in call order; a fault still records the call. */
  readonly calls: string[][] = [];
  private readonly table = new Map<string, BookingQuestionnaire>();
  private fault: RequirementsFault | null = null;
  private readonly holder = new CallHolder();

  constructor(seed: readonly BookingQuestionnaire[] = []) {
    this.seed(...seed);
  }

  /** Adds or replaces the questionnaire of each one's option. */
  seed(...questionnaires: readonly BookingQuestionnaire[]): this {
    for (const questionnaire of questionnaires) this.table.set(questionnaire.optionId, questionnaire);
    return this;
  }

  /** Every later call fails with `fault` until `failWith(null)`. */
  failWith(fault: RequirementsFault | null): this {
    this.fault = fault;
    return this;
  }

  /** Holds the next call before it answers, so a test can act while a remote call is in flight. */
  holdNextCall(): HeldCall {
    return this.holder.holdNext();
  }

  async questionnaires(optionIds: string[]): Promise<(BookingQuestionnaire | null)[]> {
    this.calls.push([...optionIds]);
    await this.holder.pass();
    if (this.fault) throw new RequirementsUnavailable(FAULT_REASONS[this.fault]);
    // Copies, so a caller that changes its answer cannot change the table.
    return optionIds.map((optionId) => {
      const questionnaire = this.table.get(optionId);
      return questionnaire ? structuredClone(questionnaire) : null;
    });
  }
}
