// The body of a ballot worker (Node only; started through ballot-worker.mjs by checkBallotsInWorkers).
// One verifier per job, so keys are imported and signatures checked afresh for every job, exactly
// as a new in-thread verifier would; the worker itself stays up so its module loading is paid once.
import { parentPort } from 'node:worker_threads';
import type { DecisionRoll } from './decision-roll.js';
import { createBallotVerifier, type BallotVerifier } from './verify-ballots.js';

type Request =
  | { type: 'chunk'; id: number; job: number; proposal: string; roll?: DecisionRoll; snapshots: string[] }
  | { type: 'end'; job: number };

const port = parentPort;
if (!port) throw new Error('ballot-worker.internal.ts runs only as a worker thread');
const verifiers = new Map<number, BallotVerifier>();
port.on('message', async (request: Request) => {
  if (request.type === 'end') {
    verifiers.delete(request.job);
    return;
  }
  try {
    let verifier = verifiers.get(request.job);
    if (!verifier) {
      if (!request.roll) throw new Error(`No roll for ballot job ${request.job}`);
      verifier = createBallotVerifier(request.proposal, request.roll, { workers: 0 });
      verifiers.set(request.job, verifier);
    }
    port.postMessage({ id: request.id, checked: await verifier(request.snapshots) });
  } catch (error) {
    port.postMessage({
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
port.postMessage({ type: 'ready' });
