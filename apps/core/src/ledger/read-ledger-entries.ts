import { NotFoundError } from '../errors/not-found-error.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { ENTRIES_PER_FOLDER, folderNumberOf, groupLedgerLayout, sequenceOfEntryUrl } from './group-ledger-layout.js';
import type { LogEntry } from './log-entry.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { getEntry } from './read-entry.js';

/** Options for reading a group log. */
export interface ReadLedgerEntriesOptions extends PodRequestOptions {
  /** Read only entries after this position (an incremental read); all when absent. */
  readonly after?: number;
  /** Documents read at once; defaults to 8. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The group log's entries in position order: lists the entry folders from the one holding
 * `after + 1`, then reads each new entry document in parallel. An empty ledger is [].
 */
export async function readLedgerEntries(groupUrl: string, options: ReadLedgerEntriesOptions = {}): Promise<LogEntry[]> {
  const after = options.after ?? -1;
  const firstFolder = Math.floor((after + 1) / ENTRIES_PER_FOLDER);
  const folders = (await listOrEmpty(groupLedgerLayout(groupUrl).entries, options)).filter((url) => (folderNumberOf(url) ?? -1) >= firstFolder);
  const listed = await mapConcurrently(folders, 4, (folder) => listOrEmpty(folder, options));
  const urls = listed
    .flat()
    .map((url) => ({ url, sequence: sequenceOfEntryUrl(url) }))
    .filter((e): e is { url: string; sequence: number } => e.sequence !== undefined && e.sequence > after)
    .sort((a, b) => a.sequence - b.sequence);
  let done = 0;
  options.onProgress?.(0, urls.length);
  return mapConcurrently(urls, options.concurrency ?? 8, async ({ url }) => {
    const entry = await getEntry(url, options);
    options.onProgress?.(++done, urls.length);
    return entry;
  });
}

async function listOrEmpty(container: string, options: PodRequestOptions): Promise<string[]> {
  try {
    return await getContainedResourceUrls(container, options);
  } catch (error) {
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}
