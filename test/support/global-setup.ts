import type { TestProject } from 'vitest/node';
import { demoMembers, demoGroups, demoEmail, demoWebId, DEMO_PASSWORD, findFreePort, startDemoNetwork } from '../../pod-server/src/index.js';
import type { PodServerInfo } from './pod-server-info.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pod: PodServerInfo;
  }
}

// Vitest runs a global setup once per project that lists it; the integration and e2e projects
// share one server, so the first call starts it and the last teardown stops it.
let shared: Promise<{ info: PodServerInfo; stop: () => Promise<void> }> | undefined;
let users = 0;

/** Starts one real Community Solid Server (memory backend, random port, demo network) per test run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared ??= startShared();
  users += 1;
  const { info, stop } = await shared;
  project.provide('pod', info);
  return async () => {
    users -= 1;
    if (users === 0) await stop();
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
