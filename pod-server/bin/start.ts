// `npm start`: the demo network on one machine: pod server (file-backed) plus the member web app.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertPortFree, demoEmail, demoGroups, demoMembers, DEMO_PASSWORD, startDemoNetwork, startDemoStewards, type DemoStewards } from '../src/index.js';

const usage = `Usage: npm start -- [--pod-port N] [--web-port N] [--data DIR] [--reset]
  --pod-port  port of the pod server      (env MUTUA_POD_PORT, default 3000)
  --web-port  port of the web app         (env MUTUA_WEB_PORT, default 3001)
  --data      folder for pods and state   (env MUTUA_DATA_DIR, default ./.data)
  --reset     wipe the data folder first and seed the demo network again`;

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${value}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'pod-port': { type: 'string', default: process.env.MUTUA_POD_PORT ?? '3000' },
      'web-port': { type: 'string', default: process.env.MUTUA_WEB_PORT ?? '3001' },
      data: { type: 'string', default: process.env.MUTUA_DATA_DIR ?? '.data' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const podPort = parsePort(values['pod-port'], '--pod-port');
  const webPort = parsePort(values['web-port'], '--web-port');
  const dataDir = resolve(values.data);
  // Check both ports before the 15 s server start, so a clash is reported at once.
  await assertPortFree(webPort, 'set MUTUA_WEB_PORT (or --web-port) to another port');
  await assertPortFree(podPort, 'set MUTUA_POD_PORT (or --pod-port) to another port');

  const started = performance.now();
  console.log(`Starting the pod server on port ${podPort} (data in ${dataDir})…`);
  const pods = await startDemoNetwork({ port: podPort, backend: 'file', dataDir, reset: values.reset, seedInBackground: true, log: (m) => console.log(`  ${m}`) });
  const { startWebApp } = await import('../../apps/web/server.js');
  const web = await startWebApp({
    port: webPort,
    podBaseUrl: pods.baseUrl,
    portHint: 'set MUTUA_WEB_PORT (or --web-port) to another port',
  }).catch(async (error: unknown) => {
    await pods.stop();
    throw error;
  });

  console.log(`
Mutua demo network serving in ${((performance.now() - started) / 1000).toFixed(1)} s
  Pods:    ${pods.baseUrl}
  Web app: ${web.url}
  Vocabulary: ${web.url}ns/

Demo logins (password for all: ${DEMO_PASSWORD})
${demoMembers.map((m) => `  ${demoEmail(m.pod).padEnd(28)} ${m.name}${Object.entries(m.groups).some(([, r]) => r === 'admin') ? ' (group admin)' : ''}`).join('\n')}
Group pods: ${demoGroups.map((g) => `${g.name} (${demoEmail(g.pod)})`).join(', ')}

Press Ctrl-C to stop.
Seeding the demo network behind it (offers, proposals, transfers, news): each step prints a line when done.`);

  let stopping = false;
  let stewards: DemoStewards | undefined;
  pods.seeded.then(
    async () => {
      console.log(`Demo network complete in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      // The groups' stewards carry out members' signed Leaves within seconds, as a host's would.
      stewards = await startDemoStewards(pods.baseUrl, (line) => console.log(`  ${line}`)).catch((error: unknown) => {
        console.error(`mutua: the group stewards did not start (${error instanceof Error ? error.message : String(error)}); leaving then takes effect when an admin opens the directory.`);
        return undefined;
      });
      if (stewards) console.log('  Group stewards running: a member who leaves loses access within seconds.');
    },
    (error: unknown) => {
      if (stopping) return;
      console.error(`mutua: seeding the demo network failed: ${error instanceof Error ? error.message : String(error)}`);
      console.error('  The pods and the app keep running; restart `npm start` to seed what is missing, or `npm start -- --reset` to start over.');
    },
  );
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stewards?.stop();
    await Promise.allSettled([web.close(), pods.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // Expected failures get one line; anything else keeps its stack for a bug report.
  // The web app has its own PortInUseError class, so match on the name.
  if (error instanceof Error && (error.name === 'PortInUseError' || /must be a port|Unknown option/.test(error.message))) {
    console.error(`mutua: ${error.message}`);
  } else {
    console.error('mutua: could not start the demo network:', error);
  }
  process.exit(1);
});
