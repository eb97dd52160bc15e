import type { TestProject } from 'vitest/node';
import { demoMembers, demoGroups, demoEmail, demoWebId, DEMO_PASSWORD, findFreePort, startDemoNetwork } from '../../pod-server/src/index.js';
import type { PodServerInfo } from './pod-server-info.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pod: PodServerInfo;
  }
}

// Vitest runs a global setup once per project that lists it, and loads this module afresh for
// each project, so module variables are not shared: the server is kept on globalThis (one
// process runs every global setup). The first call starts it; the last teardown stops it.
interface SharedServer {
  server: Promise<{ info: PodServerInfo; stop: () => Promise<void> }>;
  users: number;
}
const KEY = Symbol.for('mutua.test.podServer');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedServer };

/** Starts one real Community Solid Server (memory backend, random port, demo network) per test run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[KEY] ??= { server: startShared(), users: 0 });
  shared.users += 1;
  const { info, stop } = await shared.server;
  project.provide('pod', info);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      delete registry[KEY];
      await stop();
    }
  };
}

async function startShared(): Promise<{ info: PodServerInfo; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const started = performance.now();
  const server = await startDemoNetwork({ port, backend: 'memory', loopbackOnly: true, loggingLevel: 'error' });
  const accounts: PodServerInfo['accounts'] = {};
  for (const pod of [...demoMembers.map((m) => m.pod), ...demoGroups.map((g) => g.pod)]) {
    accounts[pod] = {
      email: demoEmail(pod),
      password: DEMO_PASSWORD,
      webId: demoWebId(server.baseUrl, pod),
      podUrl: new URL(`${pod}/`, server.baseUrl).href,
    };
  }
  process.stdout.write(`pod server for tests at ${server.baseUrl} (ready in ${Math.round(performance.now() - started)} ms)\n`);
  return { info: { baseUrl: server.baseUrl, accounts }, stop: server.stop };
}
