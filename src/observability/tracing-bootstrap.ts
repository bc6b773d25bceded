import { startTracingFromEnvironment } from './tracing';

/**
 * Imported first by an entry point so the instrumentations patch `http`, `pg` and `graphql`
 * before anything else loads them.
 */
export const tracing = startTracingFromEnvironment();
