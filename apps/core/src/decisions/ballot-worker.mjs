// Worker entry for checkBallotsInWorkers. A worker starts without its parent's TypeScript
// loader (vitest transforms in-process, and tsx's register() hooks do not reach workers on
// Node 20), so it registers tsx itself, as apps/cli/bin/mutua.js does, before loading the source.
import { register } from 'tsx/esm/api';

register();
await import('./ballot-worker.internal.ts');
