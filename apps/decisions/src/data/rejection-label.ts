import { msg } from '@lit/localize';
import type { RejectionReason } from './core-decisions.js';

/** Why a vote was not counted, in the member's language. */
export function rejectionLabel(reason: RejectionReason): string {
  switch (reason) {
    case 'bad-signature':
      return msg('signature does not verify');
    case 'not-a-member':
      return msg('not a member when the proposal opened');
    case 'bad-timestamp':
      return msg('unreadable time');
    case 'early':
      return msg('cast before voting opened');
    case 'late':
      return msg('cast after voting closed');
    case 'invalid-choice':
      return msg('not a valid choice');
    case 'superseded':
      return msg('replaced by a later vote');
  }
}
