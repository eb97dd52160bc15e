import { ConflictError } from '../errors/conflict-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { ENTRY_CONTENT_TYPE } from './entry-document.js';
import { copyShapeIssues, parseHistory, serializeHistory, type HistoryCopy } from './history-document.js';
import { COPIES_PER_HISTORY_DOCUMENT, historyDocumentUrl, historyMonthOf, MAX_HISTORY_BYTES } from './member-history-layout.js';

interface Part {
  readonly url: string;
  /** The validator for If-Match; undefined when the part does not exist yet (If-None-Match: *). */
  etag: string | undefined;
  copies: HistoryCopy[];
  /** A part holding copies that failed to parse is never rewritten: that would drop them. */
  readonly sealed: boolean;
}

/** How to file copies: as any pod request, and optionally reading each month before writing it. */
export interface SaveHistoryOptions extends PodRequestOptions {
  /**
   * Read a month this app has not seen before writing it, instead of trying to create it: for
   * copies that are most likely filed already (refileOwnCopies), so nothing is written then.
   */
  readonly readFirst?: boolean;
  /** Told of the copies actually added (not those found already filed). */
  readonly onFiled?: (copies: readonly HistoryCopy[]) => void;
}

const MAX_ATTEMPTS = 5;
// Per month document, what this app knows: the parts as it last read or wrote them (with their
// ETags), or only that the month exists. CSS answers a PUT without the new ETag, so after its
// own write an app must read the month again before the next one; a server that returns the
// ETag makes a steady-state append a single conditional PUT. Writes queue per month, so two
// payments from one app never race each other.
const known = new Map<string, Part[] | 'exists'>();
const queues = new Map<string, Promise<unknown>>();

/**
 * Files copies of ledger entries in the member's history documents (one per month of the
 * transfers, decision 0077), each rewritten with If-Match so two devices never overwrite each
 * other's copies; a copy already filed at the same position is left as it is. Resolves with
 * the history document each copy is in. Throws ValidationError before writing a copy that
 * fails its shapes.
 */
export async function saveHistoryCopies(storage: string, copies: readonly HistoryCopy[], options: SaveHistoryOptions = {}): Promise<string[]> {
  for (const copy of copies) {
    const failed = copyShapeIssues(copy);
    if (failed) throw new ValidationError('Filing your copy of the transfer', copy.entryUrl, failed.type, failed.issues);
  }
  const byMonth = new Map<string, HistoryCopy[]>();
  for (const copy of copies) {
    const key = historyDocumentUrl(storage, copy.group, historyMonthOf(copy.entry));
    byMonth.set(key, [...(byMonth.get(key) ?? []), copy]);
  }
  const where = new Map<HistoryCopy, string>();
  await Promise.all(
    [...byMonth].map(([first, monthCopies]) =>
      queued(first, async () => {
        for (const [copy, url] of await fileInMonth(first, monthCopies, options)) where.set(copy, url);
      }),
    ),
  );
  return copies.map((copy) => where.get(copy) as string);
}

/** Forgets what this app knows of a member's history documents (tests, logout). */
export function forgetHistoryDocuments(): void {
  known.clear();
}

async function queued<R>(key: string, task: () => Promise<R>): Promise<R> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => queues.get(key) === settled && queues.delete(key));
  return run;
}

async function fileInMonth(first: string, copies: readonly HistoryCopy[], options: SaveHistoryOptions): Promise<Map<HistoryCopy, string>> {
  for (let attempt = 1; ; attempt++) {
    const state = known.get(first) ?? (options.readFirst ? 'exists' : undefined);
    // A month never seen is most often new (a member's first transfer of the month): try to
    // create it outright; If-None-Match makes that safe, and a 412 sends us to read it.
    const parts = state === undefined ? [{ url: first, etag: undefined, copies: [], sealed: false }] : state === 'exists' ? await readParts(first, options) : state;
    try {
      const where = await addToParts(parts, first, copies, options);
      known.set(first, parts.every((p) => p.etag !== undefined || p.copies.length === 0) ? parts : 'exists');
      return where;
    } catch (error) {
      // Another device (or a lost race to create) changed the month: read it again and reapply.
      known.set(first, 'exists');
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function addToParts(parts: Part[], first: string, copies: readonly HistoryCopy[], options: SaveHistoryOptions): Promise<Map<HistoryCopy, string>> {
  const where = new Map<HistoryCopy, string>();
  const filed = new Map<number, string>();
  for (const part of parts) for (const c of part.copies) filed.set(c.entry.sequence, part.url);
  const fresh: HistoryCopy[] = [];
  for (const copy of copies) {
    const url = filed.get(copy.entry.sequence);
    if (url) where.set(copy, url);
    else if (!fresh.some((c) => c.entry.sequence === copy.entry.sequence)) fresh.push(copy);
  }
  const dirty = new Set<Part>();
  for (const copy of fresh) {
    let part = parts.at(-1) as Part;
    if (part.sealed || part.copies.length >= COPIES_PER_HISTORY_DOCUMENT) {
      part = { url: `${first}-${parts.length + 1}`, etag: undefined, copies: [], sealed: false };
      parts.push(part);
    }
    part.copies = [...part.copies, copy];
    dirty.add(part);
    where.set(copy, part.url);
  }
  for (const part of dirty) {
    const condition: Record<string, string> = part.etag ? { 'if-match': part.etag } : { 'if-none-match': '*' };
    const response = await sendWrite('Filing your copies of transfers in', part.url, { method: 'PUT', headers: { 'content-type': ENTRY_CONTENT_TYPE, ...condition }, body: serializeHistory(part.copies) }, options);
    part.etag = response.headers.get('etag') ?? undefined;
  }
  if (fresh.length > 0) options.onFiled?.(fresh);
  for (const copy of copies) if (!where.has(copy)) where.set(copy, filed.get(copy.entry.sequence) as string);
  return where;
}

async function readParts(first: string, options: PodRequestOptions): Promise<Part[]> {
  const parts: Part[] = [];
  for (let n = 1; ; n++) {
    const url = n === 1 ? first : `${first}-${n}`;
    const { response, body } = await fetchWithLimits('Reading your history document', url, { headers: { accept: ENTRY_CONTENT_TYPE } }, { ...options, maxBytes: MAX_HISTORY_BYTES });
    if (response.status === 404) {
      parts.push({ url, etag: undefined, copies: [], sealed: false });
      return parts;
    }
    if (!response.ok) throw httpFailure('Reading your history document', url, response, body);
    const parsed = parseHistory(body, url);
    const part = { url, etag: response.headers.get('etag') ?? undefined, copies: [...parsed.copies], sealed: parsed.problems.length > 0 };
    parts.push(part);
    if (!part.sealed && part.copies.length < COPIES_PER_HISTORY_DOCUMENT) return parts;
  }
}
