import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { parseEntryCopy } from './entry-document.js';
import type { LogEntry } from './log-entry.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { readTransfer } from './read-transfer.js';
import { memberLedgerFolder } from './transfer-copies.js';
import type { TransferTerms } from './transfer.js';

/** One transfer of a member's history page, from their own copy. */
export interface HistoryItem {
  readonly entry: LogEntry;
  readonly terms: TransferTerms;
  /** The entry's document in the group log, the authority to check the copy against. */
  readonly entryUrl: string;
  readonly copyUrl: string;
  /** Whether every proof verified; undefined when no key resolver was given. */
  readonly verified?: boolean;
}

/** Options for one history page. */
export interface MemberHistoryOptions extends PodRequestOptions {
  /** Items per page; defaults to 50. */
  readonly limit?: number;
  /** Only entries before this ledger position (the last item of the previous page). */
  readonly before?: number;
  /** When given, each item's signatures are checked. */
  readonly resolveKey?: KeyResolver;
}

/** A page of a member's history, newest first. */
export interface MemberHistoryPage {
  readonly items: readonly HistoryItem[];
  /** True when older items exist (ask again with `before` set to the last item's position). */
  readonly more: boolean;
}

/**
 * A member's newest transfers in a group, read from their own copies (one folder per month,
 * one document per position), so a page costs a few listings and `limit` reads however large
 * the group ledger is.
 */
export async function readMemberHistory(storage: string, groupUrl: string, options: MemberHistoryOptions = {}): Promise<MemberHistoryPage> {
  const limit = options.limit ?? 50;
  const before = options.before ?? Number.POSITIVE_INFINITY;
  const months = (await getContainedResourceUrlsOrNone(memberLedgerFolder(storage, groupUrl), options)).filter((url) => url.endsWith('/')).reverse();
  const wanted: string[] = [];
  let more = false;
  for (const [index, month] of months.entries()) {
    const urls = (await getContainedResourceUrlsOrNone(month, options))
      .map((url) => ({ url, sequence: Number(url.slice(month.length)) }))
      .filter((c) => Number.isSafeInteger(c.sequence) && c.sequence < before)
      .sort((a, b) => b.sequence - a.sequence);
    const room = limit - wanted.length;
    wanted.push(...urls.slice(0, room).map((c) => c.url));
    if (urls.length > room) {
      more = true;
      break;
    }
    if (wanted.length === limit) {
      // Older month folders hold older positions: any left means another page.
      more = index < months.length - 1;
      break;
    }
  }
  const items = await mapConcurrently(wanted, 8, (url) => readCopy(url, options));
  return { items: items.filter((i): i is HistoryItem => i !== undefined), more };
}

async function readCopy(url: string, options: MemberHistoryOptions): Promise<HistoryItem | undefined> {
  const { response, body } = await fetchWithLimits('Reading your copy of the transfer', url, { headers: { accept: 'application/n-quads' } }, { ...options, maxBytes: 256 * 1024 });
  if (!response.ok) return undefined;
  const copy = parseEntryCopy(body);
  if (!copy) return undefined;
  const terms = readTransfer(copy.entry.record, copy.entry.transfer);
  if ('problem' in terms) return undefined;
  const verified = options.resolveKey ? (await verifyRecord(copy.entry.record, { resolveKey: options.resolveKey, subject: terms.iri })).verified : undefined;
  return { entry: copy.entry, terms, entryUrl: copy.entryUrl, copyUrl: url, ...(verified !== undefined ? { verified } : {}) };
}

