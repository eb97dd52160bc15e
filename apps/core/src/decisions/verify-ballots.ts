import { checkRecord } from '../signing/check-record.js';
import { rollKeyResolver, type DecisionRoll } from './decision-roll.js';
import { readVoteQuads } from './read-vote-quads.js';
import { parseSnapshot } from './signed-snapshots.internal.js';
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

// WebCrypto verifies fastest with many calls in flight; canonicalisation is synchronous anyway.
const IN_FLIGHT = 128;

/** A verifier for the ballots of `proposal`, trusting only the keys on its roll. */
export function createBallotVerifier(proposal: string, roll: DecisionRoll): BallotVerifier {
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
  return async (snapshots) => {
    const out: CheckedBallot[] = [];
    for (let i = 0; i < snapshots.length; i += IN_FLIGHT) out.push(...(await Promise.all(snapshots.slice(i, i + IN_FLIGHT).map(check))));
    return out;
  };
}

async function checkBallot(text: string, proposal: string, resolveKey: ReturnType<typeof rollKeyResolver>): Promise<CheckedBallot> {
  const quads = parseSnapshot(text);
  const claim = quads && readVoteQuads(quads);
  if (!quads || !claim) return { vote: { voter: '', castAt: '', choice: undefined, verified: false }, problem: 'not a readable vote record' };
  const unverified = (problem: string): CheckedBallot => ({ vote: { voter: claim.voter, castAt: claim.castAt, choice: claim.choice, verified: false }, url: claim.url, problem });
  if (claim.proposal !== proposal) return unverified(`it answers another proposal, ${claim.proposal}`);
  const result = (await checkRecord(quads, { resolveKey, subject: claim.url })).verification;
  if (!result.verified) return unverified(result.reason ?? 'its signature did not verify');
  if (result.proofs.some((p) => p.controller !== claim.voter)) return unverified(`it is signed with a key of someone other than ${claim.voter}`);
  return { vote: { voter: claim.voter, castAt: claim.castAt, choice: claim.choice, verified: true }, url: claim.url };
}
