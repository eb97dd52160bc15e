import { msg } from '@lit/localize';
import type { VotingMethod } from './core-decisions.js';

/** A voting method in the member's language. */
export function methodLabel(method: VotingMethod): string {
  switch (method) {
    case 'yes-no':
      return msg('Yes / no / abstain');
    case 'consent':
      return msg('Consent');
    case 'approval':
      return msg('Approval voting');
    case 'ranked-choice':
      return msg('Ranked choice (instant run-off)');
    case 'score':
      return msg('Score voting');
  }
}
