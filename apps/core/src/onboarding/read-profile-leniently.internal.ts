import { DataFactory, type Quad } from 'n3';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { recordFromQuads } from '../records/record-quads.js';
import { profileType, type Profile } from '../records/types/profile.js';
import { FOAF, RDF, SCHEMA, VCARD } from '../vocab/terms.generated.js';

const { namedNode, literal, quad } = DataFactory;

/** A profile as found, before onboarding gave it a name or type. */
export interface FoundProfile {
  readonly resource: RdfResource;
  readonly profile: Profile;
  /** False when the card had no foaf:name: the profile's `name` is then empty. */
  readonly named: boolean;
}

const TEXT_FIELDS: ReadonlySet<string> = new Set([FOAF.name, VCARD.note, SCHEMA.knowsAbout]);

/**
 * The card's quads with the language tags dropped from the member's name, bio, skills and place
 * name: other apps (and older Mutua seeds) write `"couture"@fr`, the profile shape wants plain
 * text. Saving then replaces the tagged literal with the plain one, nothing is lost.
 */
function withPlainTexts(quads: readonly Quad[], webId: string): Quad[] {
  const places = new Set(quads.filter((q) => q.subject.value === webId && q.predicate.value === SCHEMA.location).map((q) => q.object.value));
  return quads.map((q) => {
    const text = (q.subject.value === webId && TEXT_FIELDS.has(q.predicate.value)) || (places.has(q.subject.value) && q.predicate.value === SCHEMA.name);
    return text && q.object.termType === 'Literal' && q.object.language !== '' ? (quad(q.subject, q.predicate, literal(q.object.value), q.graph) as Quad) : q;
  });
}

/**
 * Reads a WebID card as a profile record even when it lacks the name and type Mutua requires
 * (a fresh pod on any server), so the fields other apps already set are kept, not replaced.
 */
export async function readProfileLeniently(webId: string, options: PodRequestOptions): Promise<FoundProfile> {
  const resource = await getRdfResource(webId, options);
  const me = namedNode(webId);
  const has = (predicate: string, object?: string): boolean =>
    resource.quads.some((q) => q.subject.equals(me) && q.predicate.value === predicate && (object === undefined || q.object.value === object));
  const named = has(FOAF.name);
  const extra: Quad[] = [];
  if (!has(RDF.type, FOAF.Person)) extra.push(quad(me, namedNode(RDF.type), namedNode(FOAF.Person)) as Quad);
  if (!named) extra.push(quad(me, namedNode(FOAF.name), literal('-')) as Quad);
  const profile = recordFromQuads(profileType, [...withPlainTexts(resource.quads, webId), ...extra], webId);
  return { resource, profile: named ? profile : { ...profile, name: '' }, named };
}
