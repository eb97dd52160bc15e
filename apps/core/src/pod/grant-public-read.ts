import { DataFactory, type Quad } from 'n3';
import { NotFoundError } from '../errors/not-found-error.js';
import { HttpError } from '../errors/http-error.js';
import { fetchWithLimits } from './fetch-with-limits.internal.js';
import { getRdfResource } from './get-rdf-resource.js';
import { createRdfResource } from './create-rdf-resource.js';
import { updateRdfResource } from './update-rdf-resource.js';
import type { PodRequestOptions } from './pod-request-options.js';

const { namedNode, quad } = DataFactory;
const ACL = 'http://www.w3.org/ns/auth/acl#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const FOAF_AGENT = namedNode('http://xmlns.com/foaf/0.1/Agent');

/** Options for granting public read: the owner keeps full control when a new ACL is made. */
export interface GrantPublicReadOptions extends PodRequestOptions {
  readonly ownerWebId: string;
}

/** Finds a resource's ACL document through its `Link: <…>; rel="acl"` header. */
export async function getAclUrl(url: string, options: PodRequestOptions = {}): Promise<string> {
  const { response, body } = await fetchWithLimits('Finding the access control list of', url, { method: 'HEAD' }, options);
  const link = response.headers.get('link') ?? '';
  const match = /<([^>]+)>\s*;\s*rel="?acl"?/.exec(link);
  if (!match) throw new HttpError('Finding the access control list of', url, response.status, response.statusText, body, 'The server sent no Link rel="acl" header; is it a WAC server?');
  return new URL(match[1]!, response.url || url).href;
}

function authorization(aclUrl: string, name: string, target: string, isContainer: boolean, agent: [string, string], modes: string[]): Quad[] {
  const subject = namedNode(`${aclUrl}#${name}`);
  const triples: Quad[] = [
    quad(subject, RDF_TYPE, namedNode(`${ACL}Authorization`)),
    quad(subject, namedNode(`${ACL}accessTo`), namedNode(target)),
    quad(subject, namedNode(agent[0]), namedNode(agent[1])),
    ...modes.map((mode) => quad(subject, namedNode(`${ACL}mode`), namedNode(`${ACL}${mode}`))),
  ];
  // On a container, acl:default makes the rule apply to everything inside it too.
  if (isContainer) triples.push(quad(subject, namedNode(`${ACL}default`), namedNode(target)));
  return triples;
}

/**
 * Lets anyone read `url` (and, for a container, everything in it) under Web Access Control.
 * An existing ACL is patched, keeping its rules; a new one also gives the owner full control,
 * because an ACL document replaces the inherited rules.
 */
export async function grantPublicRead(url: string, options: GrantPublicReadOptions): Promise<void> {
  const aclUrl = await getAclUrl(url, options);
  const isContainer = url.endsWith('/');
  const publicRule = authorization(aclUrl, 'mutua-public-read', url, isContainer, [`${ACL}agentClass`, FOAF_AGENT.value], ['Read']);
  let existing;
  try {
    existing = await getRdfResource(aclUrl, options);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const ownerRule = authorization(aclUrl, 'owner', url, isContainer, [`${ACL}agent`, options.ownerWebId], ['Read', 'Write', 'Control']);
    await createRdfResource(aclUrl, [...ownerRule, ...publicRule], options);
    return;
  }
  const missing = publicRule.filter((q) => !existing.quads.some((e) => e.equals(q)));
  if (missing.length === 0) return;
  await updateRdfResource(existing, { deletes: [], inserts: missing }, options);
}
