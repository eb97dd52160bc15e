import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LedgerSettings } from '../records/types/ledger-settings.js';
import { addDatedRecord } from './dated-records.internal.js';
import type { LedgerWorkflow } from './ledger-workflow.js';
import { LEDGER_SETTINGS_KIND } from './settings-document.internal.js';

/** Who adds the record and when it takes effect. */
export interface AddLedgerSettingsOptions extends PodRequestOptions {
  /** WebID of the admin making the change (dcterms:creator). */
  readonly by?: string;
  /** When the workflow takes effect; defaults to now. */
  readonly now?: Date;
}

/**
 * Adds the next record to the group's ledger settings history (`ledger-settings/<n>`), created
 * once with If-None-Match: * so no record is ever replaced; an admin who loses the number to
 * another admin takes the next one. Needs Append on `ledger-settings/` (admins).
 */
export function addLedgerSettings(groupUrl: string, workflow: LedgerWorkflow, options: AddLedgerSettingsOptions = {}): Promise<LedgerSettings> {
  return addDatedRecord(
    LEDGER_SETTINGS_KIND,
    groupUrl,
    (header) => ({
      ...header,
      membersMayRequestPayments: workflow.membersMayRequestPayments,
      paymentRequestLifetimeDays: workflow.requestLifetimeDays,
      payeeMustAcknowledge: workflow.payeeMustAcknowledge,
    }),
    options,
  );
}
