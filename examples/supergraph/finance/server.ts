import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { FaultQueue, isFaultCode } from '../shared/faults';
import { readSdlBeside, serveSubgraph, type ListenAddress, type RunningSubgraph } from '../shared/subgraph-host';

export interface CreditNoteRecord {
  id: string;
  bookingId: string;
  amountCents: number;
  currency: string;
  status: 'issued' | 'voided';
  idempotencyKey: string;
}

/** The example finance system's memory, open to tests: notes by key, what each booking was paid, faults. */
export class FinanceLedger {
  readonly notesByKey = new Map<string, CreditNoteRecord>();
  readonly paid = new Map<string, number>();
  readonly faults = new FaultQueue();
  /** Refundable when nothing was set for a booking. */
  defaultPaidCents = 0;
  /** Where bookings publishes its checkout capability keys (`/.well-known/checkout-jwks.json`). */
  checkoutJwksUrl: string | null = null;
  /** Finance's clock for capability expiry; tests share the bookings app's. */
  now: () => Date = () => new Date();

  notesOf(bookingId: string): CreditNoteRecord[] {
    return [...this.notesByKey.values()].filter((note) => note.bookingId === bookingId);
  }

  refundable(bookingId: string): number {
    const credited = this.notesOf(bookingId)
      .filter((note) => note.status === 'issued')
      .reduce((sum, note) => sum + note.amountCents, 0);
    return Math.max(0, (this.paid.get(bookingId) ?? this.defaultPaidCents) - credited);
  }
}

interface CreateInput {
  idempotencyKey: string;
  bookingId: string;
  amountCents: number;
  currency: string;
}

/** Builds the finance example subgraph over `ledger`. */
export function buildFinanceSchema(ledger: FinanceLedger): GraphQLSchema {
  const byId = (id: string) => [...ledger.notesByKey.values()].find((note) => note.id === id) ?? null;
  const resolvers = {
    Query: {
      refundableAmount: (_root: unknown, args: { bookingId: string; currency: string }) => {
        ledger.faults.take('refundableAmount');
        return { amountCents: ledger.refundable(args.bookingId), currency: args.currency };
      },
      creditNote: (_root: unknown, args: { id: string }) => byId(args.id),
    },
    Mutation: {
      createCreditNote: (_root: unknown, { input }: { input: CreateInput }) => {
        ledger.faults.take('createCreditNote');
        const existing = ledger.notesByKey.get(input.idempotencyKey);
        if (existing) return existing;
        const note: CreditNoteRecord = { id: `cn_${ledger.notesByKey.size + 1}`, status: 'issued', ...input };
        ledger.notesByKey.set(input.idempotencyKey, note);
        return note;
      },
      voidCreditNote: (_root: unknown, { input }: { input: { idempotencyKey: string } }) => {
        ledger.faults.take('voidCreditNote');
        const note = ledger.notesByKey.get(input.idempotencyKey);
        if (note) note.status = 'voided';
        return true;
      },
      setPaidAmount: (_root: unknown, args: { bookingId: string; amountCents: number }) => {
        ledger.paid.set(args.bookingId, args.amountCents);
        return true;
      },
      startSessionPayment: (_root: unknown, args: { sessionId: string }, context: FinanceContext) =>
        startSessionPayment(ledger, args.sessionId, context.checkoutCapability),
      injectFinanceFault: (_root: unknown, args: { operation: string; code: string; times: number }) => {
        if (!isFaultCode(args.code)) return false;
        ledger.faults.inject(args.operation, args.code, args.times);
        return true;
      },
    },
    CreditNote: { __resolveReference: (reference: { id: string }) => byId(reference.id) },
    Booking: { creditNotes: (booking: { id: string }) => ledger.notesOf(booking.id) },
  };
  return buildSubgraphSchema([{ typeDefs: parse(readSdlBeside(__dirname, 'schema.graphql')), resolvers }]);
}

interface FinanceContext {
  checkoutCapability: string | null;
}

/** Verifies the capability as finance can: with bookings' public keys only, for `payment:start` on this session. */
async function startSessionPayment(ledger: FinanceLedger, sessionId: string, token: string | null) {
  if (!ledger.checkoutJwksUrl)
    throw new GraphQLError('no checkout JWKS configured', { extensions: { code: 'UNAVAILABLE' } });
  if (!token) throw new GraphQLError('a checkout capability is required', { extensions: { code: 'UNAUTHENTICATED' } });
  const keys = createRemoteJWKSet(new URL(ledger.checkoutJwksUrl));
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      algorithms: ['ES256'],
      audience: 'bookings-checkout',
      typ: 'bookings-checkout+jwt',
      requiredClaims: ['sub', 'jti', 'exp'],
      currentDate: ledger.now(),
    }));
  } catch {
    throw new GraphQLError('the checkout capability is invalid or expired', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  const actions: unknown[] = Array.isArray(payload.act) ? payload.act : [];
  if (payload.sub !== sessionId || !actions.includes('payment:start')) {
    throw new GraphQLError('the capability does not allow payment:start on this session', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return { sessionId, capabilityId: payload.jti };
}

export interface RunningFinance extends RunningSubgraph {
  ledger: FinanceLedger;
}

/** Starts the finance subgraph at `address`; `port` 0 picks any free port. */
export async function startFinanceSubgraph(
  address: ListenAddress,
  ledger = new FinanceLedger(),
): Promise<RunningFinance> {
  const context = async (headers: Readonly<Record<string, string | string[] | undefined>>): Promise<FinanceContext> => {
    const header = headers['checkout-capability'];
    return { checkoutCapability: typeof header === 'string' && header !== '' ? header : null };
  };
  return { ...(await serveSubgraph(buildFinanceSchema(ledger), address, [], context)), ledger };
}
