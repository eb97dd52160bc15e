import { DataFactory, type Quad, type Term } from 'n3';
import type { RdfChange } from '../pod/patch-rdf-resource.js';
import { RDF } from '../vocab/terms.generated.js';
import type { NestedNode } from './term-codec.js';

const { namedNode } = DataFactory;

/**
 * The triples a record type owns around `subject`: its fields' triples and, for nested nodes,
 * their fields' triples and declared types. Anything else on those nodes belongs to someone else.
 */
function ownedQuads(spec: NestedNode, subject: Term, quads: readonly Quad[], withTypes: boolean): Quad[] {
  const predicates = new Set(Object.values(spec.fields).map((field) => field.predicate));
  const direct = quads.filter(
    (q) => q.subject.equals(subject) && (predicates.has(q.predicate.value) || (withTypes && q.predicate.value === RDF.type && spec.types.includes(q.object.value))),
  );
  const owned = [...direct];
  for (const field of Object.values(spec.fields)) {
    const nested = field.codec.node;
    if (!nested) continue;
    for (const q of direct) {
      if (q.predicate.value === field.predicate && q.object.termType !== 'Literal') owned.push(...ownedQuads(nested, q.object, quads, true));
    }
  }
  return owned;
}

/**
 * The N3 Patch that turns the record's part of a shared document (a WebID profile) into `next`,
 * leaving every triple the record type does not describe as it was. The main node's types are
 * only ever added: other apps may rely on them.
 */
export function sharedDocumentChange(spec: NestedNode, subject: string, current: readonly Quad[], next: readonly Quad[]): RdfChange {
  const owned = ownedQuads(spec, namedNode(subject), current, false);
  const has = (list: readonly Quad[], quad: Quad): boolean => list.some((q) => q.equals(quad));
  const distinct = (list: readonly Quad[]): Quad[] => list.filter((quad, index) => list.findIndex((q) => q.equals(quad)) === index);
  return {
    deletes: distinct(owned.filter((q) => !has(next, q))),
    inserts: distinct(next.filter((q) => !has(current, q))),
  };
}
