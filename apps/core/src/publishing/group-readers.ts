import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL_AGENT_CLASS, FOAF_AGENT, RDF_TYPE } from '../access/acl-terms.internal.js';
import { getGroupAgents } from '../access/get-group-agents.js';
import { authorizationQuads } from '../access/group-acl-quads.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import type { GroupAgents } from '../access/group-agents.js';
import { ruleAclQuads } from '../access/rule-acl-quads.js';
import { ensureContainer } from '../pod/create-container.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { publishingLayout } from './publishing-layout.js';

const { namedNode, quad } = DataFactory;

// vCard group terms, as WAC's acl:agentGroup reads them (not in the generated Mutua vocabulary).
const VCARD_GROUP = 'http://www.w3.org/2006/vcard/ns#Group';
const VCARD_HAS_MEMBER = 'http://www.w3.org/2006/vcard/ns#hasMember';

/** Name prefix of the readers roster in `documents/shared/`; the rest of its name is random. */
const ROSTER_PREFIX = 'readers-';

/**
 * The vCard group of a group's current members and admins, as `acl:agentGroup` in a shared
 * document's ACL expects it: `<roster#readers> vcard:hasMember <webId>`.
 */
export function readersRosterQuads(rosterUrl: string, agents: GroupAgents): Quad[] {
  const group = namedNode(`${rosterUrl}#readers`);
  const webIds = [...new Set([agents.owner, ...agents.admins, ...agents.members])].sort();
  return [quad(group, namedNode(RDF_TYPE), namedNode(VCARD_GROUP)), ...webIds.map((webId) => quad(group, namedNode(VCARD_HAS_MEMBER), namedNode(webId)))];
}

/**
 * The readers roster of a group, `documents/shared/readers-<random>`, or null when sharing has
 * not been set up. Found by listing `documents/shared/`, which only members may list.
 */
export async function findReadersRoster(root: string, options: PodRequestOptions = {}): Promise<string | null> {
  const container = publishingLayout(root).sharedDocuments;
  const urls = await getContainedResourceUrlsOrNone(container, options);
  return urls.find((url) => url.slice(container.length).startsWith(ROSTER_PREFIX)) ?? null;
}

/**
 * Rewrites the readers roster from the group's current members and admins (read from the root
 * ACL, so it needs Control); nothing when there is no roster. `setAgentAccess` calls it on every
 * membership change, so a grant to the roster follows membership on the very next request.
 */
export async function refreshReadersRoster(root: string, options: PodRequestOptions = {}): Promise<void> {
  const roster = await findReadersRoster(root, options);
  if (!roster) return;
  const agents = await getGroupAgents(root, options);
  await updateAclDocument(roster, unlessSame(readersRosterQuads(roster, agents)), options);
}

/**
 * Sets up sharing members' documents with a group (decision 0080): `documents/shared/`, where
 * members read and append link documents (its ACL lists them, like the group's other ACLs),
 * and the readers roster inside it: readable by anyone who knows its unguessable URL, because
 * CSS 7 fetches an `acl:agentGroup` document without credentials, and writable by admins only.
 * Needs Control (an admin or the group account); idempotent, and brings both documents up to
 * date with the current members. Returns the roster's URL.
 */
export async function ensureGroupSharing(root: string, options: PodRequestOptions = {}): Promise<string> {
  const container = publishingLayout(root).sharedDocuments;
  const [agents] = await Promise.all([getGroupAgents(root, options), ensureContainer(container, options)]);
  const containerAcl = aclUrlOf(container);
  await updateAclDocument(containerAcl, unlessSame(ruleAclQuads(containerAcl, container, agents, ['Read', 'Append'])), options);
  const roster = (await findReadersRoster(root, options)) ?? `${container}${ROSTER_PREFIX}${globalThis.crypto.randomUUID()}`;
  await updateAclDocument(roster, unlessSame(readersRosterQuads(roster, agents)), options);
  const rosterAcl = aclUrlOf(roster);
  const ownerAndAdmins = ruleAclQuads(rosterAcl, roster, agents, []).filter((q) => !q.subject.value.endsWith('#members'));
  const anyone = authorizationQuads(rosterAcl, 'public', roster, (s) => [quad(s, namedNode(ACL_AGENT_CLASS), namedNode(FOAF_AGENT))], ['Read']);
  await updateAclDocument(rosterAcl, unlessSame([...ownerAndAdmins, ...anyone]), options);
  return roster;
}

/** A transform for `updateAclDocument` that writes `wanted` unless the document holds exactly that already. */
function unlessSame(wanted: readonly Quad[]): (current: readonly Quad[] | null) => readonly Quad[] | null {
  return (current) => (current && current.length === wanted.length && wanted.every((q) => current.some((c) => c.equals(q))) ? null : wanted);
}
