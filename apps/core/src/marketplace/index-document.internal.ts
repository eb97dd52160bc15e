import type { Quad } from 'n3';
import { SEC_ASSERTION_METHOD, AS_DELETE, DCTERMS_HAS_PART, MARKETPLACE_ENTRY, MUTUA_MEMBER, RDF_TYPE, SCHEMA_LOCATION, SEC_PROOF } from './marketplace-terms.internal.js';

/** One signed item found in an index document, with its own triples and those of its place and proofs. */
export interface IndexItem {
  readonly kind: 'entry' | 'withdrawal';
  readonly subject: string;
  readonly quads: readonly Quad[];
}

/** What an admin-written index head says besides its entries. */
export interface IndexHeadFacts {
  /** WebIDs the group lists as members: `<group> mutua:member <webId>`. */
  readonly members: ReadonlySet<string>;
  /** Key triples copied from members' profiles (sec:assertionMethod, sec:Multikey…). */
  readonly keyQuads: readonly Quad[];
  /** The head's other pages: `<head> dcterms:hasPart <page>`. */
  readonly pages: readonly string[];
}

/** Links from an item to nodes of its own whose triples travel (and are signed) with it. */
const OWN_NODES: ReadonlySet<string> = new Set([SEC_PROOF, SCHEMA_LOCATION]);

/** Splits an index document into its signed items (entries, withdrawals), one pass over the triples. */
export function indexItems(quads: readonly Quad[]): IndexItem[] {
  const bySubject = new Map<string, Quad[]>();
  const roots: [string, IndexItem['kind']][] = [];
  for (const q of quads) {
    const key = q.subject.value;
    const list = bySubject.get(key);
    if (list) list.push(q);
    else bySubject.set(key, [q]);
    if (q.predicate.value === RDF_TYPE && q.subject.termType === 'NamedNode') {
      if (q.object.value === MARKETPLACE_ENTRY) roots.push([key, 'entry']);
      else if (q.object.value === AS_DELETE) roots.push([key, 'withdrawal']);
    }
  }
  return roots.map(([subject, kind]) => {
    const own = bySubject.get(subject) ?? [];
    const nested = own.filter((q) => OWN_NODES.has(q.predicate.value)).flatMap((q) => (q.object.value === subject ? [] : bySubject.get(q.object.value) ?? []));
    return { kind, subject, quads: [...own, ...nested] };
  });
}

/** The roster, keys and page links of an index head, for the group `group`. */
export function indexHeadFacts(quads: readonly Quad[], group: string, head: string): IndexHeadFacts {
  const members = new Set<string>();
  const pages: string[] = [];
  for (const q of quads) {
    if (q.subject.value === group && q.predicate.value === MUTUA_MEMBER) members.add(q.object.value);
    else if (q.subject.value === head && q.predicate.value === DCTERMS_HAS_PART) pages.push(q.object.value);
  }
  // Only the members' own key statements: never the entries' proofs, which are many.
  const keys = new Set<string>();
  const keyQuads: Quad[] = [];
  for (const q of quads) {
    if (members.has(q.subject.value) && q.predicate.value === SEC_ASSERTION_METHOD) {
      keys.add(q.object.value);
      keyQuads.push(q);
    }
  }
  for (const q of quads) if (keys.has(q.subject.value)) keyQuads.push(q);
  return { members, keyQuads, pages };
}
