import { entryFacts } from './entry-integrity.internal.js';
import { GENESIS_HASH, type LogEntry } from './log-entry.js';

/**
 * Why entries read from ledger pages cannot stand in for the entry documents, or undefined when
 * they can: every hash must recompute, each entry must chain to the one before, and the last
 * must be the very entry the log holds at that position (`anchor`, read on its own). Hashes
 * bind every record, so pages that pass hold exactly what the entry documents hold.
 */
export async function checkLedgerPages(
  paged: readonly LogEntry[],
  anchor: LogEntry | undefined,
): Promise<string | undefined> {
  const last = paged[paged.length - 1];
  if (!last) return undefined;
  if (!anchor || anchor.sequence !== last.sequence)
    return `the log has no entry at position ${last.sequence}, where the pages end`;
  if (anchor.entryHash !== last.entryHash)
    return `the pages end with an entry at position ${last.sequence} that is not the one in the log`;
  const facts = await entryFacts(paged);
  for (const [index, entry] of paged.entries()) {
    const fact = facts[index]!;
    if (!fact.transferHashMatches || !fact.entryHashMatches)
      return `the entry at position ${entry.sequence} in the pages does not match its hashes`;
    const previous =
      index === 0 ? (entry.sequence === 0 ? GENESIS_HASH : entry.previousHash) : paged[index - 1]!.entryHash;
    if (entry.previousHash !== previous)
      return `the entry at position ${entry.sequence} in the pages does not follow the one before it`;
  }
  return undefined;
}
