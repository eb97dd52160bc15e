import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LedgerSettings } from '../records/types/ledger-settings.js';
import { readDatedRecords } from './dated-records.internal.js';
import { LEDGER_SETTINGS_KIND } from './settings-document.internal.js';
import type { DatedWorkflow } from './workflow-at.js';

/**
 * Reads a group's ledger settings history (`ledger-settings/`, decision 0079) in record order.
 * Records that fail their shape, name another group or another number than their URL, or are
 * dated before the record they follow are left out: a later record cannot rewrite how earlier
 * transfers are judged. An empty list means the group has no history (replay checks no workflow rule).
 */
export async function getLedgerSettingsHistory(groupUrl: string, options: PodRequestOptions = {}): Promise<DatedWorkflow[]> {
  return (await readDatedRecords(LEDGER_SETTINGS_KIND, groupUrl, options)).map(datedWorkflowOf);
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
