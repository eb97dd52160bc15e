import type { LedgerWorkflow } from '../../data/core-api.internal.js';

/** Fired by `mutua-ledger-workflow-settings` after the group's ledger workflow was saved and enforced. */
export class WorkflowChangedEvent extends Event {
  static readonly eventName = 'mutua-ledger-workflow-changed';
  constructor(readonly workflow: LedgerWorkflow) {
    super(WorkflowChangedEvent.eventName, { bubbles: true, composed: true });
  }
}
