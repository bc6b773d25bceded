import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

/**
 * The local supergraph: the one list that `npm run supergraph`, the federation tests, client
 * codegen and `rover.yaml` (rendered from it, checked by a test) agree on.
 */
export const SUPERGRAPH_SUBGRAPHS = [
  { name: 'bookings', routingUrl: 'http://localhost:4001/graphql', schemaFile: 'schema.graphql' },
  {
    name: 'relationships',
    routingUrl: 'http://localhost:4002/',
    schemaFile: 'examples/supergraph/relationships/schema.graphql',
  },
  { name: 'quotes', routingUrl: 'http://localhost:4003/', schemaFile: 'examples/supergraph/quotes/schema.graphql' },
  { name: 'catalog', routingUrl: 'http://localhost:4004/', schemaFile: 'examples/supergraph/catalog/schema.graphql' },
  { name: 'finance', routingUrl: 'http://localhost:4005/', schemaFile: 'examples/supergraph/finance/schema.graphql' },
  {
    name: 'connectors',
    routingUrl: 'http://localhost:4006/',
    schemaFile: 'examples/supergraph/connectors/schema.graphql',
  },
] as const;

export type SubgraphName = (typeof SUPERGRAPH_SUBGRAPHS)[number]['name'];

/** Rover's composition version: the @apollo/composition this project pins, so both compose alike. */
export const FEDERATION_VERSION = '=2.14.4';

/** The package does not export its hint class; its result type carries it. */
export type CompositionHint = NonNullable<ReturnType<typeof composeServices>['hints']>[number];

export interface SubgraphSource {
  name: SubgraphName;
  url: string;
  sdl: string;
}

/** The project root, from the sources or from their compiled copy under dist/. */
export function projectRoot(): string {
  let current = __dirname;
  while (!existsSync(join(current, 'package.json'))) {
    const parent = dirname(current);
    if (parent === current) throw new Error(`No package.json above ${__dirname}`);
    current = parent;
  }
  return current;
}

/** Each subgraph's SDL file, routed to `urls[name]` when given (tests listen on free ports). */
export function subgraphSources(urls: Partial<Record<SubgraphName, string>> = {}): SubgraphSource[] {
  const root = projectRoot();
  return SUPERGRAPH_SUBGRAPHS.map((subgraph) => ({
    name: subgraph.name,
    url: urls[subgraph.name] ?? subgraph.routingUrl,
    sdl: readFileSync(join(root, subgraph.schemaFile), 'utf8'),
  }));
}

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Supergraph composition failed:\n${messages.map((message) => `  - ${message}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

export interface ComposedSupergraph {
  supergraphSdl: string;
  /** The schema clients see through the gateway: no federation machinery, no inaccessible parts. */
  apiSdl: string;
  hints: CompositionHint[];
}

/** Composes with @apollo/composition, as `rover supergraph compose` would, without its download. */
export function composeSupergraph(sources: SubgraphSource[]): ComposedSupergraph {
  const result = composeServices(sources.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
    hints: result.hints,
  };
}

/** `rover.yaml` in Rover's supergraph config format, paths relative to the project root. */
export function renderRoverConfig(): string {
  const lines = [
    '# Rover supergraph config: `rover supergraph compose --config rover.yaml`.',
    '# Rendered from examples/supergraph/compose.ts (a test keeps the two equal); edit both together.',
    `federation_version: ${FEDERATION_VERSION}`,
    'subgraphs:',
  ];
  for (const subgraph of SUPERGRAPH_SUBGRAPHS) {
    lines.push(
      `  ${subgraph.name}:`,
      `    routing_url: ${subgraph.routingUrl}`,
      '    schema:',
      `      file: ./${subgraph.schemaFile}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
