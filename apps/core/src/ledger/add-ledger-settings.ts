import { ConflictError } from '../errors/conflict-error.js';
import { createImmutable } from '../pod/create-immutable.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { LedgerSettings } from '../records/types/ledger-settings.js';
import { groupLedgerLayout, settingsSequenceOf, settingsUrl } from './group-ledger-layout.js';
import type { LedgerWorkflow } from './ledger-workflow.js';
import { serializeSettings, SETTINGS_CONTENT_TYPE } from './settings-document.internal.js';

/** Who adds the record and when it takes effect. */
export interface AddLedgerSettingsOptions extends PodRequestOptions {
  /** WebID of the admin making the change (dcterms:creator). */
  readonly by?: string;
  /** When the workflow takes effect; defaults to now. */
  readonly now?: Date;
}

const ATTEMPTS = 5;

/**
 * Adds the next record to the group's ledger settings history (`ledger-settings/<n>`), created
 * once with If-None-Match: * so no record is ever replaced; an admin who loses the number to
 * another admin takes the next one. Needs Append on `ledger-settings/` (admins).
 */
export async function addLedgerSettings(groupUrl: string, workflow: LedgerWorkflow, options: AddLedgerSettingsOptions = {}): Promise<LedgerSettings> {
  const container = groupLedgerLayout(groupUrl).settings;
  const taken = (await getContainedResourceUrlsOrNone(container, options)).map(settingsSequenceOf).filter((n): n is number => n !== undefined);
  let sequence = taken.length === 0 ? 0 : Math.max(...taken) + 1;
  for (let attempt = 1; ; attempt++, sequence++) {
    const url = settingsUrl(groupUrl, sequence);
    const record: LedgerSettings = {
      url: `${url}#it`,
      group: groupUrl,
      sequence,
      created: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(options.by !== undefined ? { creator: options.by } : {}),
      membersMayRequestPayments: workflow.membersMayRequestPayments,
      paymentRequestLifetimeDays: workflow.requestLifetimeDays,
      payeeMustAcknowledge: workflow.payeeMustAcknowledge,
    };
    try {
      await createImmutable('Adding the ledger settings record at', url, SETTINGS_CONTENT_TYPE, serializeSettings(record), options);
      return record;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
