import type { TestProject } from 'vitest/node';
import { startSupergraphProcess } from '../../../test/helpers/supergraph-process';

const JWT_SECRET = 'client-tests-secret-that-is-at-least-32-characters';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    jwtSecret: string;
  }
}

/** One real supergraph (bookings on embedded PostgreSQL, the examples, a gateway) for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const supergraph = await startSupergraphProcess({ jwtSecret: JWT_SECRET });
  project.provide('gatewayUrl', supergraph.gatewayUrl);
  project.provide('jwtSecret', supergraph.jwtSecret);
  return () => supergraph.stop();
}
