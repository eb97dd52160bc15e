import { canonicalJson, compareCodeUnits } from './canonical-json.internal.js';
import type { CountedVote } from './vote.js';

/**
 * Canonical text of the counted votes for a closing record: one line per vote, sorted by voter,
 * each the canonical JSON (RFC 8785 form) of `{ castAt, choice, voter }`, each line ending in "\n".
 */
export function countedVotesDigestInput(counted: readonly CountedVote<unknown>[]): string {
  return counted
    .map((v) => ({
      voter: v.voter,
      line: canonicalJson({
        voter: v.voter,
        castAt: v.castAt,
        choice: v.choice,
      }),
    }))
    .sort((a, b) => compareCodeUnits(a.voter, b.voter) || compareCodeUnits(a.line, b.line))
    .map((v) => `${v.line}\n`)
    .join('');
}

/** Lower-case hex SHA-256 (WebCrypto) of the UTF-8 bytes of `countedVotesDigestInput(counted)`. */
export async function hashCountedVotes(counted: readonly CountedVote<unknown>[]): Promise<string> {
  const bytes = new TextEncoder().encode(countedVotesDigestInput(counted));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
