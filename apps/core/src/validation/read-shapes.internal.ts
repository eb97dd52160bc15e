import type { Quad, Term } from '@rdfjs/types';
import type { Messages } from './validation-result.js';
import { termKey } from './rdf-terms.internal.js';

export const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** A property path the fast path supports: one predicate, possibly inverse. */
export interface PathDef {
  readonly predicate: string;
  readonly inverse: boolean;
}

/** One constraint parameter of a shape: the component's local name and its value(s). */
export interface ConstraintDef {
  readonly component: string;
  readonly value: Term;
  /** Members of an RDF list value (sh:in, sh:or, sh:and, sh:xone). */
  readonly list?: readonly Term[];
  /** sh:flags next to sh:pattern. */
  readonly flags?: string;
}

/** A node or property shape as read from the shapes graph. */
export interface ShapeDef {
  readonly key: string;
  readonly term: Term;
  readonly path: PathDef | null;
  readonly messages: Partial<Messages> | null;
  readonly targetClasses: readonly string[];
  readonly properties: readonly Term[];
  readonly constraints: readonly ConstraintDef[];
}

// Parameters the fast path understands; anything else in a shape is refused at compile time so
// that the two validators can never silently disagree.
const SUPPORTED = new Set([
  'minCount', 'maxCount', 'datatype', 'nodeKind', 'class', 'in', 'hasValue', 'pattern', 'minLength', 'maxLength',
  'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'node', 'or', 'and', 'xone', 'not',
  'lessThan', 'lessThanOrEquals', 'equals', 'disjoint',
]);
const IGNORED = new Set(['path', 'inversePath', 'property', 'message', 'targetClass', 'flags', 'name', 'description', 'order', 'group', 'severity']);

/** Indexes the shapes graph by subject so shapes can be read one at a time. */
export class ShapesGraph {
  private readonly bySubject = new Map<string, Quad[]>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      const key = termKey(q.subject);
      const list = this.bySubject.get(key);
      if (list) list.push(q);
      else this.bySubject.set(key, [q]);
    }
  }

  /** Every shape with a target, as the validator's entry points. */
  targetedShapes(): Term[] {
    const out: Term[] = [];
    for (const quads of this.bySubject.values()) {
      const target = quads.find((q) => q.predicate.value === SH + 'targetClass');
      if (target) out.push(target.subject);
    }
    return out;
  }

  /** Whether any shape walks a path backwards (the data then needs an object index). */
  usesInversePaths(): boolean {
    for (const quads of this.bySubject.values()) if (quads.some((q) => q.predicate.value === SH + 'inversePath')) return true;
    return false;
  }

  /** Every node that carries SHACL parameters (list cells excluded). */
  shapeTerms(): Term[] {
    const out: Term[] = [];
    for (const quads of this.bySubject.values()) {
      if (quads.some((q) => q.predicate.value.startsWith(SH))) out.push(quads[0]!.subject);
    }
    return out;
  }

  /** Reads one shape; throws on SHACL features the fast path does not implement. */
  read(term: Term): ShapeDef {
    const quads = this.bySubject.get(termKey(term)) ?? [];
    const values = (local: string) => quads.filter((q) => q.predicate.value === SH + local).map((q) => q.object);
    const constraints: ConstraintDef[] = [];
    for (const q of quads) {
      if (!q.predicate.value.startsWith(SH)) continue;
      const local = q.predicate.value.slice(SH.length);
      if (IGNORED.has(local)) continue;
      if (local === 'deactivated' || local === 'closed' || !SUPPORTED.has(local)) {
        throw new Error(`Fast validator: sh:${local} is not supported (shape ${termKey(term)})`);
      }
      const listed = ['in', 'or', 'and', 'xone'].includes(local);
      constraints.push({
        component: local,
        value: q.object,
        ...(listed ? { list: this.list(q.object) } : {}),
        ...(local === 'pattern' && values('flags')[0] ? { flags: values('flags')[0]?.value } : {}),
      });
    }
    const pathTerm = values('path')[0];
    return {
      key: termKey(term),
      term,
      path: pathTerm ? this.path(pathTerm) : null,
      messages: messages(values('message')),
      targetClasses: values('targetClass').map((t) => t.value),
      properties: values('property'),
      constraints,
    };
  }

  private path(term: Term): PathDef {
    if (term.termType === 'NamedNode') return { predicate: term.value, inverse: false };
    const inverse = this.bySubject.get(termKey(term))?.find((q) => q.predicate.value === SH + 'inversePath');
    if (inverse?.object.termType === 'NamedNode') return { predicate: inverse.object.value, inverse: true };
    throw new Error(`Fast validator: only predicate and inverse paths are supported (${termKey(term)})`);
  }

  private list(head: Term): Term[] {
    const items: Term[] = [];
    for (let node = head; node.value !== RDF + 'nil'; ) {
      const quads = this.bySubject.get(termKey(node)) ?? [];
      const first = quads.find((q) => q.predicate.value === RDF + 'first');
      const rest = quads.find((q) => q.predicate.value === RDF + 'rest');
      if (!first || !rest) throw new Error(`Fast validator: malformed RDF list at ${termKey(node)}`);
      items.push(first.object);
      node = rest.object;
    }
    return items;
  }
}

function messages(terms: Term[]): Partial<Messages> | null {
  if (terms.length === 0) return null;
  const out: { en?: string; fr?: string; es?: string } = {};
  for (const t of terms) {
    const lang = t.termType === 'Literal' ? t.language || 'en' : 'en';
    if (lang === 'en' || lang === 'fr' || lang === 'es') out[lang] = t.value;
  }
  return out;
}
