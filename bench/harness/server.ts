import { randomBytes } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { isChildMessage, SERVER_ENV, type ChildMessage, type ParentMessage, type PhaseStats } from './protocol';

export interface ServerOptions {
  /** The compiled `server-process.js`. */
  entry: string;
  databaseUrl: string;
  jwtSecret: string;
  piiMasterKey: string;
  /** PII_BLIND_INDEX_KEY, the one the seed digested personal data with. */
  blindIndexKey: string;
  dataDir: string;
  /** undefined keeps createApp's default (inline tracing on). */
  inlineTracing?: boolean;
  /** Extra node flags for the server, e.g. `--cpu-prof`. */
  execArgv: string[];
  /** CPU-profile each phase into this directory. */
  profileDir?: string;
  /** Extra environment for the app's own config (e.g. METRICS_ENABLED, OTEL_EXPORTER_OTLP_ENDPOINT). */
  env?: Record<string, string>;
}

export interface BenchServer {
  url: string;
  pid: number;
  /**
   * Runs `work` between phase markers and returns the server's CPU, RSS and loop figures for it;
   * `label` names the phase's CPU profile when profiling is on.
   */
  phase<T>(label: string, work: () => Promise<T>): Promise<{ result: T; stats: PhaseStats }>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** Forks the compiled server with a production configuration and waits for it to listen. */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    AUTH_JWT_SECRET: options.jwtSecret,
    // The benchmark talks to the subgraph directly, as no router sits in front of it.
    ALLOW_DIRECT_ACCESS: 'true',
    KMS_PROVIDER: 'local',
    PII_LOCAL_MASTER_KEY: options.piiMasterKey,
    PII_BLIND_INDEX_KEY: options.blindIndexKey,
    // Production requires its own capability secret; the bench never issues capabilities.
    CHECKOUT_CAPABILITY_SECRET: randomBytes(32).toString('base64url'),
    BOOKINGS_DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    HOLD_SWEEP_INTERVAL_SECONDS: '0',
    PORT: '0',
    ...options.env,
  };
  delete env.AUTH_JWKS_URL;
  delete env.ROUTER_SECRET;
  if (options.profileDir) env[SERVER_ENV.profileDir] = options.profileDir;
  else delete env[SERVER_ENV.profileDir];
  if (options.inlineTracing === undefined) delete env[SERVER_ENV.inlineTracing];
  else env[SERVER_ENV.inlineTracing] = options.inlineTracing ? 'on' : 'off';

  const child = fork(options.entry, [], {
    env,
    execArgv: options.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox = createInbox(child);
  const ready = await inbox.next(START_TIMEOUT_MS);
  if (ready.type !== 'ready') {
    child.kill('SIGKILL');
    throw new Error(
      ready.type === 'fatal' ? `bench server failed to start:\n${ready.message}` : `unexpected message ${ready.type}`,
    );
  }
  const pid = child.pid ?? -1;

  const post = (message: ParentMessage): void => {
    child.send(message);
  };

  return {
    url: `http://127.0.0.1:${ready.port}/graphql`,
    pid,
    phase: async (label, work) => {
      post({ type: 'phase-start', label });
      await inbox.expect('phase-started');
      const result = await work();
      post({ type: 'phase-end' });
      const { stats } = await inbox.expect('phase');
      return { result, stats };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      post({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

type MessageOf<K extends ChildMessage['type']> = Extract<ChildMessage, { type: K }>;

const isMessageOf = <K extends ChildMessage['type']>(message: ChildMessage, type: K): message is MessageOf<K> =>
  message.type === type;

interface Inbox {
  next(timeoutMs?: number): Promise<ChildMessage>;
  expect<K extends ChildMessage['type']>(type: K): Promise<MessageOf<K>>;
}

/** Queues the child's messages so each request/answer pair can be awaited in order. */
function createInbox(child: ChildProcess): Inbox {
  const queued: ChildMessage[] = [];
  const waiting: { resolve: (message: ChildMessage) => void; reject: (error: Error) => void }[] = [];
  child.on('message', (message: unknown) => {
    if (!isChildMessage(message)) return;
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else queued.push(message);
  });
  child.on('exit', (code, signal) => {
    for (const waiter of waiting.splice(0))
      waiter.reject(new Error(`bench server exited (code ${code}, signal ${signal})`));
  });
  const next = (timeoutMs = 120_000): Promise<ChildMessage> => {
    const message = queued.shift();
    if (message) return Promise.resolve(message);
    if (child.exitCode !== null) return Promise.reject(new Error(`bench server exited (code ${child.exitCode})`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer from the bench server within ${timeoutMs} ms`)),
        timeoutMs,
      );
      waiting.push({
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  };
  return {
    next,
    expect: async <K extends ChildMessage['type']>(type: K): Promise<MessageOf<K>> => {
      const message = await next();
      if (isMessageOf(message, type)) return message;
      if (message.type === 'fatal') throw new Error(`bench server failed:\n${message.message}`);
      throw new Error(`expected ${type} from the bench server, got ${message.type}`);
    },
  };
}
