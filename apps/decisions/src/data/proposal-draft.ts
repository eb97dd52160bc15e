import { msg } from '@lit/localize';
import type { NewProposal, ResolutionAction, VotingMethod } from './core-decisions.js';

/** The raw values of the new-proposal form. */
export interface ProposalFormValues {
  readonly title: string;
  readonly description: string;
  readonly method: VotingMethod;
  readonly options: string;
  readonly quorumPercent: string;
  readonly thresholdPercent: string;
  readonly closesAt: string;
  readonly runningResultsVisible: boolean;
  readonly resolution: string;
  /** The checked action (see actionFromForm); only yes/no and consent proposals carry one here. */
  readonly decides?: ResolutionAction;
}

const NEEDS_OPTIONS: readonly VotingMethod[] = ['approval', 'ranked-choice', 'score'];
/** Methods whose single 'passed' outcome applies the proposal's own action. */
export const TAKES_ACTION: readonly VotingMethod[] = ['yes-no', 'consent'];

/** Checks the form and turns it into a proposal, or says what to fix. */
export function proposalFromForm(values: ProposalFormValues, now = new Date()): NewProposal | string {
  const title = values.title.trim();
  if (!title) return msg('Give the proposal a title.');
  if (!values.description.trim()) return msg('Describe what you propose and why.');
  const options = values.options.split('\n').map((o) => o.trim()).filter(Boolean);
  if (NEEDS_OPTIONS.includes(values.method) && options.length < 2) return msg('This voting method needs at least two options, one per line.');
  const quorum = Number(values.quorumPercent);
  if (!Number.isFinite(quorum) || quorum < 0 || quorum > 100) return msg('The quorum is a percentage between 0 and 100.');
  const threshold = Number(values.thresholdPercent);
  if (values.method === 'yes-no' && (!Number.isFinite(threshold) || threshold <= 0 || threshold > 100)) return msg('The approval threshold is a percentage above 0 and at most 100.');
  const closes = new Date(values.closesAt);
  if (Number.isNaN(closes.getTime()) || closes.getTime() <= now.getTime()) return msg('Choose a closing time in the future.');
  return {
    title,
    description: values.description,
    method: values.method,
    ...(NEEDS_OPTIONS.includes(values.method) ? { options } : {}),
    quorum: toDecimal(quorum),
    ...(values.method === 'yes-no' ? { approvalThreshold: toDecimal(threshold) } : {}),
    closesAt: closes.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    runningResultsVisible: values.runningResultsVisible,
    ...(values.resolution.trim() ? { resolution: values.resolution.trim() } : {}),
    ...(values.decides && TAKES_ACTION.includes(values.method) ? { decides: values.decides } : {}),
  };
}

// Percent to an exact decimal string: 50 → "0.5", 66.67 → "0.6667".
function toDecimal(percent: number): string {
  const value = Math.round(percent * 100) / 10000;
  return String(value);
}
