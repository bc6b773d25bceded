import { createServer, connect, type Server, type Socket } from 'node:net';

/** A port nothing listens on (yet): connecting to it is refused, like a broker that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

export interface TcpProxy {
  port: number;
  /** Starts forwarding `port` to the target: the broker is "up". */
  start(): Promise<void>;
  /** Stops listening and cuts every forwarded connection: the broker is "down". */
  stop(): Promise<void>;
}

/** Simulates a broker outage without touching the machine's broker. Starts stopped. */
export function tcpProxy(port: number, target: { host: string; port: number }): TcpProxy {
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    port,
    start: () =>
      new Promise<void>((resolve, reject) => {
        const listening = createServer((client) => {
          const upstream = connect(target.port, target.host);
          sockets.add(client).add(upstream);
          const forget = () => {
            sockets.delete(client);
            sockets.delete(upstream);
            client.destroy();
            upstream.destroy();
          };
          client.on('error', forget).on('close', forget);
          upstream.on('error', forget).on('close', forget);
          client.pipe(upstream).pipe(client);
        });
        listening.once('error', reject);
        listening.listen(port, '127.0.0.1', () => {
          server = listening;
          resolve();
        });
      }),
    stop: async () => {
      const listening = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (listening) await new Promise<void>((resolve) => listening.close(() => resolve()));
    },
  };
}
