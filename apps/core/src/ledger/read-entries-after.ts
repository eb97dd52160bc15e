import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { entryUrl } from './group-ledger-layout.js';
import type { LogEntry } from './log-entry.js';
import { readEntry } from './read-entry.js';

const WINDOW = 4;

/**
 * The entries after position `after`, found by asking for the next positions a few at a time
 * until one is free: the cheap way to catch up after losing a race (no listings).
 */
export async function readEntriesAfter(groupUrl: string, after: number, options: PodRequestOptions = {}): Promise<LogEntry[]> {
  const found: LogEntry[] = [];
  for (let next = after + 1; ; next += WINDOW) {
    const window = await Promise.all(Array.from({ length: WINDOW }, (_, i) => readEntry(entryUrl(groupUrl, next + i), options)));
    for (const entry of window) {
      if (!entry) return found;
      found.push(entry);
    }
  }
}
