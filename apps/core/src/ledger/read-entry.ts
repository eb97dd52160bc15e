import { NotFoundError } from '../errors/not-found-error.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { parseEntry } from './entry-document.js';
import type { LogEntry } from './log-entry.js';

/** Reads one entry document of a group log; null when the position is still free. */
export async function readEntry(url: string, options: PodRequestOptions = {}): Promise<LogEntry | null> {
  const { response, body } = await fetchWithLimits('Reading the ledger entry', url, { headers: { accept: 'text/plain, application/n-quads' } }, { ...options, maxBytes: options.maxBytes ?? 256 * 1024 });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw httpFailure('Reading the ledger entry', url, response, body);
  return parseEntry(body, url);
}

/** Reads one entry that must exist. */
export async function getEntry(url: string, options: PodRequestOptions = {}): Promise<LogEntry> {
  const entry = await readEntry(url, options);
  if (!entry) throw new NotFoundError('Reading the ledger entry', url, 404, 'Not Found', 'no entry at this position');
  return entry;
}
