import type { Quad } from '@rdfjs/types';
import rdfCanonize from 'rdf-canonize';
import { canonicalTerm } from './canonical-terms.internal.js';

// RDFC-1.0 fast path. With no blank node there is nothing to label, and with exactly one
// blank node its first-degree hash is unique, so RDFC-1.0 always issues it `c14n0`. In both
// cases the canonical form is the sorted, deduplicated list of canonical N-Quads lines. The
// property test in canonicalize.test.ts holds this equal to rdf-canonize's output.

/** Distinct blank node labels of the quads, counting no further than `limit`. */
export function countBlankNodes(quads: readonly Quad[], limit: number): number {
  // A signed record has none or one: the Set is only made for a second label.
  let first: string | undefined;
  let labels: Set<string> | undefined;
  for (const quad of quads) {
    for (let position = 0; position < 3; position++) {
      const term = position === 0 ? quad.subject : position === 1 ? quad.object : quad.graph;
      if (term.termType !== 'BlankNode' || term.value === first) continue;
      if (first === undefined) first = term.value;
      else (labels ??= new Set([first])).add(term.value);
      if ((labels?.size ?? 1) >= limit) return labels?.size ?? 1;
    }
  }
  return labels?.size ?? (first === undefined ? 0 : 1);
}

/** Canonical N-Quads of quads holding at most one blank node, relabelled `c14n0`. */
export function sortedCanonicalNQuads(quads: readonly Quad[]): string {
  const lines = new Set<string>();
  for (const quad of quads) {
    const graph = quad.graph.termType === 'DefaultGraph' ? '' : ` ${canonicalTerm(quad.graph, 'c14n0')}`;
    lines.add(`${canonicalTerm(quad.subject, 'c14n0')} ${canonicalTerm(quad.predicate, 'c14n0')} ${canonicalTerm(quad.object, 'c14n0')}${graph} .\n`);
  }
  // Default string order (UTF-16 code units) is the order rdf-canonize uses for its output.
  return [...lines].sort().join('');
}

/** The quads without repeats (a dataset is a set), keyed by their N-Quads line. */
export function distinctQuads(quads: readonly Quad[]): Quad[] {
  const seen = new Map<string, Quad>();
  for (const quad of quads) seen.set(rdfCanonize.NQuads.serializeQuad(quad), quad);
  return [...seen.values()];
}
