import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What the seed has done in a data folder, so a restart never seeds twice or wipes anything. */
export interface SeedState {
  accountsCreated: boolean;
  steps: Record<string, string>;
}

const FILE = 'mutua-seed-state.json';

/** Reads the seed state of a data folder (an empty state when the folder is new). */
export async function readSeedState(dataDir: string): Promise<SeedState> {
  try {
    return JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as SeedState;
  } catch {
    return { accountsCreated: false, steps: {} };
  }
}

/** Records the seed state in the data folder. */
export async function writeSeedState(dataDir: string, state: SeedState): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(join(dataDir, FILE), JSON.stringify(state, null, 2));
}
