import { checkBallot } from './check-ballot.internal.js';
import { ballotWorkerSlots, checkBallotsInWorkers } from './check-ballots-in-workers.internal.js';
import { rollKeyResolver, type DecisionRoll } from './decision-roll.js';
import type { Vote } from './vote.js';

/** One ballot snapshot after checking: the vote for the tally, and why it fails when it does. */
export interface CheckedBallot {
  readonly vote: Vote;
  /** The vote's IRI in the voter's pod, when the snapshot could be read at all. */
  readonly url?: string;
  /** Why the signature or the record is not acceptable; absent when verified. */
  readonly problem?: string;
}

/** Checks ballot snapshots; remembers each snapshot's result, so a second look at the same ballots costs almost nothing. */
export type BallotVerifier = (snapshots: readonly string[]) => Promise<CheckedBallot[]>;

/** How to spread the checking: by default large sets of unchecked ballots go to worker threads where the platform has them. */
export interface BallotVerifierOptions {
  /** Worker threads that check alongside this one; 0 checks in this thread only. Default: one less than the cores (Node), for at least 1,000 unchecked ballots. */
  readonly workers?: number;
}

// WebCrypto verifies fastest with many calls in flight; canonicalisation is synchronous anyway.
const IN_FLIGHT = 128;
// Starting a worker that runs the TypeScript sources costs ~270 ms of CPU (decision 0082), about
// what 1,000 ballots cost to check, and on two cores it competes with the check itself.
const WORKER_THRESHOLD = 1_000;

/** A verifier for the ballots of `proposal`, trusting only the keys on its roll. */
export function createBallotVerifier(proposal: string, roll: DecisionRoll, options: BallotVerifierOptions = {}): BallotVerifier {
  const resolveKey = rollKeyResolver(roll);
  const cache = new Map<string, Promise<CheckedBallot>>();
  const check = (text: string): Promise<CheckedBallot> => {
    let result = cache.get(text);
    if (!result) {
      result = checkBallot(text, proposal, resolveKey);
      cache.set(text, result);
    }
    return result;
  };
  // Ballots checked in this thread alongside the workers bypass the cache, which already holds the batch's promises.
  const checkHere = async (chunk: readonly string[]) => {
    const out: CheckedBallot[] = [];
    for (let i = 0; i < chunk.length; i += IN_FLIGHT) out.push(...(await Promise.all(chunk.slice(i, i + IN_FLIGHT).map((text) => checkBallot(text, proposal, resolveKey)))));
    return out;
  };
  return async (snapshots) => {
    const unchecked = [...new Set(snapshots.filter((text) => !cache.has(text)))];
    const workers = options.workers ?? (unchecked.length >= WORKER_THRESHOLD ? ballotWorkerSlots() : 0);
    if (workers > 0 && unchecked.length > 0) {
      // Workers are a speed-up only: if one cannot start or dies (tsx missing where @mutua/core is
      // installed alone, a killed thread), the same ballots are checked in this thread instead.
      const batch = checkBallotsInWorkers(proposal, roll, unchecked, workers, checkHere).catch(() => checkHere(unchecked));
      // A batch failed in this thread too is forgotten, so a later call checks those ballots again instead of repeating the error.
      batch.catch(() => unchecked.forEach((text) => cache.delete(text)));
      unchecked.forEach((text, i) => cache.set(text, batch.then((checked) => checked[i] as CheckedBallot)));
    }
    const out: CheckedBallot[] = [];
    for (let i = 0; i < snapshots.length; i += IN_FLIGHT) out.push(...(await Promise.all(snapshots.slice(i, i + IN_FLIGHT).map(check))));
    return out;
  };
}
