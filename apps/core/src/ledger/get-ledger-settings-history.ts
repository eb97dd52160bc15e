import { fetchWithLimits } from '../pod/fetch-with-limits.internal.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LedgerSettings } from '../records/types/ledger-settings.js';
import { groupLedgerLayout, settingsSequenceOf } from './group-ledger-layout.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { parseSettings } from './settings-document.internal.js';
import type { DatedWorkflow } from './workflow-at.js';

/**
 * Reads a group's ledger settings history (`ledger-settings/`, decision 0079) in record order.
 * Records that fail their shape, name another group or another number than their URL, or are
 * dated before the record they follow are left out: a later record cannot rewrite how earlier
 * transfers are judged. An empty list means the group has no history (replay checks no workflow rule).
 */
export async function getLedgerSettingsHistory(groupUrl: string, options: PodRequestOptions = {}): Promise<DatedWorkflow[]> {
  const urls = (await getContainedResourceUrlsOrNone(groupLedgerLayout(groupUrl).settings, options))
    .map((url) => ({ url, sequence: settingsSequenceOf(url) }))
    .filter((u): u is { url: string; sequence: number } => u.sequence !== undefined)
    .sort((a, b) => a.sequence - b.sequence);
  const records = await mapConcurrently(urls, 8, ({ url }) => readSettings(url, options));
  const history: DatedWorkflow[] = [];
  records.forEach((record, index) => {
    const sequence = (urls[index] as { sequence: number }).sequence;
    if (!record || record.sequence !== sequence || record.group !== groupUrl) return;
    const last = history[history.length - 1];
    if (last && Date.parse(record.created) < Date.parse(last.from)) return;
    history.push(datedWorkflowOf(record));
  });
  return history;
}

/** The workflow a settings record holds, with its time. */
export function datedWorkflowOf(record: LedgerSettings): DatedWorkflow {
  return {
    sequence: record.sequence,
    from: record.created,
    workflow: {
      membersMayRequestPayments: record.membersMayRequestPayments,
      requestLifetimeDays: record.paymentRequestLifetimeDays,
      payeeMustAcknowledge: record.payeeMustAcknowledge,
    },
  };
}

async function readSettings(url: string, options: PodRequestOptions): Promise<LedgerSettings | undefined> {
  const attempted = 'Reading the ledger settings record';
  const { response, body } = await fetchWithLimits(attempted, url, { headers: { accept: 'text/plain, application/n-quads' } }, { ...options, maxBytes: options.maxBytes ?? 64 * 1024 });
  if (response.status === 404 || response.status === 410) return undefined;
  if (!response.ok) throw httpFailure(attempted, url, response, body);
  try {
    return parseSettings(body, url);
  } catch {
    // parseSettings is pure: whatever it throws (bad N-Quads, a shape violation) is bad data, and
    // every reader skipping the same record keeps their replays equal.
    return undefined;
  }
}
