import { z } from 'zod';
import { callSubgraph } from '../graphql-call';
import {
  RequirementsUnavailable,
  type BookingQuestionnaire,
  type QuestionTrigger,
  type RequirementsPort,
} from '../requirements-port';
import type { SystemTokenSource } from '../system-token';

// Through `_entities`, as the router would ask: the option is a stable entity and the field takes no arguments.
const QUESTIONNAIRES_QUERY = `query BookingsQuestionnaires($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on ProductOption {
      id
      bookingQuestionnaire {
        optionId
        questions {
          id label fieldType target isRequired optionOverride
          options { value label }
          triggers { kind unitId optionId extraProductId minQuantity mode }
        }
        contactRequirements { field target mode }
      }
    }
  }
}`;

const FIELD_TYPES = [
  'TEXT',
  'TEXTAREA',
  'NUMBER',
  'EMAIL',
  'PHONE',
  'DATE',
  'COUNTRY',
  'SELECT',
  'MULTI_SELECT',
  'BOOLEAN',
  'FILE',
] as const;
const TARGETS = ['TRAVELER', 'LEAD_TRAVELER', 'BOOKING', 'BOOKER', 'EXTRA', 'SERVICE'] as const;
const MODES = ['REQUIRED', 'OPTIONAL', 'HIDDEN'] as const;
const id = z.string().min(1);
const minQuantity = z.number().int().min(0).nullable();

// One GraphQL shape for every kind; each kind must carry its own reference, or the trigger could never fire.
const triggerSchema = z
  .object({
    kind: z.enum(['UNIT', 'OPTION', 'EXTRA']),
    unitId: id.nullable(),
    optionId: id.nullable(),
    extraProductId: id.nullable(),
    minQuantity,
    mode: z.enum(MODES),
  })
  .transform((trigger, context): QuestionTrigger => {
    const { kind, mode } = trigger;
    if (kind === 'UNIT' && trigger.unitId)
      return { kind, unitId: trigger.unitId, minQuantity: trigger.minQuantity, mode };
    if (kind === 'OPTION' && trigger.optionId) return { kind, optionId: trigger.optionId, mode };
    if (kind === 'EXTRA' && trigger.extraProductId) {
      return { kind, extraProductId: trigger.extraProductId, minQuantity: trigger.minQuantity, mode };
    }
    context.addIssue({ code: 'custom', message: `a ${kind} trigger without its reference` });
    return z.NEVER;
  });

const questionnaireSchema = z.object({
  optionId: id,
  questions: z.array(
    z.object({
      id,
      label: z.string(),
      fieldType: z.enum(FIELD_TYPES),
      target: z.enum(TARGETS),
      isRequired: z.boolean(),
      optionOverride: z.enum(MODES).nullable(),
      options: z.array(z.object({ value: z.string(), label: z.string() })),
      triggers: z.array(triggerSchema),
    }),
  ),
  contactRequirements: z.array(
    z.object({
      field: z.string().min(1),
      target: z.enum(['CONTACT', 'TRAVELER', 'LEAD_TRAVELER']),
      mode: z.enum(MODES),
    }),
  ),
});

const entitySchema = z.object({ id, bookingQuestionnaire: questionnaireSchema.nullable() }).nullable();

export interface FederatedRequirementsOptions {
  /** CATALOG_URL. */
  url: string;
  /** PORT_TIMEOUT_MS: the whole call, token, connect and body included. */
  timeoutMs: number;
  systemToken?: SystemTokenSource;
}

/**
 * The requirements port over one `_entities` call on `ProductOption.bookingQuestionnaire` (design §3).
 * Each option is asked for once however often it is listed; answers come back by position. An option
 * the catalog knows without a questionnaire asks nothing (empty lists); one it does not know is null.
 * Every failure is `RequirementsUnavailable`, so enforcement fails closed.
 */
export function federatedRequirements(options: FederatedRequirementsOptions): RequirementsPort {
  return {
    async questionnaires(optionIds: string[]): Promise<(BookingQuestionnaire | null)[]> {
      if (optionIds.length === 0) return [];
      const distinct = [...new Set(optionIds)];
      const result = await callSubgraph({
        url: options.url,
        query: QUESTIONNAIRES_QUERY,
        variables: { representations: distinct.map((optionId) => ({ __typename: 'ProductOption', id: optionId })) },
        timeoutMs: options.timeoutMs,
        systemToken: options.systemToken,
      });
      if (!result.ok) throw new RequirementsUnavailable(result.failure);
      const parsed = z.object({ _entities: z.array(entitySchema).length(distinct.length) }).safeParse(result.data);
      if (!parsed.success) throw new RequirementsUnavailable('invalid_response');
      const byOption = new Map<string, BookingQuestionnaire | null>();
      for (const [index, entity] of parsed.data._entities.entries()) {
        const optionId = distinct[index];
        // Positional answers: another option's questions would check the booking against the wrong rules.
        if (
          entity !== null &&
          (entity.id !== optionId || (entity.bookingQuestionnaire?.optionId ?? optionId) !== optionId)
        ) {
          throw new RequirementsUnavailable('invalid_response');
        }
        byOption.set(
          optionId,
          entity && (entity.bookingQuestionnaire ?? { optionId, questions: [], contactRequirements: [] }),
        );
      }
      return optionIds.map((optionId) => byOption.get(optionId) ?? null);
    },
  };
}
