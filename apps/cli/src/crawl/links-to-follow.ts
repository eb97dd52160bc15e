import { groupLayout, groupRootOf, isLedgerDocumentUrl, LDP, MUTUA, RDF, SOLID, type RdfResource } from '@mutua/core';
import type { CrawlParts } from './crawl-parts.js';

/** What the index-guided crawler may follow beyond a group's own data. */
export interface CrawlScope {
  /** Follow `mutua:partnerGroup` links to the groups a group federates with. */
  readonly followPartners: boolean;
  /** Classes whose Type Index registrations lead to data worth reading. */
  readonly classes: ReadonlySet<string>;
  /** Which of a group's indexes to read. */
  readonly parts: CrawlParts;
}

/**
 * The documents one document leads to, by Mutua's own indexes only: a group card leads to its
 * members list, marketplace index, ledger and decisions; a membership to the member's WebID; a
 * WebID to its Type Indexes; a registration (for a Mutua class) to its container or instance;
 * a container to what it lists. Vocabulary IRIs and inboxes are never followed.
 */
export function linksToFollow(resource: RdfResource, scope: CrawlScope): string[] {
  const links = new Set<string>();
  const objectsOf = (predicate: string, subject?: string): string[] =>
    resource.quads
      .filter((q) => q.predicate.value === predicate && q.object.termType === 'NamedNode' && (subject === undefined || q.subject.value === subject))
      .map((q) => q.object.value);
  const subjectsOf = (predicate: string, object: string): string[] =>
    resource.quads.filter((q) => q.predicate.value === predicate && q.object.value === object).map((q) => q.subject.value);

  for (const group of subjectsOf(RDF.type, MUTUA.Group)) {
    const layout = layoutOf(group);
    if (layout) {
      const { parts } = scope;
      // The public marketplace is named too: anonymous readers cannot list the members-only one above it.
      const wanted = [[parts.members, layout.members], [parts.marketplace, layout.marketplace], [parts.marketplace, `${layout.marketplace}public/`], [parts.ledger, layout.ledger], [parts.decisions, layout.decisions]] as const;
      for (const [needed, url] of wanted) if (needed) links.add(url);
    }
    for (const url of objectsOf(MUTUA.currency, group)) links.add(url);
    for (const url of objectsOf(MUTUA.categoryScheme, group)) links.add(url);
    if (scope.followPartners) for (const url of objectsOf(MUTUA.partnerGroup, group)) links.add(url);
  }
  if (scope.parts.members) for (const url of objectsOf(MUTUA.memberships)) links.add(url);
  if (scope.parts.memberPods) {
    for (const membership of subjectsOf(RDF.type, MUTUA.Membership)) for (const url of objectsOf(MUTUA.member, membership)) links.add(url);
    // A group's own type index is not needed: the group card's layout already names its indexes.
    if (subjectsOf(RDF.type, MUTUA.Group).length === 0) for (const url of [...objectsOf(SOLID.publicTypeIndex), ...objectsOf(SOLID.privateTypeIndex)]) links.add(url);
  }
  for (const registration of resource.quads.filter((q) => q.predicate.value === SOLID.forClass && scope.classes.has(q.object.value))) {
    const subject = registration.subject.value;
    for (const url of [...objectsOf(SOLID.instanceContainer, subject), ...objectsOf(SOLID.instance, subject)]) links.add(url);
  }
  if (resource.url.endsWith('/')) {
    // Ledger entries are N-Quads listed as text/plain (decision 0025): followed all the same.
    for (const url of objectsOf(LDP.contains, resource.url)) if (!isListedAsNonRdf(resource, url) || isLedgerDocumentUrl(url)) links.add(url);
  }

  return [...links].map(withoutFragment).filter((url) => url !== resource.url && /^https?:/.test(url));
}

const MEDIA_TYPE_CLASS = /^http:\/\/www\.w3\.org\/ns\/iana\/media-types\/(.+)#Resource$/;
const RDF_MEDIA_TYPES = new Set(['text/turtle', 'application/ld+json', 'application/n-triples', 'application/n-quads', 'text/n3', 'application/trig', 'application/rdf+xml']);

/** Whether a container listing says a member is a picture or other non-RDF file (CSS lists its media type as a class). */
function isListedAsNonRdf(listing: RdfResource, url: string): boolean {
  return listing.quads.some((q) => {
    if (q.subject.value !== url || q.predicate.value !== RDF.type) return false;
    const mediaType = MEDIA_TYPE_CLASS.exec(q.object.value)?.[1];
    return mediaType !== undefined && !RDF_MEDIA_TYPES.has(mediaType);
  });
}

function layoutOf(groupIri: string): ReturnType<typeof groupLayout> | undefined {
  try {
    return groupLayout(groupRootOf(groupIri));
  } catch {
    // A group described elsewhere (another app's vocabulary use) has no Mutua layout to follow.
    return undefined;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
