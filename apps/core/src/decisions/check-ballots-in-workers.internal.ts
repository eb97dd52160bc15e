import type { Worker as NodeWorker } from 'node:worker_threads';
import type { DecisionRoll } from './decision-roll.js';
import type { CheckedBallot } from './verify-ballots.js';

// Node's worker_threads and os are looked up at run time, as sha256.ts does for node:crypto:
// no `node:` import for a browser bundle to resolve, and browsers keep the in-thread path.
type NodeBuiltins = { getBuiltinModule?: (id: string) => unknown };
const builtins = (globalThis as { process?: NodeBuiltins }).process;
const workerThreads = builtins?.getBuiltinModule?.('node:worker_threads') as
  { Worker: typeof NodeWorker; isMainThread: boolean } | undefined;
const os = builtins?.getBuiltinModule?.('node:os') as
  { availableParallelism?: () => number; cpus: () => unknown[] } | undefined;

// A variable, not a literal, so Vite does not pick the Node-only entry up as a browser asset.
const ENTRY = './ballot-worker.mjs';
// Small enough that the main thread and late-starting workers share the work evenly; large
// enough that posting a chunk (and the roll, once per worker and job) costs little beside it.
const CHUNK = 250;
// Idle workers are ended after this long, so a long-running process does not keep them.
const IDLE_MS = 30_000;

interface PoolWorker {
  readonly worker: NodeWorker;
  readonly ready: Promise<void>;
  readonly pending: Map<number, { resolve: (checked: CheckedBallot[]) => void; reject: (error: Error) => void }>;
  failure?: Error;
}

let pool: PoolWorker[] = [];
let activeJobs = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let lastId = 0;

/** How many extra threads a ballot check can usefully use here: one less than the cores in a Node main thread; 0 in a browser or inside a worker. */
export function ballotWorkerSlots(): number {
  if (!workerThreads?.isMainThread || !os) return 0;
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * Checks snapshots in `workers` worker threads and, when given `checkHere`, on this thread too, chunk
 * by chunk, so the work starts at once while the workers load; results come back in the snapshots' order.
 */
export async function checkBallotsInWorkers(
  proposal: string,
  roll: DecisionRoll,
  snapshots: readonly string[],
  workers: number,
  checkHere?: (chunk: readonly string[]) => Promise<CheckedBallot[]>,
): Promise<CheckedBallot[]> {
  const chunks: (readonly string[])[] = [];
  for (let i = 0; i < snapshots.length; i += CHUNK) chunks.push(snapshots.slice(i, i + CHUNK));
  const results: CheckedBallot[][] = [];
  const job = ++lastId;
  let next = 0;
  let failed = false;
  let allTaken: () => void = () => {};
  const taken = new Promise<void>((resolve) => (allTaken = resolve));
  const take = (): number | undefined => {
    if (!failed && next < chunks.length) return next++;
    allTaken();
    return undefined;
  };
  const runHere = async () => {
    if (!checkHere) return;
    for (let i = take(); i !== undefined; i = take()) results[i] = await checkHere(chunks[i] as readonly string[]);
  };
  const runIn = async (member: PoolWorker) => {
    // A worker still starting when this thread has taken every chunk is not waited for.
    await Promise.race([member.ready, taken]);
    let first = true;
    for (let i = take(); i !== undefined; i = take()) {
      results[i] = await request(member, {
        type: 'chunk',
        job,
        proposal,
        ...(first ? { roll } : {}),
        snapshots: chunks[i],
      });
      first = false;
    }
    if (!first) member.worker.postMessage({ type: 'end', job });
  };
  activeJobs++;
  clearTimeout(idleTimer);
  try {
    const members = poolOf(workers);
    const runs = [runHere(), ...members.map(runIn)].map((run) =>
      run.catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
    await Promise.all(runs);
    return results.flat();
  } finally {
    if (--activeJobs === 0) idleTimer = setTimeout(() => void stopBallotWorkers(), IDLE_MS).unref();
  }
}

/** Ends the ballot workers now (they also end after 30 s idle, and never keep a process alive). */
export async function stopBallotWorkers(): Promise<void> {
  clearTimeout(idleTimer);
  const ending = pool;
  pool = [];
  await Promise.all(ending.map((member) => member.worker.terminate()));
}

function poolOf(size: number): PoolWorker[] {
  if (!workerThreads) throw new Error('Worker threads are not available on this platform');
  pool = pool.filter((member) => !member.failure);
  while (pool.length < size) pool.push(startWorker(workerThreads.Worker));
  return pool.slice(0, size);
}

function startWorker(Worker: typeof NodeWorker): PoolWorker {
  // execArgv is emptied so a parent started with tsx's --import does not register it twice.
  const worker = new Worker(new URL(ENTRY, import.meta.url), { execArgv: [] });
  const pending: PoolWorker['pending'] = new Map();
  let markReady: () => void = () => {};
  const member: PoolWorker = { worker, pending, ready: new Promise<void>((resolve) => (markReady = resolve)) };
  const fail = (error: Error) => {
    member.failure ??= error;
    for (const waiting of pending.values()) waiting.reject(member.failure);
    pending.clear();
    markReady();
  };
  worker.on('message', (message: { type: 'ready' } | { id: number; checked?: CheckedBallot[]; error?: string }) => {
    if ('type' in message) {
      // Referenced while it starts, so a caller waiting for it is not cut short by the process ending.
      if (pending.size === 0) worker.unref();
      return markReady();
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
    if (message.error !== undefined)
      waiting?.reject(new Error(`A ballot worker could not check its ballots: ${message.error}`));
    else waiting?.resolve(message.checked ?? []);
  });
  worker.on('error', (error) => fail(new Error(`A ballot worker failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => fail(new Error(`A ballot worker stopped (exit code ${code})`)));
  return member;
}

function request(
  member: PoolWorker,
  message: {
    type: 'chunk';
    job: number;
    proposal: string;
    roll?: DecisionRoll;
    snapshots: readonly string[] | undefined;
  },
): Promise<CheckedBallot[]> {
  if (member.failure) return Promise.reject(member.failure);
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    member.pending.set(id, { resolve, reject });
    // Referenced while it owes an answer, so the process waits for it; unreferenced when idle.
    member.worker.ref();
    member.worker.postMessage({ ...message, id });
  });
}
