import type { Quad } from '@rdfjs/types';
import { toDataNode, type DataNode } from './data-node.internal.js';
import { RDFS_SUBCLASS_OF, RDF_TYPE } from './rdf-terms.internal.js';

const EMPTY: readonly DataNode[] = [];

/** The data graph indexed by subject and by object, built once per validation. */
export class DataIndex {
  private readonly out = new Map<string, Map<string, DataNode[]>>();
  private readonly in = new Map<string, Map<string, DataNode[]>>();
  private subClasses: Map<string, string[]> | undefined;
  private closures: Map<string, Set<string>> | undefined;
  private hasSubClasses = false;

  /** `inverse`: also index every object for inverse paths (rdf:type objects always are). */
  constructor(quads: Iterable<Quad>, inverse = true) {
    for (const q of quads) {
      const subject = toDataNode(q.subject);
      const object = toDataNode(q.object);
      const predicate = q.predicate.value;
      // The data graph is a set: a repeated triple must not count twice (sh:maxCount).
      if (!push(this.out, subject.key, predicate, object)) continue;
      if (predicate === RDFS_SUBCLASS_OF) this.hasSubClasses = true;
      if (object.termType !== 'Literal' && (inverse || predicate === RDF_TYPE)) push(this.in, object.key, predicate, subject);
    }
  }

  /** Values of `predicate` on `node`. */
  objects(node: DataNode, predicate: string): readonly DataNode[] {
    return this.out.get(node.key)?.get(predicate) ?? EMPTY;
  }

  /** Nodes that have `node` as value of `predicate` (for inverse paths). */
  subjectsOf(node: DataNode, predicate: string): readonly DataNode[] {
    return this.in.get(node.key)?.get(predicate) ?? EMPTY;
  }

  /** Whether `node` is an instance of `classIri`: rdf:type/rdfs:subClassOf* in the data graph. */
  isInstanceOf(node: DataNode, classIri: string): boolean {
    if (node.termType === 'Literal') return false;
    const types = this.objects(node, RDF_TYPE);
    if (types.length === 0) return false;
    if (!this.hasSubClasses) return types.some((t) => t.value === classIri);
    const accepted = this.classAndSubClasses(classIri);
    return types.some((t) => accepted.has(t.value));
  }

  /** All instances of `classIri` (including of its subclasses declared in the data graph). */
  instancesOf(classIri: string): readonly DataNode[] {
    if (!this.hasSubClasses) return this.in.get(classIri)?.get(RDF_TYPE) ?? EMPTY;
    const result = new Map<string, DataNode>();
    for (const cls of this.classAndSubClasses(classIri)) {
      for (const node of this.in.get(cls)?.get(RDF_TYPE) ?? EMPTY) result.set(node.key, node);
    }
    return [...result.values()];
  }

  private classAndSubClasses(classIri: string): Set<string> {
    this.closures ??= new Map();
    const cached = this.closures.get(classIri);
    if (cached) return cached;
    this.subClasses ??= this.collectSubClasses();
    const found = new Set([classIri]);
    const queue = [classIri];
    for (let cls = queue.pop(); cls !== undefined; cls = queue.pop()) {
      for (const sub of this.subClasses.get(cls) ?? []) {
        if (!found.has(sub)) {
          found.add(sub);
          queue.push(sub);
        }
      }
    }
    this.closures.set(classIri, found);
    return found;
  }

  private collectSubClasses(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    // Subject keys of IRIs are the IRIs themselves; blank nodes (`_:…`) cannot name classes here.
    for (const [key, byPredicate] of this.out) {
      if (key.startsWith('_:')) continue;
      for (const sup of byPredicate.get(RDFS_SUBCLASS_OF) ?? EMPTY) {
        if (sup.termType === 'NamedNode') map.set(sup.value, [...(map.get(sup.value) ?? []), key]);
      }
    }
    return map;
  }
}

/** Adds a value unless already present; returns whether it was added. */
function push(index: Map<string, Map<string, DataNode[]>>, key: string, predicate: string, value: DataNode): boolean {
  let byPredicate = index.get(key);
  if (!byPredicate) index.set(key, (byPredicate = new Map()));
  const values = byPredicate.get(predicate);
  if (!values) {
    byPredicate.set(predicate, [value]);
    return true;
  }
  for (const v of values) if (v.sameAs(value)) return false;
  values.push(value);
  return true;
}
