import { Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { AppRunner, type App } from '@solid/community-server';
import { fixMemoryBackendSizes } from './memory-size-fix.js';
import { assertPortFree } from './ports.js';

/** Which Community Solid Server configuration to run: see pod-server/README.md. */
export type PodServerBackend = 'memory' | 'file';

export interface PodServerOptions {
  port: number;
  backend: PodServerBackend;
  /** Folder for the file backend (ignored by the memory backend). */
  rootFilePath?: string;
  /** Path of a CSS seed file: accounts and pods created at start. */
  seedConfigPath?: string;
  /** CSS logging level: error, warn, info, verbose, debug, silly. */
  loggingLevel?: string;
  /** Listen on loopback only (tests, benchmarks). CSS itself has no host option. */
  loopbackOnly?: boolean;
}

export interface PodServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const configDir = fileURLToPath(new URL('../config/', import.meta.url));

/** Starts a Community Solid Server in this process and resolves once it accepts requests. */
export async function startPodServer(options: PodServerOptions): Promise<PodServer> {
  await assertPortFree(options.port, 'set MUTUA_POD_PORT (or --pod-port) to another port');
  // CSS takes NODE_ENV=test to mean Jest and then calls jest.requireActual (IdentityUtil.js):
  // under Vitest that throws on every OIDC request.
  if (process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'development';
  const baseUrl = `http://localhost:${options.port}/`;
  const shorthand: Record<string, string | number> = {
    port: options.port,
    baseUrl,
    loggingLevel: options.loggingLevel ?? 'warn',
  };
  if (options.rootFilePath) shorthand.rootFilePath = options.rootFilePath;
  if (options.seedConfigPath) shorthand.seedConfig = options.seedConfigPath;

  if (options.backend === 'memory') fixMemoryBackendSizes();
  const restoreListen = options.loopbackOnly ? forceLoopbackListen() : () => {};
  let app: App;
  try {
    app = await new AppRunner().create({
      config: `${configDir}${options.backend}.json`,
      shorthand,
    });
    await app.start();
  } finally {
    restoreListen();
  }
  await waitUntilReady(baseUrl);
  return { baseUrl, stop: () => app.stop() };
}

// CSS calls server.listen(port) with no host; wrapping listen is the least invasive way to keep
// test servers off the network. Only port-only calls are rewritten, and only while CSS starts.
function forceLoopbackListen(): () => void {
  const original = Server.prototype.listen;
  const listenAny = original as (this: Server, ...args: unknown[]) => Server;
  Server.prototype.listen = function listen(this: Server, ...args: unknown[]) {
    if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
      return listenAny.call(this, args[0], '127.0.0.1', ...args.slice(1));
    }
    return listenAny.apply(this, args);
  } as Server['listen'];
  return () => {
    Server.prototype.listen = original;
  };
}

async function waitUntilReady(baseUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}.well-known/openid-configuration`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Pod server at ${baseUrl} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
