import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { RDF_TYPE, SEC_DATA_INTEGRITY_PROOF, SEC_PROOF } from './security-terms.internal.js';

const { quad } = DataFactory;

/** Quads from JSON-LD (each proof in its own graph) rewritten so Turtle can store them: proof nodes in the default graph. */
export function flattenProofGraphs(quads: readonly Quad[]): Quad[] {
  const proofGraphs = new Map<string, Quad['subject']>();
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph' || q.predicate.value !== RDF_TYPE || q.object.value !== SEC_DATA_INTEGRITY_PROOF) continue;
    proofGraphs.set(q.graph.value, q.subject);
  }
  const linked = new Set(quads.filter((q) => q.predicate.value === SEC_PROOF).map((q) => q.object.value));
  return quads.map((q) => {
    if (q.graph.termType !== 'DefaultGraph' && linked.has(q.graph.value) && proofGraphs.has(q.graph.value)) {
      return quad(q.subject, q.predicate, q.object) as Quad;
    }
    const node = q.predicate.value === SEC_PROOF ? proofGraphs.get(q.object.value) : undefined;
    return node ? (quad(q.subject, q.predicate, node, q.graph) as Quad) : q;
  });
}
