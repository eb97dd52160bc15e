import { checkRecord } from '../signing/check-record.js';
import type { KeyResolver } from '../signing/verify-record.js';
import { readVoteQuads } from './read-vote-quads.js';
import { parseSnapshot } from './signed-snapshots.internal.js';
import type { CheckedBallot } from './verify-ballots.js';

/** Checks one ballot snapshot against a proposal and the roll's keys; the same code runs in the page and in ballot workers. */
export async function checkBallot(text: string, proposal: string, resolveKey: KeyResolver): Promise<CheckedBallot> {
  const quads = parseSnapshot(text);
  const claim = quads && readVoteQuads(quads);
  if (!quads || !claim)
    return {
      vote: { voter: '', castAt: '', choice: undefined, verified: false },
      problem: 'not a readable vote record',
    };
  const unverified = (problem: string): CheckedBallot => ({
    vote: { voter: claim.voter, castAt: claim.castAt, choice: claim.choice, verified: false },
    url: claim.url,
    problem,
  });
  if (claim.proposal !== proposal) return unverified(`it answers another proposal, ${claim.proposal}`);
  const result = (await checkRecord(quads, { resolveKey, subject: claim.url })).verification;
  if (!result.verified) return unverified(result.reason ?? 'its signature did not verify');
  if (result.proofs.some((p) => p.controller !== claim.voter))
    return unverified(`it is signed with a key of someone other than ${claim.voter}`);
  return { vote: { voter: claim.voter, castAt: claim.castAt, choice: claim.choice, verified: true }, url: claim.url };
}
