import { getGroup, getProfile } from '@mutua/core';
import { getSigningKey, type Signer } from './core-decisions.js';

/** A group the member belongs to, as the decisions app lists it. */
export interface MemberGroup {
  readonly url: string;
  readonly name: string;
}

/** What the decisions app knows about the logged-in member. */
export interface DecisionsMember {
  readonly webId: string;
  readonly storage: string;
  readonly groups: readonly MemberGroup[];
  /** Absent when the member has no signing key yet (onboarding not finished): they can read but not vote. */
  readonly signer?: Signer;
}

/** Reads the member's profile, their groups' names and their private signing key (owner-only resource). */
export async function loadDecisionsMember(webId: string, fetch: typeof globalThis.fetch): Promise<DecisionsMember> {
  const profile = await getProfile(webId, { fetch });
  const linked = profile.storage[0] ?? new URL('../', webId).href;
  const storage = linked.endsWith('/') ? linked : `${linked}/`;
  const groups = await Promise.all(
    profile.memberOf.map(async (url) => ({ url, name: await getGroup(url, { fetch }).then((g) => g.name, () => url) })),
  );
  const key = await getSigningKey(storage, { fetch }).catch(() => null);
  return { webId, storage, groups, ...(key ? { signer: { webId, keyId: key.keyId, privateKey: key.privateKey } } : {}) };
}
