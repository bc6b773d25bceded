import { z } from 'zod';
import type { FinancePort } from './finance-port';
import { callSagaPort, type RemoteSubgraph } from './saga-port-call';
import { PortFailure } from './port-failure';

const amount = z.object({ amountCents: z.number().int(), currency: z.string() });

const REFUNDABLE = `query BookingsRefundable($bookingId: ID!, $currency: String!) {
  refundableAmount(bookingId: $bookingId, currency: $currency) { amountCents currency }
}`;
const CREATE = `mutation BookingsCreateCreditNote($input: CreateCreditNoteInput!) {
  createCreditNote(input: $input) { id }
}`;
const VOID = `mutation BookingsVoidCreditNote($input: VoidCreditNoteInput!) { voidCreditNote(input: $input) }`;

function parsed<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new PortFailure('PROVIDER_UNAVAILABLE', 'finance answered in an unexpected shape');
  return result.data;
}

/** FinancePort over the finance subgraph (FINANCE_URL; examples/supergraph/finance implements it). */
export function federatedFinance(remote: RemoteSubgraph): FinancePort {
  return {
    async refundableAmount({ bookingId, currency }) {
      const data = await callSagaPort(remote, 'finance', REFUNDABLE, { bookingId, currency });
      return parsed(z.object({ refundableAmount: amount }), data).refundableAmount;
    },
    async createCreditNote(request) {
      const input = {
        idempotencyKey: request.idempotencyKey,
        bookingId: request.bookingId,
        amountCents: request.amount.amountCents,
        currency: request.amount.currency,
      };
      const data = await callSagaPort(remote, 'finance', CREATE, { input });
      return {
        creditNoteId: parsed(z.object({ createCreditNote: z.object({ id: z.string() }) }), data).createCreditNote.id,
      };
    },
    async voidCreditNote(request) {
      await callSagaPort(remote, 'finance', VOID, {
        input: { idempotencyKey: request.idempotencyKey, creditNoteId: request.creditNoteId },
      });
    },
  };
}
