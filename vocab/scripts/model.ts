/** Reads vocab/mutua.ttl into a plain model that every generator renders from. */
import { Parser, Store, type Quad, type Term } from 'n3';

export const MUTUA_NS = 'https://w3id.org/mutua/ns#';
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type Texts = Partial<Record<Lang, string>>;

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const SCHEMA = 'https://schema.org/';
const DCTERMS = 'http://purl.org/dc/terms/';

/** Prefixes used in generated output, in display order; the key is the constant and JSON-LD prefix. */
export const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['mutua', MUTUA_NS],
  ['vf', 'https://w3id.org/valueflows/ont/vf#'],
  ['schema', SCHEMA],
  ['foaf', 'http://xmlns.com/foaf/0.1/'],
  ['vcard', 'http://www.w3.org/2006/vcard/ns#'],
  ['dcterms', DCTERMS],
  ['skos', SKOS],
  ['as', 'https://www.w3.org/ns/activitystreams#'],
  ['sec', 'https://w3id.org/security#'],
  ['ldp', 'http://www.w3.org/ns/ldp#'],
  ['pim', 'http://www.w3.org/ns/pim/space#'],
  ['solid', 'http://www.w3.org/ns/solid/terms#'],
  ['org', 'http://www.w3.org/ns/org#'],
  ['rdf', RDF],
  ['rdfs', RDFS],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['owl', OWL],
];

export type TermKind = 'class' | 'property' | 'individual' | 'scheme';

export interface OwnTerm {
  iri: string;
  local: string;
  kind: TermKind;
  /** owl:ObjectProperty or owl:DatatypeProperty for properties; the class for individuals. */
  types: string[];
  label: Texts;
  comment: Texts;
  superClasses: string[];
  superProperties: string[];
  seeAlso: string[];
  domain: string[];
  /** True when the domain is given with schema:domainIncludes (a hint, not an RDFS inference). */
  domainIsHint: boolean;
  range: string[];
  rangeIsHint: boolean;
  schemes: string[];
}

export interface VocabModel {
  ontologyIri: string;
  version: string;
  title: Texts;
  description: Texts;
  terms: OwnTerm[];
  /** External terms Mutua relies on (rdfs:isDefinedBy), grouped by prefix. */
  external: Map<string, string[]>;
}

/** Parses the ontology Turtle into the generator model; terms are sorted by kind then name. */
export function readVocabModel(turtle: string): VocabModel {
  const store = new Store(new Parser().parse(turtle));
  const objects = (s: string, p: string): Term[] => store.getObjects(s, p, null);
  const iris = (s: string, p: string): string[] =>
    objects(s, p)
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value)
      .sort();
  const texts = (s: string, p: string): Texts => {
    const out: Texts = {};
    for (const t of objects(s, p)) {
      if (t.termType === 'Literal' && (LANGS as readonly string[]).includes(t.language)) {
        out[t.language as Lang] = t.value;
      }
    }
    return out;
  };

  const ontology = store.getSubjects(RDF + 'type', OWL + 'Ontology', null)[0];
  if (!ontology) throw new Error('vocab/mutua.ttl declares no owl:Ontology');
  const ontologyIri = ontology.value;

  const subjects = new Set(
    store
      .getSubjects(null, null, null)
      .map((s) => s.value)
      .filter((v) => v.startsWith(MUTUA_NS)),
  );
  const terms: OwnTerm[] = [...subjects].map((iri) => {
    const types = iris(iri, RDF + 'type');
    const domainHint = iris(iri, SCHEMA + 'domainIncludes');
    const rangeHint = iris(iri, SCHEMA + 'rangeIncludes');
    return {
      iri,
      local: iri.slice(MUTUA_NS.length),
      kind: kindOf(types),
      types: types.filter((t) => t !== OWL + 'NamedIndividual' && t !== SKOS + 'Concept'),
      label: texts(iri, RDFS + 'label'),
      comment: texts(iri, RDFS + 'comment'),
      superClasses: iris(iri, RDFS + 'subClassOf'),
      superProperties: iris(iri, RDFS + 'subPropertyOf'),
      seeAlso: iris(iri, RDFS + 'seeAlso'),
      domain: domainHint.length > 0 ? domainHint : iris(iri, RDFS + 'domain'),
      domainIsHint: domainHint.length > 0,
      range: rangeHint.length > 0 ? rangeHint : iris(iri, RDFS + 'range'),
      rangeIsHint: rangeHint.length > 0,
      schemes: iris(iri, SKOS + 'inScheme'),
    };
  });
  const order: TermKind[] = ['class', 'property', 'scheme', 'individual'];
  terms.sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.local.localeCompare(b.local, 'en'),
  );

  return {
    ontologyIri,
    version: literal(objects(ontologyIri, OWL + 'versionInfo')) ?? '0.0.0',
    title: texts(ontologyIri, DCTERMS + 'title'),
    description: texts(ontologyIri, DCTERMS + 'description'),
    terms,
    external: externalTerms(store.getQuads(null, RDFS + 'isDefinedBy', null, null)),
  };
}

function kindOf(types: string[]): TermKind {
  if (types.includes(OWL + 'Class')) return 'class';
  if (types.includes(OWL + 'ObjectProperty') || types.includes(OWL + 'DatatypeProperty')) {
    return 'property';
  }
  if (types.includes(SKOS + 'ConceptScheme')) return 'scheme';
  return 'individual';
}

function literal(terms: Term[]): string | undefined {
  return terms.find((t) => t.termType === 'Literal')?.value;
}

function externalTerms(quads: Quad[]): Map<string, string[]> {
  const byPrefix = new Map<string, string[]>();
  for (const q of quads) {
    const iri = q.subject.value;
    if (iri.startsWith(MUTUA_NS)) continue;
    const prefix = prefixOf(iri);
    if (!prefix) throw new Error(`No prefix known for external term ${iri}`);
    const list = byPrefix.get(prefix[0]) ?? [];
    list.push(iri.slice(prefix[1].length));
    byPrefix.set(prefix[0], list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => a.localeCompare(b, 'en'));
  return byPrefix;
}

/** The [prefix, namespace] whose namespace starts the IRI, if any (longest match wins). */
export function prefixOf(iri: string): readonly [string, string] | undefined {
  let best: readonly [string, string] | undefined;
  for (const p of PREFIXES) {
    if (iri.startsWith(p[1]) && (!best || p[1].length > best[1].length)) best = p;
  }
  return best;
}

/** The compact form (prefix:local) of an IRI, or the IRI itself when no prefix fits. */
export function compact(iri: string): string {
  const p = prefixOf(iri);
  return p ? `${p[0]}:${iri.slice(p[1].length)}` : iri;
}
