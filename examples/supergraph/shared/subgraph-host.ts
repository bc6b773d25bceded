import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { listenHost } from '../../../src/config';

/** A running example subgraph: its GraphQL endpoint and a way to shut it down. */
export interface RunningSubgraph {
  url: string;
  stop(): Promise<void>;
}

/**
 * Reads an SDL file that sits beside the module in `moduleDir`.
 *
 * `tsc` does not copy `.graphql` files into `dist/`, so when the compiled module runs from
 * `dist/examples/...` the file is looked up in the matching source folder instead.
 */
export function readSdlBeside(moduleDir: string, fileName: string): string {
  const candidates = [join(moduleDir, fileName)];
  const segments = moduleDir.split(sep);
  const distIndex = segments.lastIndexOf('dist');
  if (distIndex >= 0) {
    const sourceDir = [...segments.slice(0, distIndex), ...segments.slice(distIndex + 1)].join(sep);
    candidates.push(join(sourceDir, fileName));
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(`SDL file ${fileName} not found; looked in: ${candidates.join(', ')}`);
  }
  return readFileSync(found, 'utf8');
}

/** Where an example listens: `port` 0 lets the OS choose a free port, so parallel test runs never collide. */
export interface ListenAddress {
  port: number;
  /** Loopback unless given: the examples hold no secrets, but nothing outside the machine needs them either. */
  host?: string;
}

/** Serves `schema` over HTTP at `address`, with any extra `plugins` (fault injection, request logs). */
export async function serveSubgraph(
  schema: GraphQLSchema,
  address: ListenAddress,
  plugins: ApolloServerPlugin[] = [],
  // Subgraphs that read request headers (finance verifies checkout capabilities) take them from here.
  context?: (headers: Readonly<Record<string, string | string[] | undefined>>) => Promise<object>,
): Promise<RunningSubgraph> {
  const server = new ApolloServer({
    schema,
    // Federation tests don't need ftv1 traces, and the plugin logs a line at every start.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...plugins],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: address.port, host: address.host ?? DEFAULT_HOST },
    context: async ({ req }) => (context ? context(req.headers) : {}),
  });
  return {
    url,
    // startStandaloneServer installs a drain plugin, so stopping Apollo also closes the socket.
    stop: () => server.stop(),
  };
}

export const DEFAULT_HOST = '127.0.0.1';

/** Reads a TCP port from the environment variable `name`, falling back to `fallback` when unset. */
export function readPort(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new Error(`${name} must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

/** Reads HOST as the subgraph's own config does: an IP address or hostname, loopback when unset. */
export function readHost(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = listenHost.safeParse(env.HOST);
  if (!parsed.success) throw new Error(`HOST ${parsed.error.issues[0]?.message ?? 'is invalid'}, got "${env.HOST}"`);
  return parsed.data ?? DEFAULT_HOST;
}

/**
 * Starts a subgraph from a CLI entry point and prints where it listens.
 *
 * Shutdown is left to Apollo Server: outside NODE_ENV=test it stops on SIGINT/SIGTERM and then
 * re-raises the signal, so a handler here would race it.
 */
export async function runSubgraphMain(name: string, start: () => Promise<RunningSubgraph>): Promise<void> {
  const subgraph = await start();
  console.log(`${name} subgraph ready at ${subgraph.url}`);
}
