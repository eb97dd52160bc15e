import { MUTUA, VF } from '../vocab/terms.generated.js';
import type { MemberLayout } from './member-layout.js';

/** One Type Index registration Mutua makes for a member. */
export interface MemberRegistration {
  readonly forClass: string;
  readonly container: string;
  readonly visibility: 'public' | 'private';
}

/** The classes Mutua registers for a member: offers are public, the ledger copy and votes private. */
export function memberRegistrations(layout: MemberLayout): readonly MemberRegistration[] {
  return [
    { forClass: VF.Proposal, container: layout.offers, visibility: 'public' },
    { forClass: MUTUA.Transfer, container: layout.ledger, visibility: 'private' },
    { forClass: MUTUA.Vote, container: layout.votes, visibility: 'private' },
  ];
}
