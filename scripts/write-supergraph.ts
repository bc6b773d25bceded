/**
 * Composes the supergraph the gateway serves and writes it to the path given (stdout without one).
 * Routing URLs come from BOOKINGS_ROUTING_URL, RELATIONSHIPS_ROUTING_URL, QUOTES_ROUTING_URL and
 * CATALOG_ROUTING_URL, so
 * the same script serves compose.yaml (service names) and a laptop (rover.yaml's localhost URLs).
 */
import { writeFileSync } from 'node:fs';
import {
  SUPERGRAPH_SUBGRAPHS,
  composeSupergraph,
  subgraphSources,
  type SubgraphName,
} from '../examples/supergraph/compose';

function routingUrls(env: NodeJS.ProcessEnv): Partial<Record<SubgraphName, string>> {
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUPERGRAPH_SUBGRAPHS) {
    const variable = `${name.toUpperCase()}_ROUTING_URL`;
    const value = env[variable]?.trim();
    if (!value) continue;
    if (!URL.canParse(value)) throw new Error(`${variable} must be a URL, got "${value}"`);
    urls[name] = value;
  }
  return urls;
}

function main(): void {
  const { supergraphSdl, hints } = composeSupergraph(subgraphSources(routingUrls(process.env)));
  for (const hint of hints) process.stderr.write(`composition hint: ${hint.message}\n`);
  const target = process.argv[2];
  if (target) writeFileSync(target, supergraphSdl);
  else process.stdout.write(supergraphSdl);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
