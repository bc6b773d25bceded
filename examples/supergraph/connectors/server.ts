import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { FaultQueue, isFaultCode } from '../shared/faults';
import { readSdlBeside, serveSubgraph, type ListenAddress, type RunningSubgraph } from '../shared/subgraph-host';

export interface ExternalHoldRecord {
  providerRef: string;
  provider: string;
  idempotencyKey: string;
  status: 'held' | 'released';
  holdExpiresAt: string | null;
}

/** The providers the example connectors serve. */
export const EXAMPLE_PROVIDERS = ['acme-hotels', 'danube-boats'] as const;

/** The example connectors' memory, open to tests: holds and reversals by key, call counts, faults. */
export class ConnectorsState {
  readonly holdsByKey = new Map<string, ExternalHoldRecord>();
  readonly reversalsByKey = new Map<string, { bookingId: string; reversed: string[] }>();
  readonly faults = new FaultQueue();
  readonly calls = { reserve: 0, release: 0, reverse: 0 };
  providers: ReadonlySet<string> = new Set(EXAMPLE_PROVIDERS);
  /** Minutes a provider keeps a hold; null: no deadline. */
  holdMinutes: number | null = 60;
}

interface ReserveInput {
  idempotencyKey: string;
  provider: string;
}

/** Builds the connectors example subgraph over `state`. */
export function buildConnectorsSchema(state: ConnectorsState, now: () => Date = () => new Date()): GraphQLSchema {
  const resolvers = {
    Query: {
      externalHolds: (_root: unknown, args: { provider?: string | null }) =>
        [...state.holdsByKey.values()].filter((hold) => !args.provider || hold.provider === args.provider),
    },
    Mutation: {
      reserveExternalHold: (_root: unknown, { input }: { input: ReserveInput }) => {
        state.calls.reserve += 1;
        state.faults.take('reserve');
        if (!state.providers.has(input.provider))
          throw new GraphQLError(`unknown provider ${input.provider}`, { extensions: { code: 'REJECTED' } });
        const existing = state.holdsByKey.get(input.idempotencyKey);
        if (existing) return existing;
        const holdExpiresAt =
          state.holdMinutes === null ? null : new Date(now().getTime() + state.holdMinutes * 60_000).toISOString();
        const hold: ExternalHoldRecord = {
          providerRef: `xh_${state.holdsByKey.size + 1}`,
          provider: input.provider,
          idempotencyKey: input.idempotencyKey,
          status: 'held',
          holdExpiresAt,
        };
        state.holdsByKey.set(input.idempotencyKey, hold);
        return hold;
      },
      releaseExternalHold: (_root: unknown, { input }: { input: { idempotencyKey: string } }) => {
        state.calls.release += 1;
        state.faults.take('release');
        const hold = state.holdsByKey.get(input.idempotencyKey);
        if (hold) hold.status = 'released';
        return true;
      },
      reverseSupplierServices: (
        _root: unknown,
        { input }: { input: { idempotencyKey: string; bookingId: string; lines: { supplierStatusId: string }[] } },
      ) => {
        state.calls.reverse += 1;
        state.faults.take('reverse');
        const existing = state.reversalsByKey.get(input.idempotencyKey);
        const reversal = existing ?? {
          bookingId: input.bookingId,
          reversed: input.lines.map((line) => line.supplierStatusId),
        };
        state.reversalsByKey.set(input.idempotencyKey, reversal);
        return { idempotencyKey: input.idempotencyKey, ...reversal };
      },
      injectConnectorFault: (_root: unknown, args: { operation: string; code: string; times: number }) => {
        if (!isFaultCode(args.code)) return false;
        state.faults.inject(args.operation, args.code, args.times);
        return true;
      },
    },
    ExternalHold: {
      __resolveReference: (reference: { providerRef: string }) =>
        [...state.holdsByKey.values()].find((hold) => hold.providerRef === reference.providerRef) ?? null,
    },
  };
  return buildSubgraphSchema([{ typeDefs: parse(readSdlBeside(__dirname, 'schema.graphql')), resolvers }]);
}

export interface RunningConnectors extends RunningSubgraph {
  state: ConnectorsState;
}

/** Starts the connectors subgraph at `address`; `port` 0 picks any free port. */
export async function startConnectorsSubgraph(
  address: ListenAddress,
  state = new ConnectorsState(),
  now?: () => Date,
): Promise<RunningConnectors> {
  return { ...(await serveSubgraph(buildConnectorsSchema(state, now), address)), state };
}
