import { createServer, type Server } from 'node:http';
import { seedBookings } from './bookings-data';
import { OPERATIONS } from './bookings';
import { body, call, expectShape } from './harness/graphql';
import { httpFigures } from './harness/figures';
import { measureHttp } from './harness/load';
import type { DetailTable, Figure } from './harness/report';
import type { BenchEnvironment, BenchSuite } from './registry';

const SEED_BOOKINGS = 500;
const DEFAULT_CONNECTIONS = [1, 8];

/** The server configurations compared: each runs the same keyed read on the same database. */
const MODES = [
  { key: 'obs-off', label: 'metrics off, tracing off', env: { METRICS_ENABLED: 'false' }, tracing: false },
  { key: 'obs-metrics', label: 'metrics on (default), tracing off', env: { METRICS_ENABLED: 'true' }, tracing: false },
  {
    key: 'obs-traced',
    label: 'metrics on, tracing on (OTLP/HTTP, every request sampled)',
    env: { METRICS_ENABLED: 'true' },
    tracing: true,
  },
] as const;

/** An OTLP/HTTP endpoint in the runner that accepts and drops every export, counting the bytes. */
async function otlpSink(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let bytes = 0;
  const server: Server = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => bytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const DESCRIPTION =
  `cost of /metrics recording and OpenTelemetry tracing on booking(id) (${SEED_BOOKINGS} ` +
  `seeded bookings): the same read with each off and on`;

export const observabilityBench: BenchSuite = {
  name: 'observability',
  description: DESCRIPTION,
  async run(environment: BenchEnvironment) {
    const { options, log } = environment;
    const modes = MODES.filter((mode) => !options.scenarios || options.scenarios.has(mode.key));
    if (modes.length === 0) {
      return {
        suite: 'observability',
        description: DESCRIPTION,
        figures: [],
        targets: [],
        notes: [`Skipped: BENCH_ONLY names none of ${MODES.map((mode) => mode.key).join(', ')}.`],
      };
    }
    const levels = options.connections ?? DEFAULT_CONNECTIONS;
    const database = await environment.createDatabase('observability');
    const bookingIds = await seedBookings(database, SEED_BOOKINGS);
    await database.release();
    const sink = await otlpSink();
    const token = await environment.token({ sub: 'usr_bench', principalType: 'user', scope: 'bookings:read' });
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const bookingBodies = bookingIds.map((id) => body(OPERATIONS.booking, { id }));
    const figures: Figure[] = [];
    const notes: string[] = [];
    try {
      for (const mode of modes) {
        const env: Record<string, string> = {
          ...mode.env,
          ...(mode.tracing ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_SERVICE_NAME: 'bookings-bench' } : {}),
        };
        const server = await environment.startServer(database.url, { env });
        try {
          const sanity = await call(server.url, headers, OPERATIONS.booking, { id: bookingIds[0] });
          expectShape(sanity.status === 200, `booking(id) answers with ${mode.label}`, sanity);
          let next = 0;
          const steps = [
            {
              name: 'booking(id)',
              body: () => bookingBodies[next++ % bookingBodies.length],
              accept: (text: string) => !text.includes('"errors"'),
            },
          ];
          for (const connections of levels) {
            log(`${mode.label}, c=${connections}`);
            const load = { url: server.url, headers, steps, connections };
            if (options.warmupSeconds > 0) await measureHttp({ ...load, seconds: options.warmupSeconds });
            const { result, stats } = await server.phase(`${mode.key}-c${connections}`, () =>
              measureHttp({ ...load, seconds: options.seconds }),
            );
            figures.push(...httpFigures(mode.key, `booking(id), ${mode.label}`, connections, result, stats));
          }
        } finally {
          await server.stop();
        }
      }
      if (modes.some((mode) => mode.tracing))
        notes.push(`The OTLP sink received ${(sink.received() / 1024 / 1024).toFixed(1)} MiB of spans.`);
    } finally {
      await sink.close();
    }
    const baseline = (connections: number) =>
      figures.find((figure) => figure.scenario === 'obs-off' && figure.connections === connections);
    const ratio = (value: number | null, base: number | null | undefined) =>
      value !== null && base ? `${(value / base).toFixed(2)}×` : '—';
    const details: DetailTable[] = [
      {
        columns: ['mode', 'c', 'p50 ms', 'p50 vs off', 'server CPU ms/op', 'CPU vs off', 'req/s'],
        rows: figures.map((figure) => [
          figure.scenario,
          String(figure.connections),
          figure.p50Ms.toFixed(2),
          ratio(figure.p50Ms, baseline(figure.connections)?.p50Ms),
          figure.serverCpuMsPerOp?.toFixed(3) ?? '—',
          ratio(figure.serverCpuMsPerOp, baseline(figure.connections)?.serverCpuMsPerOp),
          figure.throughput.toFixed(0),
        ]),
      },
    ];
    notes.push(
      'The bench server logs at warn, so the access-log line (info) is not written in any mode; its cost is ' +
        'the same one JSON line pino writes per request.',
    );
    return { suite: 'observability', description: DESCRIPTION, figures, details, targets: [], notes };
  },
};
