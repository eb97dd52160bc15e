import { msg } from '@lit/localize';
import type { Tally } from './core-decisions.js';

/** One bar of a tally chart and one row of its table. */
export interface TallyRow {
  readonly label: string;
  readonly value: number;
}

/** The numbers of a tally as labelled rows; ranked choice shows its last round. */
export function tallyRows(tally: Tally, nameOf: (iri: string) => string): TallyRow[] {
  switch (tally.method) {
    case 'yes-no':
      return [
        { label: msg('Yes'), value: tally.counts.yes },
        { label: msg('No'), value: tally.counts.no },
        { label: msg('Abstain'), value: tally.counts.abstain },
      ];
    case 'consent':
      return [
        { label: msg('Consent'), value: tally.counts.consent },
        { label: msg('Stand aside'), value: tally.counts.standAside },
        { label: msg('Block'), value: tally.counts.block },
      ];
    case 'approval':
      return tally.perOption.map((o) => ({ label: nameOf(o.option), value: o.approvals }));
    case 'score':
      return tally.perOption.map((o) => ({ label: nameOf(o.option), value: o.total }));
    case 'ranked-choice':
      return (tally.rounds[tally.rounds.length - 1]?.tallies ?? []).map((o) => ({ label: nameOf(o.option), value: o.votes }));
  }
}

/** The outcome of a tally or a recorded result, in words. */
export function outcomeLabel(result: string, nameOf: (iri: string) => string): string {
  switch (result) {
    case 'passed':
      return msg('Passed');
    case 'rejected':
      return msg('Rejected');
    case 'blocked':
      return msg('Blocked');
    case 'tie':
      return msg('Tie');
    case 'no-quorum':
      return msg('No quorum');
    default:
      return nameOf(result);
  }
}
