import { checkRecord } from '../signing/check-record.js';
import { memoizeKeyResolver } from '../signing/memoize-key-resolver.js';
import type { KeyResolver } from '../signing/verify-record.js';
import { primeEntryFacts } from './entry-integrity.internal.js';
import { toEntryVerification } from './entry-verification.js';
import type { EntryVerification } from './ledger-problem.js';
import type { LogEntry } from './log-entry.js';

/** Verification results kept between reads of a ledger, by entry object (entries are immutable). */
export type VerificationCache = WeakMap<LogEntry, EntryVerification>;

/** Options for verifying entries. */
export interface VerifyEntriesOptions {
  readonly resolveKey: KeyResolver;
  readonly cache?: VerificationCache;
  /** Signatures checked at once (default 64): enough to keep the thread pool fed, few enough that little is alive at each young-generation collection (decision 0083). */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks every entry's signatures (same index as `entries`), skipping entries already in the cache. */
export async function verifyEntries(entries: readonly LogEntry[], options: VerifyEntriesOptions): Promise<EntryVerification[]> {
  const { cache, onProgress } = options;
  // A log names the same few keys over and over: each is resolved and imported once per call.
  const resolveKey = memoizeKeyResolver(options.resolveKey);
  const concurrency = Math.max(1, options.concurrency ?? 64);
  const results: EntryVerification[] = new Array(entries.length);
  let next = 0;
  let done = 0;
  // A sliding window rather than batches: a new check starts as soon as one ends, so WebCrypto's
  // thread pool never waits for the slowest check of a batch while the main thread canonicalises.
  const lane = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index] as LogEntry;
      let found = cache?.get(entry);
      if (!found) {
        // The record's canonical form is written for its signature check anyway: its hash is
        // mutua:transferHash, handed to replay so that replay need not write it again.
        const checked = await checkRecord(entry.record, { resolveKey, subject: entry.transfer, hashRecord: true });
        if (checked.recordHash !== undefined) primeEntryFacts(entry, checked.recordHash);
        found = toEntryVerification(checked.verification);
        cache?.set(entry, found);
      }
      results[index] = found;
      done++;
      if (onProgress && (done % concurrency === 0 || done === entries.length)) onProgress(done, entries.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, lane));
  return results;
}
