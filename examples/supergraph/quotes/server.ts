import { parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { readSdlBeside, serveSubgraph, type ListenAddress, type RunningSubgraph } from '../shared/subgraph-host';
import { QUOTES, QUOTE_VERSIONS, type QuoteRecord, type QuoteVersionRecord } from './seed';

interface EntityReference {
  id: string;
}

/** Builds the quotes example subgraph schema (Quote, QuoteVersion). */
export function buildQuotesSchema(): GraphQLSchema {
  // Lookups are synchronous map reads, so per-request DataLoader batching would buy nothing here.
  const quotes: ReadonlyMap<string, QuoteRecord> = new Map(QUOTES.map((quote) => [quote.id, quote]));
  const versions: ReadonlyMap<string, QuoteVersionRecord> = new Map(
    QUOTE_VERSIONS.map((version) => [version.id, version]),
  );
  const versionsByQuote = new Map<string, QuoteVersionRecord[]>();
  for (const version of QUOTE_VERSIONS) {
    const siblings = versionsByQuote.get(version.quoteId) ?? [];
    siblings.push(version);
    versionsByQuote.set(version.quoteId, siblings);
  }
  for (const siblings of versionsByQuote.values()) {
    siblings.sort((a, b) => a.versionNumber - b.versionNumber);
  }

  const quoteOf = (version: QuoteVersionRecord): QuoteRecord => {
    const quote = quotes.get(version.quoteId);
    // `quote` is non-null in the schema, so a dangling reference is a seed bug worth failing loudly on.
    if (quote === undefined) throw new Error(`Quote ${version.quoteId} missing for version ${version.id}`);
    return quote;
  };

  const resolvers = {
    Query: {
      quote: (_root: unknown, args: { id: string }): QuoteRecord | null => quotes.get(args.id) ?? null,
      quoteVersion: (_root: unknown, args: { id: string }): QuoteVersionRecord | null => versions.get(args.id) ?? null,
    },
    Quote: {
      __resolveReference: (reference: EntityReference): QuoteRecord | null => quotes.get(reference.id) ?? null,
      versions: (quote: QuoteRecord): readonly QuoteVersionRecord[] => versionsByQuote.get(quote.id) ?? [],
    },
    QuoteVersion: {
      __resolveReference: (reference: EntityReference): QuoteVersionRecord | null => versions.get(reference.id) ?? null,
      quote: quoteOf,
    },
  };

  return buildSubgraphSchema([{ typeDefs: parse(readSdlBeside(__dirname, 'schema.graphql')), resolvers }]);
}

/** Starts the quotes subgraph at `address` (loopback unless a host is given); `port` 0 picks any free port. */
export function startQuotesSubgraph(address: ListenAddress): Promise<RunningSubgraph> {
  return serveSubgraph(buildQuotesSchema(), address);
}
