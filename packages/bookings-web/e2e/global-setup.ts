import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startSupergraphProcess } from '../../../test/helpers/supergraph-process';
import { openStorefront } from './storefront-offer';

const JWT_SECRET = 'e2e-tests-secret-that-is-at-least-32-characters-long';
const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_LOG_DIR = fileURLToPath(new URL('../../../test-artifacts/e2e/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    gatewayUrl: string;
    jwtSecret: string;
  }
}

/**
 * The whole stack a person would use: the supergraph (bookings on embedded PostgreSQL, the example subgraphs,
 * the gateway), the web app built for production and served by `vite preview`, /graphql forwarded to the gateway,
 * and a storefront with a departure on sale.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const supergraph = await startSupergraphProcess({ jwtSecret: JWT_SECRET });
  try {
    // vite.config.ts reads where to forward /graphql when it is loaded, i.e. by build() and preview() below.
    process.env.BOOKINGS_GATEWAY_URL = supergraph.gatewayUrl;
    await openStorefront(supergraph.gatewayUrl, JWT_SECRET);
    // Production mode, whatever NODE_ENV the test runner set: the bundle a deployment serves.
    await build({ root: APP_ROOT, logLevel: 'warn', mode: 'production' });
    const server = await preview({
      root: APP_ROOT,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    const address = server.httpServer.address() as AddressInfo;
    project.provide('appUrl', `http://127.0.0.1:${address.port}/`);
    project.provide('gatewayUrl', supergraph.gatewayUrl);
    project.provide('jwtSecret', JWT_SECRET);
    return async () => {
      await server.close();
      await supergraph.stop();
      keepServerLog(supergraph.output());
    };
  } catch (error) {
    await supergraph.stop();
    keepServerLog(supergraph.output());
    throw error;
  }
}

/** A failed browser test shows only what the page saw; the servers' own log says why. */
function keepServerLog(output: string): void {
  mkdirSync(SERVER_LOG_DIR, { recursive: true });
  writeFileSync(`${SERVER_LOG_DIR}supergraph.log`, output);
  // CI shows the console, not the artifacts: the errors are printed too.
  const errors = output.split('\n').filter((line) => /"level":(50|60)/.test(line));
  if (errors.length > 0) console.error(`the supergraph logged ${errors.length} error(s):\n${errors.join('\n')}`);
}
