import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { signToken } from '../../src/auth/token-verifier';
import { spawnBookings, type SpawnedBookings } from '../helpers/spawn-bookings';
import { createTestDatabase } from '../helpers/test-database';
import { listenOnLoopback } from '../helpers/loopback';

const SECRET = 'tracing-test-secret-of-at-least-32-characters';
const ROOT = join(__dirname, '..', '..');

interface ExportedSpan {
  scope: string;
  name: string;
  service: string | undefined;
}

interface OtlpAttribute {
  key: string;
  value?: { stringValue?: string };
}

interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { scope?: { name?: string }; spans?: { name?: string }[] }[];
  }[];
}

/** A minimal OTLP/HTTP collector: it keeps every span POSTed to /v1/traces (JSON encoding). */
function otlpReceiver(): {
  server: Server;
  spans: ExportedSpan[];
  arrived(check: (spans: ExportedSpan[]) => boolean): Promise<void>;
} {
  const spans: ExportedSpan[] = [];
  const waiters: { check: (spans: ExportedSpan[]) => boolean; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')
            ?.value?.stringValue;
          for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
            for (const span of scopeSpans.spans ?? [])
              spans.push({ scope: scopeSpans.scope?.name ?? '', name: span.name ?? '', service });
          }
        }
        for (const waiter of waiters.splice(0)) {
          if (waiter.check(spans)) waiter.resolve();
          else waiters.push(waiter);
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return {
    server,
    spans,
    arrived: (check) =>
      check(spans) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ check, resolve })),
  };
}

const hasScope = (scope: string) => (spans: ExportedSpan[]) => spans.some((span) => span.scope === scope);

describe('OpenTelemetry tracing', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let receiver: ReturnType<typeof otlpReceiver>;
  let bookings: SpawnedBookings;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = otlpReceiver();
    const port = await listenOnLoopback(receiver.server);
    bookings = await spawnBookings({
      DATABASE_URL: database.url,
      AUTH_JWT_SECRET: SECRET,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_SERVICE_NAME: 'bookings-under-test',
      // Export batches every 50 ms instead of every 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '50',
      // Types are checked by tsc; the process only has to run.
      TS_NODE_TRANSPILE_ONLY: '1',
    }).ready;
  }, 180_000);
  afterAll(async () => {
    if (bookings.child.exitCode === null) {
      bookings.child.kill('SIGTERM');
      await bookings.exited;
    }
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    await database.drop();
  });

  it('exports HTTP, GraphQL and pg spans over OTLP/HTTP for a GraphQL request', async () => {
    const token = await signToken(SECRET, { sub: 'usr_tracing', principalType: 'user', scope: 'bookings:read' });
    const response = await fetch(`http://127.0.0.1:${bookings.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query TracedBookings { bookings(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    const scopes = [
      '@opentelemetry/instrumentation-http',
      '@opentelemetry/instrumentation-graphql',
      '@opentelemetry/instrumentation-pg',
    ];
    await receiver.arrived(
      (spans) =>
        scopes.every((scope) => hasScope(scope)(spans)) && spans.some((span) => span.name.includes('TracedBookings')),
    );
    expect(receiver.spans.filter((span) => span.name.includes('TracedBookings'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: '@opentelemetry/instrumentation-graphql', service: 'bookings-under-test' }),
      ]),
    );
  });
});

describe('with OTEL_EXPORTER_OTLP_ENDPOINT unset', () => {
  // Only the no-op API facade may load (Apollo's federation packages depend on it): no SDK, exporter or
  // instrumentation.
  it('loads no OpenTelemetry SDK, exporter or instrumentation', () => {
    const probe = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register',
        '-e',
        "require('./src/observability/tracing-bootstrap'); require('./src/server'); " +
          'console.log(Object.keys(require.cache).filter((path) => /@opentelemetry\\/(?!api\\/)/.test(path)).length)',
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, TS_NODE_TRANSPILE_ONLY: '1', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
        encoding: 'utf8',
      },
    );
    expect({ status: probe.status, loaded: probe.stdout.trim() }).toEqual({ status: 0, loaded: '0' });
  });
});
