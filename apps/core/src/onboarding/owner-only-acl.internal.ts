import { DataFactory, type Quad } from 'n3';
import { ConflictError } from '../errors/conflict-error.js';
import { createRdfResource } from '../pod/create-rdf-resource.js';
import { getAclUrl } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { RDF } from '../vocab/terms.generated.js';

const { namedNode, quad } = DataFactory;
const ACL = 'http://www.w3.org/ns/auth/acl#';

/**
 * Gives a container its own ACL naming only the owner (Read, Write, Control, inherited by
 * everything inside), so nothing granted higher up in the pod ever reaches it. An existing ACL
 * is left alone: the owner may have tightened it further.
 */
export async function restrictToOwner(container: string, owner: string, options: PodRequestOptions): Promise<void> {
  const aclUrl = await getAclUrl(container, options);
  const rule = namedNode(`${aclUrl}#owner`);
  const quads: Quad[] = [
    quad(rule, namedNode(RDF.type), namedNode(`${ACL}Authorization`)),
    quad(rule, namedNode(`${ACL}agent`), namedNode(owner)),
    quad(rule, namedNode(`${ACL}accessTo`), namedNode(container)),
    quad(rule, namedNode(`${ACL}default`), namedNode(container)),
    ...['Read', 'Write', 'Control'].map((mode) => quad(rule, namedNode(`${ACL}mode`), namedNode(`${ACL}${mode}`))),
  ] as Quad[];
  try {
    await createRdfResource(aclUrl, quads, options);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
