import type { VoteInput } from '../../data/core-decisions.js';

/** Fired by the vote form when the member submits a complete ballot; the page signs and sends it. */
export class DcVoteSubmittedEvent extends Event {
  static readonly type = 'dc-vote-submitted';

  constructor(readonly input: VoteInput) {
    super(DcVoteSubmittedEvent.type, { bubbles: true, composed: true });
  }
}
