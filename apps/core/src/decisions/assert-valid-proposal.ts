import { InvalidProposalError } from './invalid-proposal-error.js';
import { parseInstant } from './instant.internal.js';
import type { Proposal } from './proposal.js';
import { isValidRatio } from './ratio.internal.js';

const METHODS = new Set(['yes-no', 'consent', 'approval', 'ranked-choice', 'score']);
const STATUSES = new Set(['draft', 'open', 'closed', 'withdrawn']);

/** Throws InvalidProposalError unless the proposal's window, quorum and method settings make sense. */
export function assertValidProposal(proposal: Proposal): void {
  const problem = findProblem(proposal);
  if (problem !== undefined) throw new InvalidProposalError(String(proposal.id), problem);
}

function findProblem(p: Proposal): string | undefined {
  if (typeof p.id !== 'string' || p.id === '') return 'it has no id';
  if (!METHODS.has(p.method)) return `unknown voting method "${String(p.method)}"`;
  if (!STATUSES.has(p.status)) return `unknown status "${String(p.status)}"`;
  const opens = parseInstant(p.opensAt);
  const closes = parseInstant(p.closesAt);
  if (opens === undefined) return `opensAt "${p.opensAt}" is not a date-time with a time zone`;
  if (closes === undefined) return `closesAt "${p.closesAt}" is not a date-time with a time zone`;
  if (opens >= closes) return 'it closes before it opens';
  if (!isValidRatio(p.quorum)) return 'the quorum must be a fraction n/d of integers with 0 ≤ n ≤ d';
  return methodProblem(p);
}

function methodProblem(p: Proposal): string | undefined {
  switch (p.method) {
    case 'yes-no':
      if (p.threshold === undefined) return undefined;
      if (!isValidRatio(p.threshold)) return 'the threshold must be a fraction n/d with 0 ≤ n ≤ d';
      if (p.threshold.comparison !== 'more-than' && p.threshold.comparison !== 'at-least') {
        return 'the threshold comparison must be "more-than" or "at-least"';
      }
      return undefined;
    case 'consent':
      return undefined;
    case 'score':
      if (p.maxScore !== undefined && !(Number.isSafeInteger(p.maxScore) && p.maxScore > 0)) {
        return 'maxScore must be a positive integer';
      }
      return optionsProblem(p.options);
    default:
      return optionsProblem(p.options);
  }
}

function optionsProblem(options: readonly string[]): string | undefined {
  if (!Array.isArray(options) || options.length === 0) return 'it has no options';
  if (options.some((o) => typeof o !== 'string' || o === '')) return 'an option is not a non-empty string';
  if (new Set(options).size !== options.length) return 'two options have the same name';
  return undefined;
}
