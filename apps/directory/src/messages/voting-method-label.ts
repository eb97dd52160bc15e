import { msg } from '@lit/localize';

/** The voting methods a group may choose as its default, in the order forms offer them. */
export const VOTING_METHODS = ['consent', 'yesNo', 'approval', 'ranked', 'score'] as const;

/** The name a person reads for a voting method key. */
export function votingMethodLabel(method: string): string {
  switch (method) {
    case 'consent':
      return msg('Consent (no objection)');
    case 'yesNo':
      return msg('Yes / no / abstain');
    case 'approval':
      return msg('Approval voting');
    case 'ranked':
      return msg('Ranked choice');
    case 'score':
      return msg('Score voting');
    default:
      return method;
  }
}
