import { ConflictError } from '../errors/conflict-error.js';
import { createImmutable } from '../pod/create-immutable.js';
import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { mapConcurrently } from './map-concurrently.internal.js';

/** What every record of a group's dated settings histories holds (decisions 0079, 0081). */
export interface DatedRecord {
  readonly group: string;
  /** The number in its URL. */
  readonly sequence: number;
  /** From when it holds (xsd:dateTime). */
  readonly created: string;
}

/** One kind of numbered, write-once record in its own container of the group pod. */
export interface DatedRecordKind<R extends DatedRecord> {
  /** Says what a person would: "the credit limit record". */
  readonly name: string;
  readonly container: (groupUrl: string) => string;
  readonly urlOf: (groupUrl: string, sequence: number) => string;
  readonly sequenceOf: (url: string) => number | undefined;
  readonly contentType: string;
  readonly serialize: (record: R) => string;
  /** Parses and shape-checks a document; throws on anything that is not a valid record. */
  readonly parse: (body: string, url: string) => R;
}

const ATTEMPTS = 5;

/**
 * Reads a container's records in number order. Records that fail their shape, name another group
 * or another number than their URL, or are dated before the record they follow are left out, the
 * same way by every reader: a later record cannot rewrite how earlier transfers are judged.
 */
export async function readDatedRecords<R extends DatedRecord>(kind: DatedRecordKind<R>, groupUrl: string, options: PodRequestOptions): Promise<R[]> {
  const urls = (await getContainedResourceUrlsOrNone(kind.container(groupUrl), options))
    .map((url) => ({ url, sequence: kind.sequenceOf(url) }))
    .filter((u): u is { url: string; sequence: number } => u.sequence !== undefined)
    .sort((a, b) => a.sequence - b.sequence);
  const records = await mapConcurrently(urls, 8, ({ url }) => readRecord(kind, url, options));
  const kept: R[] = [];
  records.forEach((record, index) => {
    if (!record || record.sequence !== urls[index]?.sequence || record.group !== groupUrl) return;
    const last = kept[kept.length - 1];
    if (last && Date.parse(record.created) < Date.parse(last.created)) return;
    kept.push(record);
  });
  return kept;
}

/** What every dated record states about itself, as addDatedRecord hands it to the record's builder. */
export interface DatedRecordHeader extends DatedRecord {
  /** The record's node: `<record document>#it`. */
  readonly url: string;
  /** WebID of the admin making the change (dcterms:creator), when given. */
  readonly creator?: string;
}

/**
 * Adds the next record, created once with If-None-Match: * so no record is ever replaced; an
 * admin who loses the number to another admin takes the next one. `build` makes the record from its
 * header: number, node, group, the time it takes effect and its creator.
 */
export async function addDatedRecord<R extends DatedRecord>(
  kind: DatedRecordKind<R>,
  groupUrl: string,
  build: (header: DatedRecordHeader) => R,
  options: PodRequestOptions & { readonly now?: Date; readonly by?: string },
): Promise<R> {
  const taken = (await getContainedResourceUrlsOrNone(kind.container(groupUrl), options)).map(kind.sequenceOf).filter((n): n is number => n !== undefined);
  let sequence = taken.length === 0 ? 0 : Math.max(...taken) + 1;
  const created = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let attempt = 1; ; attempt++, sequence++) {
    const url = kind.urlOf(groupUrl, sequence);
    const record = build({ url: `${url}#it`, group: groupUrl, sequence, created, ...(options.by !== undefined ? { creator: options.by } : {}) });
    try {
      await createImmutable(`Adding ${kind.name} at`, url, kind.contentType, kind.serialize(record), options);
      return record;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function readRecord<R extends DatedRecord>(kind: DatedRecordKind<R>, url: string, options: PodRequestOptions): Promise<R | undefined> {
  const attempted = `Reading ${kind.name}`;
  const { response, body } = await fetchWithLimits(attempted, url, { headers: { accept: 'text/plain, application/n-quads' } }, { ...options, maxBytes: options.maxBytes ?? 64 * 1024 });
  if (response.status === 404 || response.status === 410) return undefined;
  if (!response.ok) throw httpFailure(attempted, url, response, body);
  try {
    return kind.parse(body, url);
  } catch {
    // parse is pure: whatever it throws (bad N-Quads, a shape violation) is bad data, and every
    // reader skipping the same record keeps their replays equal.
    return undefined;
  }
}
