import { loadEach } from '../loader/load-each.internal.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getMembers } from '../membership/get-members.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { findAssertionKey } from '../signing/find-assertion-key.js';
import { SEC } from '../vocab/terms.generated.js';
import type { DecisionRoll, RollKey } from './decision-roll.js';

/** The roll read from the group and the members' profiles, and the profiles that could not be read. */
export interface ReadRoll {
  readonly roll: DecisionRoll;
  readonly errors: readonly LoadFailure[];
}

/**
 * Builds a proposal's roll: the group's active members with their roles, and the signing keys
 * each member's profile publishes (one request per member, done once when a proposal opens).
 */
export async function readDecisionRoll(groupUrl: string, options: LoadOptions = {}): Promise<ReadRoll> {
  const { members, errors } = await getMembers(groupUrl, options);
  const keyed = await loadEach(members.map((m) => m.member), (webId, taskOptions) => profileKeys(webId, taskOptions), options);
  const keysOf = new Map(keyed.results.map((r) => [r.webId, r.keys]));
  return {
    roll: { members: members.map((m) => ({ webId: m.member, role: m.role, keys: keysOf.get(m.member) ?? [] })) },
    errors: [...errors, ...keyed.errors],
  };
}

async function profileKeys(webId: string, options: LoadOptions): Promise<{ webId: string; keys: RollKey[] }> {
  const { quads } = await getRdfResource(webId, options);
  const listed = quads.filter((q) => q.subject.value === webId && q.predicate.value === SEC.assertionMethod).map((q) => q.object.value);
  const keys: RollKey[] = [];
  for (const id of new Set(listed)) {
    const key = findAssertionKey(quads, id);
    if (key && key.controller === webId && typeof key.publicKey === 'string') keys.push({ id, publicKeyMultibase: key.publicKey });
  }
  return { webId, keys };
}
