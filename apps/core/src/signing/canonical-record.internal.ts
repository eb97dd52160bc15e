import type { Quad } from '@rdfjs/types';
import { canonicalTerm } from './canonical-terms.internal.js';
import { countBlankNodes } from './sorted-nquads.internal.js';
import type { SplitRecord } from './split-proofs.internal.js';

/** Canonical N-Quads of a signed record, of its document without proofs and of each proof's options. */
export interface CanonicalRecord {
  readonly record: string;
  readonly document: string;
  /** Same order as the split record's proofs. */
  readonly configs: readonly string[];
}

// With at most one blank node in the whole record, every part of it has at most one too, so
// each part's RDFC-1.0 form is its sorted, deduplicated lines with that node labelled c14n0
// (sorted-nquads.internal.ts). Each quad is written once and its line reused by every part:
// splitProofs keeps the record's quad objects, in order, for the document and node proofs.

/** The three canonical forms from one pass, or undefined when the record needs the general path (two or more blank nodes, or proofs kept in graphs). */
export function canonicalRecord(quads: readonly Quad[], split: SplitRecord): CanonicalRecord | undefined {
  if (countBlankNodes(quads, 2) >= 2) return undefined;
  const lines = quads.map(canonicalLine);
  // Positions sorted once by line (code unit order, as RDFC-1.0's output); each part keeps its own.
  const order = lines.map((_, i) => i).sort((a, b) => compare(lines[a] as string, lines[b] as string));
  const all = new Uint8Array(quads.length).fill(1);
  const document = partOf(quads, split.document);
  if (!document) return undefined;
  const configs: string[] = [];
  for (const proof of split.proofs) {
    const config = partOf(quads, proof.config);
    if (!config) return undefined;
    configs.push(joinDistinct(lines, order, config));
  }
  return { record: joinDistinct(lines, order, all), document: joinDistinct(lines, order, document), configs };
}

// Marks which of the record's quads a part holds, walking both side by side (splitProofs keeps
// the record's quad objects in order); undefined when the part is not such a subsequence, as
// for a proof read from a graph, whose quads are rebuilt in the default graph.
function partOf(quads: readonly Quad[], part: readonly Quad[]): Uint8Array | undefined {
  const held = new Uint8Array(quads.length);
  let found = 0;
  for (let i = 0; i < quads.length && found < part.length; i++) {
    if (quads[i] === part[found]) {
      held[i] = 1;
      found++;
    }
  }
  return found === part.length ? held : undefined;
}

function joinDistinct(lines: readonly string[], order: readonly number[], held: Uint8Array): string {
  let text = '';
  let last: string | undefined;
  for (const i of order) {
    const line = lines[i] as string;
    if (held[i] === 1 && line !== last) {
      text += line;
      last = line;
    }
  }
  return text;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonicalLine(quad: Quad): string {
  const graph = quad.graph.termType === 'DefaultGraph' ? '' : ` ${canonicalTerm(quad.graph, 'c14n0')}`;
  return `${canonicalTerm(quad.subject, 'c14n0')} ${canonicalTerm(quad.predicate, 'c14n0')} ${canonicalTerm(quad.object, 'c14n0')}${graph} .\n`;
}
