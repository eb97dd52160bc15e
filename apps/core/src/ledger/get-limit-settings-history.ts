import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LimitSettings } from '../records/types/limit-settings.js';
import { groupLedgerLayout, limitSettingsSequenceOf } from './group-ledger-layout.js';
import type { DatedLimits } from './limits-at.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { parseLimitSettings } from './limit-settings-document.internal.js';

/**
 * Reads a group's credit limit history (`limit-settings/`, decision 0081) in record order. Records
 * that fail their shape, name another group or another number than their URL, or are dated
 * before the record they follow are left out by every reader alike: a later record cannot
 * rewrite how earlier transfers are judged. An empty list: replay applies the current limits.
 */
export async function getLimitSettingsHistory(
  groupUrl: string,
  options: PodRequestOptions = {},
): Promise<DatedLimits[]> {
  const urls = (await getContainedResourceUrlsOrNone(groupLedgerLayout(groupUrl).limitSettings, options))
    .map((url) => ({ url, sequence: limitSettingsSequenceOf(url) }))
    .filter((u): u is { url: string; sequence: number } => u.sequence !== undefined)
    .sort((a, b) => a.sequence - b.sequence);
  const records = await mapConcurrently(urls, 8, ({ url }) => readLimitSettings(url, options));
  const history: DatedLimits[] = [];
  records.forEach((record, index) => {
    const sequence = (urls[index] as { sequence: number }).sequence;
    if (!record || record.sequence !== sequence || record.group !== groupUrl) return;
    const last = history[history.length - 1];
    if (last && Date.parse(record.created) < Date.parse(last.from)) return;
    history.push(datedLimitsOf(record));
  });
  return history;
}

/** The limits a credit limit record holds, with its time. */
export function datedLimitsOf(record: LimitSettings): DatedLimits {
  const pick = (minimum: number | undefined, maximum: number | undefined) => ({
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
  });
  return {
    sequence: record.sequence,
    from: record.created,
    ...(record.member !== undefined ? { member: record.member } : {}),
    limits: pick(record.minimumBalance, record.maximumBalance),
    previous: pick(record.previousMinimumBalance, record.previousMaximumBalance),
  };
}

async function readLimitSettings(url: string, options: PodRequestOptions): Promise<LimitSettings | undefined> {
  const attempted = 'Reading the credit limit record';
  const { response, body } = await fetchWithLimits(
    attempted,
    url,
    { headers: { accept: 'text/plain, application/n-quads' } },
    { ...options, maxBytes: options.maxBytes ?? 64 * 1024 },
  );
  if (response.status === 404 || response.status === 410) return undefined;
  if (!response.ok) throw httpFailure(attempted, url, response, body);
  try {
    return parseLimitSettings(body, url);
  } catch {
    // parseLimitSettings is pure: whatever it throws is bad data, and every reader skipping the
    // same record keeps their replays equal.
    return undefined;
  }
}
