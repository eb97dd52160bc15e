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

/** Hash-check and read every entry; hashes a browser must wait for run in batches so WebCrypto works in parallel. */
export async function entryFacts(entries: readonly LogEntry[]): Promise<EntryFacts[]> {
  const facts: EntryFacts[] = new Array(entries.length);
  let waiting: Promise<void>[] = [];
  for (let index = 0; index < entries.length; index++) {
    const found = factsOf(entries[index] as LogEntry);
    if (!(found instanceof Promise)) facts[index] = found;
    else waiting.push(found.then((value) => void (facts[index] = value)));
    if (waiting.length >= BATCH) {
      await Promise.all(waiting);
      waiting = [];
    }
  }
  await Promise.all(waiting);
  return facts;
}

// Entries are immutable values, so what was computed for one object holds for as long as it
// lives: a warm replay of the same entries hashes nothing again. Where hashing is synchronous
// (Node) the facts themselves are kept, not a promise of them: a cold check of 100,000 entries
// then makes no promise per entry here, which the young-generation collector felt.
const computed = new WeakMap<LogEntry, EntryFacts | Promise<EntryFacts>>();

/** Works out an entry's facts now, from the transfer hash verifyEntries got out of the canonical form its signature check wrote. */
export function primeEntryFacts(entry: LogEntry, transferHash: string): void {
  if (!computed.has(entry)) computed.set(entry, factsFrom(entry, transferHash));
}

function factsOf(entry: LogEntry): EntryFacts | Promise<EntryFacts> {
  let facts = computed.get(entry);
  if (!facts) computed.set(entry, (facts = factsFrom(entry)));
  return facts;
}

function factsFrom(entry: LogEntry, knownTransferHash?: string): EntryFacts | Promise<EntryFacts> {
  const entryHash = sha256HexNow(entryHashNQuads(entry));
  if (knownTransferHash !== undefined && entryHash !== undefined) return factsWith(entry, knownTransferHash, entryHash);
  return (async () => {
    const transferHash = knownTransferHash ?? (await computeTransferHash(entry.record));
    return factsWith(entry, transferHash, entryHash ?? (await computeEntryHash(entry)));
  })();
}

function factsWith(entry: LogEntry, transferHash: string, entryHash: string): EntryFacts {
  return {
    transferHashMatches: transferHash === entry.transferHash,
    entryHashMatches: entryHash === entry.entryHash,
    transfer: readTransfer(entry.record, entry.transfer),
  };
}
