import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { toEntryVerification } from './entry-verification.js';
import type { EntryVerification } from './ledger-problem.js';
import type { LogEntry } from './log-entry.js';

/** Verification results kept between reads of a ledger, by entry object (entries are immutable). */
export type VerificationCache = WeakMap<LogEntry, EntryVerification>;

/** Options for verifying entries. */
export interface VerifyEntriesOptions {
  readonly resolveKey: KeyResolver;
  readonly cache?: VerificationCache;
  /** Signatures checked at once; WebCrypto runs faster with many in flight. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks every entry's signatures (same index as `entries`), skipping entries already in the cache. */
export async function verifyEntries(entries: readonly LogEntry[], options: VerifyEntriesOptions): Promise<EntryVerification[]> {
  const { resolveKey, cache } = options;
  const concurrency = options.concurrency ?? 128;
  const results: EntryVerification[] = new Array(entries.length);
  for (let start = 0; start < entries.length; start += concurrency) {
    const batch = entries.slice(start, start + concurrency);
    await Promise.all(
      batch.map(async (entry, offset) => {
        let found = cache?.get(entry);
        if (!found) {
          found = toEntryVerification(await verifyRecord(entry.record, { resolveKey, subject: entry.transfer }));
          cache?.set(entry, found);
        }
        results[start + offset] = found;
      }),
    );
    options.onProgress?.(Math.min(start + concurrency, entries.length), entries.length);
  }
  return results;
}
