import type { ProposalRecord } from './core-decisions.js';
import { isClosingSoon, proposalState, toTallyProposal } from './core-decisions.js';

const DAY_MS = 24 * 3600_000;

/** Something the member should notice in a group's proposals. */
export interface ProposalNotice {
  readonly kind: 'new' | 'closing-soon';
  readonly proposal: ProposalRecord;
}

/**
 * In-app notices for a group's proposals: open ones created since the member last looked
 * (`lastSeen`; on a first visit, the past week), and open ones closing within a day.
 */
export function proposalNotices(proposals: readonly ProposalRecord[], now: Date, lastSeen?: string): ProposalNotice[] {
  const since = lastSeen ?? new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const open = proposals.filter((p) => proposalState(toTallyProposal(p), now) === 'open');
  const fresh = open.filter((p) => Date.parse(p.created) > Date.parse(since)).map((proposal) => ({ kind: 'new' as const, proposal }));
  const closing = open.filter((p) => isClosingSoon(p, now, DAY_MS)).map((proposal) => ({ kind: 'closing-soon' as const, proposal }));
  return [...fresh, ...closing];
}
