import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { entryUrl } from './group-ledger-layout.js';
import type { LogEntry } from './log-entry.js';
import { readEntry } from './read-entry.js';

const WINDOW = 4;

/** Options for readEntriesAfter: how many positions to ask for at once (4 by default). */
export interface ReadEntriesAfterOptions extends PodRequestOptions {
  readonly window?: number;
}

/**
 * The entries after position `after`, found by asking for the next positions a few at a time
 * until one is free: the cheap way to catch up after losing a race (no listings).
 */
export async function readEntriesAfter(
  groupUrl: string,
  after: number,
  options: ReadEntriesAfterOptions = {},
): Promise<LogEntry[]> {
  const found: LogEntry[] = [];
  const size = options.window ?? WINDOW;
  for (let next = after + 1; ; next += size) {
    const window = await Promise.all(
      Array.from({ length: size }, (_, i) => readEntry(entryUrl(groupUrl, next + i), options)),
    );
    for (const entry of window) {
      if (!entry) return found;
      found.push(entry);
    }
  }
}
