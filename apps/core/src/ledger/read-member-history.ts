import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { copyShapeProblem, parseHistory, type HistoryCopy } from './history-document.js';
import type { LogEntry } from './log-entry.js';
import { historyDocumentOf, MAX_HISTORY_BYTES } from './member-history-layout.js';
import { listLegacyMonth, readLegacyCopies } from './read-legacy-copies.internal.js';
import { readTransfer } from './read-transfer.js';
import { memberLedgerFolder } from './transfer-copies.js';
import type { TransferTerms } from './transfer.js';

/** One transfer of a member's history page, from their own copy. */
export interface HistoryItem {
  readonly entry: LogEntry;
  readonly terms: TransferTerms;
  /** The entry's document in the group log, the authority to check the copy against. */
  readonly entryUrl: string;
  /** The document holding the copy: a month history document, or a legacy per-position copy. */
  readonly copyUrl: string;
  /** Whether every proof verified; undefined when no key resolver was given. */
  readonly verified?: boolean;
  /** Whether the group log holds the same entry at that position; undefined unless a ledger was given. */
  readonly inLedger?: boolean;
}

/** Options for one history page. */
export interface MemberHistoryOptions extends PodRequestOptions {
  /** Items per page; defaults to 50. */
  readonly limit?: number;
  /** Only entries before this ledger position (the last item of the previous page). */
  readonly before?: number;
  /** When given, each item's signatures are checked. */
  readonly resolveKey?: KeyResolver;
  /** When given (an open group ledger), each item is compared with the entry at its position. */
  readonly ledger?: { readonly entries: readonly LogEntry[] };
}

/** A page of a member's history, newest first. */
export interface MemberHistoryPage {
  readonly items: readonly HistoryItem[];
  /** True when older items exist (ask again with `before` set to the last item's position). */
  readonly more: boolean;
  /** Documents or copies that could not be used (unreadable, too large, failing their shapes), with why. */
  readonly problems: readonly string[];
}

interface Month {
  readonly parts: string[];
  legacy?: string;
}

/**
 * A member's newest transfers in a group, read from their own pod: one listing of the group's
 * folder, then the month history documents from the newest until the page is full (decision
 * 0077), so a page costs 2–3 requests however large the group ledger is. Months still in the
 * per-position layout of decision 0026 are read as before until migrated.
 */
export async function readMemberHistory(storage: string, groupUrl: string, options: MemberHistoryOptions = {}): Promise<MemberHistoryPage> {
  const limit = options.limit ?? 50;
  const before = options.before ?? Number.POSITIVE_INFINITY;
  const folder = memberLedgerFolder(storage, groupUrl);
  const months = monthsIn(folder, await getContainedResourceUrlsOrNone(folder, options));
  const problems: string[] = [];
  const picked: (HistoryCopy & { readonly url: string })[] = [];
  let more = false;
  const keys = [...months.keys()].sort().reverse();
  for (const [index, key] of keys.entries()) {
    const found = await readMonth(months.get(key) as Month, before, limit - picked.length, options, problems);
    picked.push(...found.copies);
    if (found.more || (picked.length === limit && index < keys.length - 1)) {
      more = true;
      break;
    }
    if (picked.length === limit) break;
  }
  const items = await Promise.all(picked.map((copy) => itemOf(copy, options, problems)));
  return { items: items.filter((i): i is HistoryItem => i !== undefined), more, problems };
}

function monthsIn(folder: string, urls: readonly string[]): Map<string, Month> {
  const months = new Map<string, Month>();
  const monthOf = (key: string): Month => {
    let month = months.get(key);
    if (!month) months.set(key, (month = { parts: [] }));
    return month;
  };
  for (const url of urls) {
    const doc = historyDocumentOf(url, folder);
    if (doc) monthOf(doc.month).parts.push(url);
    const legacy = /^(\d{4}-\d{2}|unknown)\/$/.exec(url.slice(folder.length));
    if (legacy) monthOf(legacy[1] as string).legacy = url;
  }
  return months;
}

async function readMonth(month: Month, before: number, room: number, options: PodRequestOptions, problems: string[]): Promise<{ copies: (HistoryCopy & { url: string })[]; more: boolean }> {
  const read = await Promise.all(month.parts.map((url) => readHistoryDocument(url, options, problems)));
  const copies: (HistoryCopy & { url: string })[] = read.flat();
  if (month.legacy) {
    const positions = (await listLegacyMonth(month.legacy, options)).filter((p) => p.sequence < before && !copies.some((c) => c.entry.sequence === p.sequence));
    const legacy = await readLegacyCopies(positions.slice(0, room).map((p) => p.url), options);
    problems.push(...legacy.problems);
    copies.push(...legacy.copies);
    if (positions.length > room) return { copies: newest(copies, before, room), more: true };
  }
  const wanted = copies.filter((c) => c.entry.sequence < before);
  return { copies: newest(wanted, before, room), more: wanted.length > room };
}

function newest<C extends HistoryCopy>(copies: readonly C[], before: number, room: number): C[] {
  return copies
    .filter((c) => c.entry.sequence < before)
    .sort((a, b) => b.entry.sequence - a.entry.sequence)
    .slice(0, room);
}

async function readHistoryDocument(url: string, options: PodRequestOptions, problems: string[]): Promise<(HistoryCopy & { url: string })[]> {
  try {
    const { response, body } = await fetchWithLimits('Reading your history document', url, { headers: { accept: 'text/plain' } }, { ...options, maxBytes: MAX_HISTORY_BYTES });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = parseHistory(body, url);
    problems.push(...parsed.problems);
    return parsed.copies.map((copy) => ({ ...copy, url }));
  } catch (error) {
    problems.push(`${url} could not be read: ${(error as Error).message}`);
    return [];
  }
}

async function itemOf(copy: HistoryCopy & { url: string }, options: MemberHistoryOptions, problems: string[]): Promise<HistoryItem | undefined> {
  const invalid = copyShapeProblem(copy);
  const terms = readTransfer(copy.entry.record, copy.entry.transfer);
  if (invalid || 'problem' in terms) {
    problems.push(`${copy.url}: the copy of position ${copy.entry.sequence} ${invalid ?? (terms as { problem: string }).problem}`);
    return undefined;
  }
  const verified = options.resolveKey ? (await verifyRecord(copy.entry.record, { resolveKey: options.resolveKey, subject: terms.iri })).verified : undefined;
  const logged = options.ledger?.entries[copy.entry.sequence];
  const inLedger = options.ledger ? logged?.entryHash === copy.entry.entryHash && logged.transferHash === copy.entry.transferHash : undefined;
  return { entry: copy.entry, terms, entryUrl: copy.entryUrl, copyUrl: copy.url, ...(verified !== undefined ? { verified } : {}), ...(inLedger !== undefined ? { inLedger } : {}) };
}
