import { sha256HexNow } from '../signing/sha256.js';
import { computeEntryHash, computeTransferHash, entryHashNQuads } from './compute-entry-hash.js';
import type { LogEntry } from './log-entry.js';
import { readTransfer, type UnreadableTransfer } from './read-transfer.js';
import type { TransferTerms } from './transfer.js';

/** What replay needs to know about one entry on its own, before folding. */
export interface EntryFacts {
  readonly transferHashMatches: boolean;
  readonly entryHashMatches: boolean;
  readonly transfer: TransferTerms | UnreadableTransfer;
}

const BATCH = 256;

/** Hash-check and read every entry; hashing runs in batches so WebCrypto works in parallel. */
export async function entryFacts(entries: readonly LogEntry[]): Promise<EntryFacts[]> {
  const facts: EntryFacts[] = [];
  for (let start = 0; start < entries.length; start += BATCH) {
    facts.push(...(await Promise.all(entries.slice(start, start + BATCH).map(factsOf))));
  }
  return facts;
}

// Entries are immutable values, so what was computed for one object holds for as long as it
// lives: a warm replay of the same entries hashes nothing again.
const computed = new WeakMap<LogEntry, Promise<EntryFacts>>();

/** Works out an entry's facts now, from the transfer hash verifyEntries got out of the canonical form its signature check wrote. */
export function primeEntryFacts(entry: LogEntry, transferHash: string): void {
  if (!computed.has(entry)) computed.set(entry, computeFacts(entry, transferHash));
}

function factsOf(entry: LogEntry): Promise<EntryFacts> {
  let facts = computed.get(entry);
  if (!facts) computed.set(entry, (facts = computeFacts(entry)));
  return facts;
}

async function computeFacts(entry: LogEntry, knownTransferHash?: string): Promise<EntryFacts> {
  const transferHash = knownTransferHash ?? (await computeTransferHash(entry.record));
  const entryHash = sha256HexNow(entryHashNQuads(entry)) ?? (await computeEntryHash(entry));
  return {
    transferHashMatches: transferHash === entry.transferHash,
    entryHashMatches: entryHash === entry.entryHash,
    transfer: readTransfer(entry.record, entry.transfer),
  };
}
