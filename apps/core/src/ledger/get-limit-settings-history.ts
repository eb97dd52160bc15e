import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LimitSettings } from '../records/types/limit-settings.js';
import { readDatedRecords } from './dated-records.internal.js';
import type { DatedLimits } from './limits-at.js';
import { LIMIT_SETTINGS_KIND } from './limit-settings-document.internal.js';

/**
 * Reads a group's credit limit history (`limit-settings/`, decision 0081) in record order. Records
 * that fail their shape, name another group or another number than their URL, or are dated
 * before the record they follow are left out by every reader alike: a later record cannot
 * rewrite how earlier transfers are judged. An empty list: replay applies the current limits.
 */
export async function getLimitSettingsHistory(groupUrl: string, options: PodRequestOptions = {}): Promise<DatedLimits[]> {
  return (await readDatedRecords(LIMIT_SETTINGS_KIND, groupUrl, options)).map(datedLimitsOf);
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
