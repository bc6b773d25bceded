import type { Logger } from 'pino';
import { resolveJwtSecret } from './auth/dev-secret';
import { createTokenVerifier } from './auth/token-verifier';
import { systemClock } from './clock';
import type { Config } from './config';
import { openDatabase } from './db/database';
import { provisionDatabase } from './db/provision';
import { createApp } from './server';

export interface RunningBookings {
  port: number;
  /** The GraphQL endpoint on loopback, for a local router. */
  url: string;
  /** Finishes in-flight requests, then closes the database and any embedded PostgreSQL. */
  stop(): Promise<void>;
}

/**
 * Boots the subgraph as `npm start` does: database (DATABASE_URL or embedded) → migrations →
 * HTTP server on `config.port`. Shared by `src/main.ts` and `npm run supergraph`.
 */
export async function startBookings(config: Config, logger: Logger): Promise<RunningBookings> {
  const provisioned = await provisionDatabase(config.databaseUrl, config.dataDir, logger);
  // An embedded PostgreSQL outlives a failed boot unless it is stopped here.
  const stopEmbedded = async () => {
    if (provisioned.embedded) await provisioned.embedded.stop();
  };
  const database = await openDatabase(provisioned.url).catch(async (error: unknown) => {
    await stopEmbedded();
    throw error;
  });
  try {
    const jwtSecret = resolveJwtSecret(config.auth, config.dataDir, config.production);
    if (!config.auth.jwtSecret && !config.auth.jwksUrl) logger.warn('using the development token secret from the data directory (npm run token)');
    const app = await createApp({
      config,
      database,
      clock: systemClock,
      verifyToken: createTokenVerifier({ ...config.auth, jwtSecret }),
      logger,
    });
    const port = await app.listen(config.port);
    return {
      port,
      url: `http://127.0.0.1:${port}/graphql`,
      stop: async () => {
        await app.stop();
        await database.close();
        await stopEmbedded();
      },
    };
  } catch (error) {
    await database.close();
    await stopEmbedded();
    throw error;
  }
}
