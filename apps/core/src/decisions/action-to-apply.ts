import type { ProposalRecord } from '../records/types/proposal.js';
import type { RecordedOutcome } from './recorded-outcome.js';
import { resolutionActionOf, type ResolutionAction } from './resolution-action.js';

/** The action a closed proposal's outcome calls for: its IRI (what the application record names) and its content. */
export interface ActionToApply {
  readonly iri: string;
  /** The parsed action, or why the stored node cannot be applied. */
  readonly action: ResolutionAction | string;
}

/**
 * Which action a recorded outcome applies (pure). Yes/no and consent apply the proposal's own
 * action when the outcome is 'passed'; approval, ranked and score voting apply the winning
 * option's action. Rejected, blocked, tied and inquorate outcomes apply nothing, and neither
 * does a proposal that is not closed.
 */
export function actionToApply(
  proposal: ProposalRecord,
  outcome: RecordedOutcome | undefined,
): ActionToApply | undefined {
  if (proposal.status !== 'closed' || outcome === undefined) return undefined;
  const doc = proposal.url.replace(/#.*$/, '');
  if (outcome.result === 'passed') {
    return proposal.decides ? { iri: `${doc}#action`, action: resolutionActionOf(proposal.decides) } : undefined;
  }
  if (!/^https?:/.test(outcome.result)) return undefined;
  const winner = proposal.options.find((o) => absolute(o.id, doc) === outcome.result);
  const decides = winner?.decides;
  return decides ? { iri: absolute(decides.id, doc), action: resolutionActionOf(decides) } : undefined;
}

function absolute(id: string, doc: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${doc}#${id}`;
}
