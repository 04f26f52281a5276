// Runs the app on Node's HTTP server until SIGINT/SIGTERM, then stops taking requests, lets the
// open ones finish (briefly) and closes the store.
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  port: number;
  host: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** How long open requests may run after a stop signal before the process lets them go. */
const DRAIN_MS = 5000;

export async function startServer(store: Store, options: ServeOptions): Promise<RunningServer> {
  const app = createApp({ ...options, store });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, DRAIN_MS);
        timer.unref();
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
      })),
  };
}
