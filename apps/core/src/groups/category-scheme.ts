import { DataFactory, type Quad } from 'n3';
import { RDF, SKOS } from '../vocab/terms.generated.js';
import { documentUrl } from '../pod/document-url.js';

const { literal, namedNode, quad } = DataFactory;

/** One category: its fragment id in the scheme document, its labels by language, its parent. */
export interface Category {
  /** Fragment in the scheme document: `food` is `<categories#food>`. */
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Id of the broader category; absent for a top category. */
  readonly broader?: string;
}

/** A group's editable SKOS concept scheme of marketplace categories. */
export interface CategoryScheme {
  /** IRI of the skos:ConceptScheme node, e.g. `…/profile/categories#scheme`. */
  readonly url: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly categories: readonly Category[];
  /** ETag of the document when read; absent on a scheme not stored yet. */
  readonly etag?: string;
}

/** IRI of a category of a scheme. */
export function categoryUrl(scheme: Pick<CategoryScheme, 'url'>, id: string): string {
  return `${documentUrl(scheme.url)}#${id}`;
}

function labels(subject: ReturnType<typeof namedNode>, values: Readonly<Record<string, string>>): Quad[] {
  return Object.entries(values).map(([language, label]) => quad(subject, namedNode(SKOS.prefLabel), literal(label, language)));
}

/** The SKOS triples of a scheme: skos:ConceptScheme, skos:Concept per category, inScheme, broader, top concepts. */
export function categorySchemeToQuads(scheme: CategoryScheme): Quad[] {
  const schemeNode = namedNode(scheme.url);
  const quads = [quad(schemeNode, namedNode(RDF.type), namedNode(SKOS.ConceptScheme)), ...labels(schemeNode, scheme.labels)];
  for (const category of scheme.categories) {
    const node = namedNode(categoryUrl(scheme, category.id));
    quads.push(quad(node, namedNode(RDF.type), namedNode(SKOS.Concept)), quad(node, namedNode(SKOS.inScheme), schemeNode), ...labels(node, category.labels));
    if (category.broader) quads.push(quad(node, namedNode(SKOS.broader), namedNode(categoryUrl(scheme, category.broader))));
    else quads.push(quad(node, namedNode(SKOS.topConceptOf), schemeNode), quad(schemeNode, namedNode(SKOS.hasTopConcept), node));
  }
  return quads;
}

function labelsOf(quads: readonly Quad[], subject: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const q of quads) {
    if (q.subject.value === subject && q.predicate.value === SKOS.prefLabel && q.object.termType === 'Literal') found[q.object.language || 'und'] = q.object.value;
  }
  return found;
}

/** Reads a scheme back from its document's triples; concepts of other schemes are ignored. */
export function categorySchemeFromQuads(quads: readonly Quad[], url: string): CategoryScheme {
  const base = `${documentUrl(url)}#`;
  const idOf = (iri: string): string => (iri.startsWith(base) ? iri.slice(base.length) : iri);
  const concepts = quads.filter((q) => q.predicate.value === SKOS.inScheme && q.object.value === url).map((q) => q.subject.value);
  const categories = [...new Set(concepts)].sort().map((iri): Category => {
    const broader = quads.find((q) => q.subject.value === iri && q.predicate.value === SKOS.broader);
    return broader ? { id: idOf(iri), labels: labelsOf(quads, iri), broader: idOf(broader.object.value) } : { id: idOf(iri), labels: labelsOf(quads, iri) };
  });
  return { url, labels: labelsOf(quads, url), categories };
}

/** What is wrong with a scheme, as sentences; empty when it can be saved. */
export function categorySchemeProblems(scheme: CategoryScheme): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const category of scheme.categories) {
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(category.id)) problems.push(`Category id "${category.id}" must be a letter followed by up to 63 letters, digits, - or _.`);
    if (ids.has(category.id)) problems.push(`Category id "${category.id}" is used twice.`);
    ids.add(category.id);
    if (Object.values(category.labels).every((label) => label.trim() === '')) problems.push(`Category "${category.id}" needs a label in at least one language.`);
  }
  const byId = new Map(scheme.categories.map((c) => [c.id, c]));
  for (const category of scheme.categories) {
    if (category.broader !== undefined && !byId.has(category.broader)) problems.push(`Category "${category.id}" sits under "${category.broader}", which is not in the scheme.`);
    const seen = new Set<string>([category.id]);
    for (let parent = category.broader; parent !== undefined; parent = byId.get(parent)?.broader) {
      if (seen.has(parent)) {
        problems.push(`Category "${category.id}" is its own ancestor.`);
        break;
      }
      seen.add(parent);
    }
  }
  return problems;
}

/** The scheme with one more category (or with the category of the same id replaced). */
export function setCategory(scheme: CategoryScheme, category: Category): CategoryScheme {
  const others = scheme.categories.filter((c) => c.id !== category.id);
  return { ...scheme, categories: [...others, category] };
}

/** The scheme without a category; its children move up to its parent, so no offer loses its branch. */
export function removeCategory(scheme: CategoryScheme, id: string): CategoryScheme {
  const removed = scheme.categories.find((c) => c.id === id);
  const categories = scheme.categories
    .filter((c) => c.id !== id)
    .map((c): Category => {
      if (c.broader !== id) return c;
      const { broader: _old, ...rest } = c;
      return removed?.broader ? { ...rest, broader: removed.broader } : rest;
    });
  return { ...scheme, categories };
}
