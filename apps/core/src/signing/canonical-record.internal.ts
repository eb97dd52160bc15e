import type { Quad } from '@rdfjs/types';
import { canonicalTerm } from './canonical-terms.internal.js';
import { countBlankNodes } from './sorted-nquads.internal.js';
import type { SplitRecord } from './split-proofs.internal.js';

/** Canonical N-Quads of a signed record's document without proofs, of each proof's options and of the whole record. */
export interface CanonicalRecord {
  readonly document: string;
  /** Same order as the split record's proofs. */
  readonly configs: readonly string[];
  /** The whole record, proofs included; written only when asked for. */
  record(): string;
}

// With at most one blank node in the whole record, every part of it has at most one too, so
// each part's RDFC-1.0 form is its sorted, deduplicated lines with that node labelled c14n0
// (sorted-nquads.internal.ts). Each quad's line is written once and reused by every part.

/** The canonical forms from one pass over the quads, or undefined when the record needs the general path (two or more blank nodes, or proofs kept in graphs). */
export function canonicalRecord(quads: readonly Quad[], split: SplitRecord): CanonicalRecord | undefined {
  if (countBlankNodes(quads, 2) >= 2) return undefined;
  const lines = quads.map(canonicalLine);
  const document = linesOf(quads, lines, split.document);
  if (!document) return undefined;
  const configs: string[] = [];
  for (const proof of split.proofs) {
    const config = linesOf(quads, lines, proof.config);
    if (!config) return undefined;
    configs.push(sortedDistinct(config));
  }
  return { document: sortedDistinct(document), configs, record: () => sortedDistinct([...lines]) };
}

// A part's lines, found by walking the record and the part side by side (splitProofs keeps the
// record's quad objects, in order); undefined when the part is not such a subsequence, as for a
// proof read from a graph, whose quads are rebuilt in the default graph.
function linesOf(quads: readonly Quad[], lines: readonly string[], part: readonly Quad[]): string[] | undefined {
  const picked: string[] = [];
  for (let i = 0; i < quads.length && picked.length < part.length; i++) if (quads[i] === part[picked.length]) picked.push(lines[i] as string);
  return picked.length === part.length ? picked : undefined;
}

function sortedDistinct(lines: string[]): string {
  // Default string order (UTF-16 code units) is the order of RDFC-1.0's output.
  lines.sort();
  let text = '';
  let last: string | undefined;
  for (const line of lines) {
    if (line !== last) text += line;
    last = line;
  }
  return text;
}

function canonicalLine(quad: Quad): string {
  const graph = quad.graph.termType === 'DefaultGraph' ? '' : ` ${canonicalTerm(quad.graph, 'c14n0')}`;
  return `${canonicalTerm(quad.subject, 'c14n0')} ${canonicalTerm(quad.predicate, 'c14n0')} ${canonicalTerm(quad.object, 'c14n0')}${graph} .\n`;
}
