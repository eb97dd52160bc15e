import type { LedgerWorkflow } from './ledger-workflow.js';

/** A workflow and the time it took effect: one record of the group's settings history. */
export interface DatedWorkflow {
  /** The record's number in `ledger-settings/`. */
  readonly sequence: number;
  /** xsd:dateTime with a time zone; the workflow holds from here until the next record's time. */
  readonly from: string;
  readonly workflow: LedgerWorkflow;
}

/**
 * The workflow in force at `time` (xsd:dateTime): the last record dated strictly before it. Signed
 * times have whole seconds, so a transfer in the same second as a change may have come first: it is
 * judged by the rule before the change, never by one its signer could not have seen. Undefined
 * before the first record, or when there is none: the ledger then says nothing about which rule
 * held, so replay checks no workflow rule (ledgers from before the history replay as they did).
 * `history` is in record order with non-decreasing times, as getLedgerSettingsHistory returns it.
 */
export function workflowAt(history: readonly DatedWorkflow[] | undefined, time: string): LedgerWorkflow | undefined {
  if (!history) return undefined;
  const at = Date.parse(time);
  if (Number.isNaN(at)) return undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i] as DatedWorkflow;
    if (Date.parse(record.from) < at) return record.workflow;
  }
  return undefined;
}
