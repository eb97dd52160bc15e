import { getAllowedModes, getGroup, getProfile, groupLayout, groupRootOf } from '@mutua/core';
import { getProposalOpeners, getSigningKey, type ProposalOpeners, type Signer } from './core-decisions.js';

/** A group the member belongs to, as the decisions app lists it. */
export interface MemberGroup {
  readonly url: string;
  readonly root: string;
  readonly name: string;
  /** The group's rule for who opens proposals. */
  readonly openers: ProposalOpeners;
  /** The server's answer: this member may create proposals in the group (Append on `decisions/`). */
  readonly mayOpenProposals: boolean;
  /** The server's answer: this member administers the group's decisions (Control on `decisions/`). */
  readonly isAdmin: boolean;
}

/** What the decisions app knows about the logged-in member. */
export interface DecisionsMember {
  readonly webId: string;
  readonly storage: string;
  readonly groups: readonly MemberGroup[];
  /** Absent when the member has no signing key yet (onboarding not finished): they can read but not vote. */
  readonly signer?: Signer;
}

/** Reads the member's profile, their groups (name, proposal rule, what the server lets them do there) and their private signing key (owner-only resource). */
export async function loadDecisionsMember(webId: string, fetch: typeof globalThis.fetch): Promise<DecisionsMember> {
  const profile = await getProfile(webId, { fetch });
  const linked = profile.storage[0] ?? new URL('../', webId).href;
  const storage = linked.endsWith('/') ? linked : `${linked}/`;
  const groups = await Promise.all(
    profile.memberOf.map(async (url): Promise<MemberGroup> => {
      const root = groupRootOf(url);
      const [group, modes] = await Promise.all([getGroup(url, { fetch }).catch(() => undefined), getAllowedModes(groupLayout(root).decisions, { fetch })]);
      const openers = group ? getProposalOpeners(group) : 'members';
      return { url, root, name: group?.name ?? url, openers, mayOpenProposals: modes.has('append'), isAdmin: modes.has('control') };
    }),
  );
  const key = await getSigningKey(storage, { fetch }).catch(() => null);
  return { webId, storage, groups, ...(key ? { signer: { webId, keyId: key.keyId, privateKey: key.privateKey } } : {}) };
}
