import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { RDF_TYPE, SEC_DATA_INTEGRITY_PROOF, SEC_PROOF, SEC_PROOF_VALUE } from './security-terms.internal.js';

/** One proof found in a record: its node, its configuration quads and its proof value(s). */
export interface ProofParts {
  readonly node: Term;
  /** The proof's quads in the default graph, without `sec:proofValue`: the proof configuration. */
  readonly config: readonly Quad[];
  readonly proofValues: readonly string[];
  /** Why this proof cannot be checked at all, when its shape is wrong. */
  readonly malformed?: string;
}

/** A record split into the unsecured document and its proofs. */
export interface SplitRecord {
  readonly document: readonly Quad[];
  readonly proofs: readonly ProofParts[];
}

// Two shapes of proof are accepted. In an RDF dataset made from JSON-LD, `sec:proof` points at
// a graph that holds the proof node. Turtle has no graphs, so Mutua stores the proof node in the
// default graph and `sec:proof` points at the node itself (decision 0021). Either way the proof
// configuration is the proof's triples in the default graph, as if the proof were its own document.

/** Split quads into the document without proofs and each proof's parts. */
export function splitProofs(quads: readonly Quad[], subject?: string): SplitRecord {
  const links = quads.filter(
    (q) =>
      q.predicate.value === SEC_PROOF &&
      q.graph.termType === 'DefaultGraph' &&
      (q.object.termType === 'NamedNode' || q.object.termType === 'BlankNode') &&
      (subject === undefined || q.subject.value === subject),
  );
  const targets = uniqueTerms(links.map((q) => q.object));
  // Only named graphs can be proof graphs; the default graph's quads need no key.
  const graphNames = new Set(quads.flatMap((q) => (q.graph.termType === 'DefaultGraph' ? [] : [key(q.graph)])));
  const removed = new Set<Quad>(links);
  const proofs = targets.map((target) =>
    graphNames.has(key(target)) ? proofFromGraph(quads, target, removed) : proofFromNode(quads, target, removed),
  );
  return { document: quads.filter((q) => !removed.has(q)), proofs };
}

function proofFromGraph(quads: readonly Quad[], graph: Term, removed: Set<Quad>): ProofParts {
  const inGraph = quads.filter((q) => q.graph.equals(graph));
  for (const q of inGraph) removed.add(q);
  const nodes = uniqueTerms(
    inGraph.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SEC_DATA_INTEGRITY_PROOF).map((q) => q.subject),
  );
  const node = nodes[0] ?? graph;
  const moved = inGraph.map((q) => DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
  const parts = separateProofValues(moved, node);
  return nodes.length === 1 ? parts : { ...parts, malformed: `proof graph holds ${nodes.length} DataIntegrityProof nodes, expected 1` };
}

function proofFromNode(quads: readonly Quad[], node: Term, removed: Set<Quad>): ProofParts {
  const own = quads.filter((q) => q.graph.termType === 'DefaultGraph' && q.subject.equals(node));
  for (const q of own) removed.add(q);
  const parts = separateProofValues(own, node);
  // Nested nodes would stay in the document here but belong to the proof in JSON-LD: refuse them.
  const nested = own.some((q) => q.object.termType === 'BlankNode');
  return nested ? { ...parts, malformed: 'proof node has a blank-node value; nested proof options are not supported' } : parts;
}

function separateProofValues(quads: readonly Quad[], node: Term): ProofParts {
  const config: Quad[] = [];
  const proofValues: string[] = [];
  for (const q of quads) {
    if (q.predicate.value === SEC_PROOF_VALUE && q.subject.equals(node)) proofValues.push(q.object.value);
    else config.push(q);
  }
  return { node, config, proofValues };
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const term of terms) byKey.set(key(term), term);
  return [...byKey.values()];
}

function key(term: Term): string {
  return `${term.termType}:${term.value}`;
}
