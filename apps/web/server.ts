import { stripVTControlCharacters } from 'node:util';
import { createLogger, createServer, type Logger, type ViteDevServer } from 'vite';
import { PortInUseError } from './src/server/port-in-use-error.js';
import { webAppViteConfig } from './src/server/web-app-vite-config.js';

export { PortInUseError } from './src/server/port-in-use-error.js';

/** Options for {@link startWebApp}. */
export interface StartWebAppOptions {
  port: number;
  /** Interface to listen on (default 127.0.0.1: the app is only reachable from this machine). */
  host?: string;
  /** Base URL of the pod server; offered to members as the default identity provider. */
  podBaseUrl: string;
  /** Receives one line per server message; without it only warnings and errors are printed. */
  log?: (message: string) => void;
  /** Folder with mutua.ttl, context.jsonld and index.html (default: the repository's vocab/). */
  vocabDir?: string;
  /** Reload the page when source files change (default true; tests turn it off). */
  watch?: boolean;
  /** The end of the port-in-use message: what the person should change. */
  portHint?: string;
  /** Vite's dependency cache; give concurrent servers their own (tests do), or they corrupt it. */
  cacheDir?: string;
}

/** A running web app. */
export interface WebApp {
  /** Where members open the app, e.g. `http://localhost:3001/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts the member web app (Vite dev server) with `/config.json` and the vocabulary under `/ns/`. */
export async function startWebApp(options: StartWebAppOptions): Promise<WebApp> {
  const host = options.host ?? '127.0.0.1';
  const config = webAppViteConfig({
    port: options.port,
    host,
    podBaseUrl: options.podBaseUrl,
    ...(options.vocabDir ? { vocabDir: options.vocabDir } : {}),
    ...(options.watch === undefined ? {} : { watch: options.watch }),
    ...(options.log ? { customLogger: lineLogger(options.log) } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  let server: ViteDevServer | undefined;
  try {
    server = await createServer(config);
    await server.listen();
  } catch (error) {
    await server?.close().catch(() => {});
    if (isPortInUse(error))
      throw new PortInUseError(options.port, options.portHint ?? 'set MUTUA_WEB_PORT to another port');
    throw error;
  }
  const running = server;
  return { url: `http://${publicHost(host)}:${options.port}/`, close: () => running.close() };
}

function isPortInUse(error: unknown): boolean {
  return (
    (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE' ||
    /is already in use/.test(String((error as Error | undefined)?.message))
  );
}

// The pod server's base URL uses `localhost`; the app must too, or cookies and redirect URLs
// would name two different hosts for the same machine.
function publicHost(host: string): string {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost'
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
}

function lineLogger(log: (message: string) => void): Logger {
  const base = createLogger('info', { allowClearScreen: false });
  const forward = (message: string) => log(`web: ${stripVTControlCharacters(message).trim()}`);
  return { ...base, info: forward, warn: forward, warnOnce: forward, error: forward };
}
