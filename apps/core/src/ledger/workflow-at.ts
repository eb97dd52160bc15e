import { cutoffsWithin, inForceAt, secondOf, type Cutoff } from './held-during.internal.js';
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
 * The workflow in force at `time` (xsd:dateTime): the last record dated at or before it. When
 * settings changed within the same whole second (signed times have no finer grain), the most
 * lenient of the workflows that held during that second: a transfer that may have come first is
 * not judged by a rule its signer could not have seen. Undefined before the first record, or when
 * there is none: the ledger then says nothing about which rule held, so replay checks no workflow
 * rule (ledgers from before the history replay as they did). `history` is in record order with
 * non-decreasing times, as getLedgerSettingsHistory returns it.
 */
export function workflowAt(history: readonly DatedWorkflow[] | undefined, time: string): LedgerWorkflow | undefined {
  if (!history) return undefined;
  const at = Date.parse(time);
  if (Number.isNaN(at)) return undefined;
  const cutoffs = cutoffsWithin(secondOf(at), history.map((r) => ({ time: Date.parse(r.from), sequence: r.sequence })));
  const held = cutoffs.map((cutoff) => inForceAtCutoff(history, cutoff));
  if (held.some((w) => w === undefined)) return undefined;
  return mostLenient(held as LedgerWorkflow[]);
}

function inForceAtCutoff(history: readonly DatedWorkflow[], cutoff: Cutoff): LedgerWorkflow | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i] as DatedWorkflow;
    if (inForceAt(Date.parse(record.from), record.sequence, cutoff)) return record.workflow;
  }
  return undefined;
}

// Each replay rule gets weaker as requests open, lifetimes lengthen and acknowledgement goes:
// merging field by field names an entry only if every candidate workflow would.
function mostLenient(held: readonly LedgerWorkflow[]): LedgerWorkflow {
  if (held.length === 1) return held[0] as LedgerWorkflow;
  return {
    membersMayRequestPayments: held.some((w) => w.membersMayRequestPayments),
    requestLifetimeDays: Math.max(...held.map((w) => w.requestLifetimeDays)),
    payeeMustAcknowledge: held.every((w) => w.payeeMustAcknowledge),
  };
}
