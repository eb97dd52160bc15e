import type { Quad } from 'n3';
import { DataFactory } from 'n3';
import { createProfileKeyQuads } from '../signing/profile-key-quads.js';
import { importMultikey } from '../signing/multikey.js';
import type { KeyResolver, ResolvedKey } from '../signing/verify-record.js';
import { MUTUA, RDF, SEC } from '../vocab/terms.generated.js';

const { quad, namedNode } = DataFactory;

/** One signing key a roll member may sign votes and comments with. */
export interface RollKey {
  readonly id: string;
  readonly publicKeyMultibase: string;
}

/** A member as the roll of a proposal records them. */
export interface RollMember {
  readonly webId: string;
  readonly role: 'admin' | 'member';
  readonly keys: readonly RollKey[];
}

/**
 * Who may vote on a proposal, with their roles and public keys, fixed when it opens (like an
 * electoral roll): one request gives every reader the eligible members and the keys to check
 * their votes, instead of one request per member profile.
 */
export interface DecisionRoll {
  readonly members: readonly RollMember[];
}

/** The triples of a roll document: a membership node per member and the profile-style key triples. */
export function rollToQuads(rollUrl: string, roll: DecisionRoll): Quad[] {
  const out: Quad[] = [];
  roll.members.forEach((member, index) => {
    const node = namedNode(`${rollUrl}#m${index + 1}`);
    out.push(
      quad(node, namedNode(RDF.type), namedNode(MUTUA.Membership)) as Quad,
      quad(node, namedNode(MUTUA.member), namedNode(member.webId)) as Quad,
      quad(node, namedNode(MUTUA.role), namedNode(member.role === 'admin' ? MUTUA.AdminRole : MUTUA.MemberRole)) as Quad,
    );
    for (const key of member.keys) out.push(...(createProfileKeyQuads({ webId: member.webId, keyId: key.id, publicKeyMultibase: key.publicKeyMultibase }) as Quad[]));
  });
  return out;
}

/** Reads a roll back; keys count only when the key names the member as controller and the member lists it. */
export function rollFromQuads(quads: readonly Quad[]): DecisionRoll {
  const members = new Map<string, { role: 'admin' | 'member' }>();
  const nodes = new Map<string, { webId?: string; role?: string }>();
  const listed = new Map<string, string>(); // key → WebID listing it as assertion method
  const keyData = new Map<string, { controller?: string; multibase?: string }>();
  for (const q of quads) {
    const s = q.subject.value;
    if (q.predicate.value === MUTUA.member) nodes.set(s, { ...nodes.get(s), webId: q.object.value });
    else if (q.predicate.value === MUTUA.role) nodes.set(s, { ...nodes.get(s), role: q.object.value });
    else if (q.predicate.value === SEC.assertionMethod) listed.set(q.object.value, s);
    else if (q.predicate.value === SEC.controller) keyData.set(s, { ...keyData.get(s), controller: q.object.value });
    else if (q.predicate.value === SEC.publicKeyMultibase) keyData.set(s, { ...keyData.get(s), multibase: q.object.value });
  }
  for (const { webId, role } of nodes.values()) {
    if (webId === undefined) continue;
    members.set(webId, { role: role === MUTUA.AdminRole ? 'admin' : 'member' });
  }
  const keysOf = new Map<string, RollKey[]>();
  for (const [id, { controller, multibase }] of keyData) {
    if (!controller || !multibase || listed.get(id) !== controller || !members.has(controller)) continue;
    keysOf.set(controller, [...(keysOf.get(controller) ?? []), { id, publicKeyMultibase: multibase }]);
  }
  const list = [...members].map(([webId, { role }]) => ({ webId, role, keys: keysOf.get(webId) ?? [] }));
  return { members: list.sort((a, b) => (a.webId < b.webId ? -1 : a.webId > b.webId ? 1 : 0)) };
}

/** A key resolver over the roll's keys; each key is imported once, however many records it signed. */
export function rollKeyResolver(roll: DecisionRoll): KeyResolver {
  const byId = new Map<string, { controller: string; multibase: string }>();
  for (const member of roll.members) for (const key of member.keys) byId.set(key.id, { controller: member.webId, multibase: key.publicKeyMultibase });
  const imported = new Map<string, Promise<ResolvedKey | undefined>>();
  return (verificationMethod) => {
    const known = byId.get(verificationMethod);
    if (!known) return undefined;
    let key = imported.get(verificationMethod);
    if (!key) {
      key = importMultikey(known.multibase).then(
        (publicKey) => ({ publicKey, controller: known.controller }),
        () => undefined,
      );
      imported.set(verificationMethod, key);
    }
    return key;
  };
}

/** WebIDs of the roll's admins. */
export function rollAdmins(roll: DecisionRoll): Set<string> {
  return new Set(roll.members.filter((m) => m.role === 'admin').map((m) => m.webId));
}
