// Worker entry for checkBallotsInWorkers. A worker starts without its parent's TypeScript
// loader (vitest transforms in-process, and tsx's register() hooks do not reach workers on
// Node 20), so it registers tsx itself. tsx's require hook, unlike its ESM one, runs in this
// thread instead of starting a hooks thread: ~270 against ~370 ms of CPU to start a worker.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('./ballot-worker.internal.ts');
