import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';

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

/**
 * Serves `schema` over HTTP on 127.0.0.1. `port` 0 lets the OS choose a free port, which
 * tests rely on so parallel runs never collide.
 */
export async function serveSubgraph(schema: GraphQLSchema, port: number): Promise<RunningSubgraph> {
  const server = new ApolloServer({
    schema,
    // Federation tests don't need ftv1 traces, and the plugin logs a line at every start.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return {
    url,
    // startStandaloneServer installs a drain plugin, so stopping Apollo also closes the socket.
    stop: () => server.stop(),
  };
}

/** Reads a TCP port from an environment variable, falling back to `fallback` when unset. */
export function readPort(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
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
