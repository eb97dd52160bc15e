import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { parseEntryCopy } from './entry-document.js';
import type { HistoryCopy } from './history-document.js';
import { mapConcurrently } from './map-concurrently.internal.js';

/** One copy in the layout before decision 0077 (one document per position in a month folder), with where it was. */
export interface LegacyCopy extends HistoryCopy {
  readonly url: string;
}

/** The positions in a legacy month folder (one listing), newest first. */
export async function listLegacyMonth(folder: string, options: PodRequestOptions): Promise<{ readonly url: string; readonly sequence: number }[]> {
  return (await getContainedResourceUrlsOrNone(folder, options))
    .map((url) => ({ url, sequence: Number(url.slice(folder.length)) }))
    .filter((c) => Number.isSafeInteger(c.sequence))
    .sort((a, b) => b.sequence - a.sequence);
}

/** Reads legacy per-position copies (8 in flight); unreadable ones are named in `problems`. */
export async function readLegacyCopies(urls: readonly string[], options: PodRequestOptions): Promise<{ readonly copies: LegacyCopy[]; readonly problems: string[] }> {
  const problems: string[] = [];
  const read = await mapConcurrently(urls, 8, async (url) => {
    try {
      const { response, body } = await fetchWithLimits('Reading your copy of the transfer', url, { headers: { accept: 'application/n-quads' } }, { ...options, maxBytes: 256 * 1024 });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const copy = parseEntryCopy(body);
      if (!copy) throw new Error('not a ledger entry copy');
      return { ...copy, url };
    } catch (error) {
      problems.push(`${url}: ${(error as Error).message}`);
      return undefined;
    }
  });
  return { copies: read.filter((c): c is LegacyCopy => c !== undefined), problems };
}
