import type { ProposalRecord } from '../records/types/proposal.js';
import { decimalToRatio } from './decimal-ratio.internal.js';
import { SIMPLE_MAJORITY, type Proposal, type Threshold, type VotingMethod } from './proposal.js';

const METHOD_OF: Readonly<Record<ProposalRecord['votingMethod'], VotingMethod>> = {
  yesNo: 'yes-no',
  consent: 'consent',
  approval: 'approval',
  ranked: 'ranked-choice',
  score: 'score',
};

// A draft may not have its dates yet; it is never tallied, so any valid window will do.
const NEVER = '9999-12-31T23:59:59Z';

/** The voting method of a stored proposal, in the tally's terms. */
export function methodOf(record: ProposalRecord): VotingMethod {
  return METHOD_OF[record.votingMethod];
}

/** The proposal's options in their listed order, each with its absolute IRI. */
export function optionsOf(record: ProposalRecord): { iri: string; name: string }[] {
  const doc = record.url.replace(/#.*$/, '');
  return [...record.options]
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : 1))
    .map((o) => ({ iri: /^[a-z][a-z0-9+.-]*:/i.test(o.id) ? o.id : `${doc}#${o.id}`, name: o.name }));
}

/**
 * The tallying model of a stored proposal. Options are named by their IRIs; an approval
 * threshold of exactly 0.5 means "more than half" (a simple majority), any other value
 * "at least" that share.
 */
export function toTallyProposal(record: ProposalRecord): Proposal {
  const common = {
    id: record.url,
    status: record.status,
    opensAt: record.startDate ?? record.created,
    closesAt: record.endDate ?? NEVER,
    quorum: decimalToRatio(record.quorum),
  };
  const options = optionsOf(record).map((o) => o.iri);
  switch (METHOD_OF[record.votingMethod]) {
    case 'yes-no':
      return { ...common, method: 'yes-no', threshold: thresholdOf(record.approvalThreshold) };
    case 'consent':
      return { ...common, method: 'consent' };
    case 'approval':
      return { ...common, method: 'approval', options };
    case 'ranked-choice':
      return { ...common, method: 'ranked-choice', options };
    case 'score':
      return { ...common, method: 'score', options };
  }
}

function thresholdOf(decimal: string): Threshold {
  const ratio = decimalToRatio(decimal);
  if (ratio.numerator * 2 === ratio.denominator) return SIMPLE_MAJORITY;
  return { ...ratio, comparison: 'at-least' };
}
