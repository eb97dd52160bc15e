import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { LDP } from '../vocab/terms.generated.js';

/** The inbox (ldp:inbox) a WebID or group advertises in its document, or null when it has none. */
export async function getInboxOf(subject: string, options: PodRequestOptions = {}): Promise<string | null> {
  const { quads } = await getRdfResource(subject, options);
  return quads.find((q) => q.subject.value === subject && q.predicate.value === LDP.inbox && q.object.termType === 'NamedNode')?.object.value ?? null;
}
