import type { EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>).__BOOKINGS_TEST_PG__ as EmbeddedPostgresHandle | undefined;
  if (server) await server.stop();
}
