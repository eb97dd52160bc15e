import { DataFactory } from 'n3';
import { ACL_AGENT, ACL_AGENT_CLASS, ACL_AUTHENTICATED_AGENT } from '../access/acl-terms.internal.js';
import { ensureContainer } from '../pod/create-container.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import { patchRdfResource } from '../pod/patch-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { ConflictError } from '../errors/conflict-error.js';
import { LDP, PIM } from '../vocab/terms.generated.js';

const { namedNode, quad } = DataFactory;
const ACL = 'http://www.w3.org/ns/auth/acl#';

function inboxAcl(aclUrl: string, inbox: string, owner: string) {
  const rule = (name: string) => namedNode(`${aclUrl}#${name}`);
  const common = (name: string) => [
    quad(rule(name), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${ACL}Authorization`)),
    quad(rule(name), namedNode(`${ACL}accessTo`), namedNode(inbox)),
    quad(rule(name), namedNode(`${ACL}default`), namedNode(inbox)),
  ];
  return [
    ...common('owner'),
    quad(rule('owner'), namedNode(ACL_AGENT), namedNode(owner)),
    ...['Read', 'Write', 'Control'].map((mode) => quad(rule('owner'), namedNode(`${ACL}mode`), namedNode(`${ACL}${mode}`))),
    ...common('authenticated'),
    quad(rule('authenticated'), namedNode(ACL_AGENT_CLASS), namedNode(ACL_AUTHENTICATED_AGENT)),
    quad(rule('authenticated'), namedNode(`${ACL}mode`), namedNode(`${ACL}Append`)),
  ];
}

/** Creates an inbox container (if missing) where anyone logged in may append and only `owner` reads; returns its URL. */
export async function createMemberInbox(inboxUrl: string, owner: string, options: PodRequestOptions = {}): Promise<string> {
  const inbox = await ensureContainer(inboxUrl, options);
  try {
    await createRdfResource(`${inbox}.acl`, inboxAcl(`${inbox}.acl`, inbox, owner), options);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
  return inbox;
}

/**
 * Makes sure a person has an inbox where groups can notify them (new CSS pods have none):
 * `<storage>inbox/`, append-only for anyone logged in, advertised as ldp:inbox in the WebID
 * profile. Run with the person's own fetch. Returns the inbox URL (an existing one if advertised).
 */
export async function ensureMemberInbox(webId: string, options: PodRequestOptions = {}): Promise<string> {
  const profile = await getRdfResource(webId, options);
  const advertised = profile.quads.find((q) => q.subject.value === webId && q.predicate.value === LDP.inbox);
  if (advertised) return advertised.object.value;
  const storage = profile.quads.find((q) => q.subject.value === webId && q.predicate.value === PIM.storage)?.object.value ?? new URL('../', webId).href;
  const inbox = await createMemberInbox(new URL('inbox/', storage).href, webId, options);
  if (!profile.etag) throw new ConflictError('Advertising the inbox in', profile.url, 'the profile came without an ETag, so it cannot be changed safely');
  await patchRdfResource(profile.url, { deletes: [], inserts: [quad(namedNode(webId), namedNode(LDP.inbox), namedNode(inbox))] }, { ...options, etag: profile.etag });
  return inbox;
}
