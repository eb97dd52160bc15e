import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSeedConfig } from './demo-network.js';
import { seedDemoNetwork } from './seed-demo-network.js';
import { readSeedState, writeSeedState } from './seed-state.js';
import { startPodServer, type PodServer, type PodServerBackend } from './start-pod-server.js';

export interface DemoNetworkOptions {
  port: number;
  backend: PodServerBackend;
  /** Data folder of the file backend: pods and the seed state live here. */
  dataDir?: string;
  /** Wipe the data folder first. Nothing is ever wiped without it. */
  reset?: boolean;
  loopbackOnly?: boolean;
  loggingLevel?: string;
  log?: (message: string) => void;
  /**
   * Serve as soon as the server is up and seed behind it (for `npm start`: the accounts exist
   * from the first second, the demo content arrives step by step). Tests wait for the seed.
   */
  seedInBackground?: boolean;
}

/** A running pod server and the demo seed, finished or under way. */
export interface DemoNetwork extends PodServer {
  /** Settles when every seed step has run; rejects with the step's error if one failed. */
  readonly seeded: Promise<void>;
}

/** Starts the pod server and makes sure the demo network is there, seeding only what is missing. */
export async function startDemoNetwork(options: DemoNetworkOptions): Promise<DemoNetwork> {
  const log = options.log ?? (() => {});
  const dataDir = options.dataDir ?? (await mkTemp());
  if (options.reset && options.backend === 'file') {
    log(`reset: removing ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true });
  const state = options.backend === 'file' ? await readSeedState(dataDir) : { accountsCreated: false, steps: {} };

  // CSS re-creating existing accounts only logs noise, so the seed file is given once per folder.
  let seedConfigPath: string | undefined;
  if (!state.accountsCreated) {
    seedConfigPath = join(dataDir, 'seed-accounts.json');
    await writeFile(seedConfigPath, JSON.stringify(demoSeedConfig(), null, 2));
  }
  const server = await startPodServer({
    port: options.port,
    backend: options.backend,
    rootFilePath: options.backend === 'file' ? join(dataDir, 'pods') : undefined,
    seedConfigPath,
    loopbackOnly: options.loopbackOnly,
    loggingLevel: options.loggingLevel,
  });
  // CSS created the accounts while starting, so the state can say so before the content is in.
  if (options.backend === 'file') await writeSeedState(dataDir, { ...state, accountsCreated: true });
  const seeded = seedDemoNetwork(server.baseUrl, log);
  if (options.seedInBackground) {
    // Observed here so an early failure is not an unhandled rejection; the caller reports it.
    seeded.catch(() => undefined);
    return { ...server, seeded };
  }
  try {
    await seeded;
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { ...server, seeded };
}

async function mkTemp(): Promise<string> {
  const dir = join(tmpdir(), `mutua-pods-${process.pid}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  return dir;
}
