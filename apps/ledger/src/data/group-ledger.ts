import type { PaymentRequest } from './core-api.internal.js';
import type { GroupContext } from './group-context.js';
import type { LedgerView } from './ledger-view.js';

/** Everything the ledger pages show for one group. */
export interface GroupLedger {
  readonly context: GroupContext;
  readonly view: LedgerView;
  /** Undecided payment requests the viewer is party to (pending or expired). */
  readonly pending: readonly PaymentRequest[];
}
