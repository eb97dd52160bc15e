import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { pageUrl } from './group-ledger-layout.js';
import { parsePage } from './ledger-page.js';
import type { LogEntry } from './log-entry.js';

/** A page holds a hundred entries of at most 256 kB each (readEntry's limit), but is usually ~0.4 MB. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** Reads ledger page `page` of the group log: its entries, in position order (see parsePage). */
export async function readPage(groupUrl: string, page: number, options: PodRequestOptions = {}): Promise<LogEntry[]> {
  const url = pageUrl(groupUrl, page);
  const { response, body } = await fetchWithLimits(
    'Reading the ledger page',
    url,
    { headers: { accept: 'text/plain, application/n-quads' } },
    { ...options, maxBytes: options.maxBytes ?? MAX_PAGE_BYTES },
  );
  if (!response.ok) throw httpFailure('Reading the ledger page', url, response, body);
  return parsePage(body, url, groupUrl, page);
}
