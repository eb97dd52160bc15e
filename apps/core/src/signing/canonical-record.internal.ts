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
// (sorted-nquads.internal.ts). Each quad's line is written once and the lines are sorted once:
// every part is read off that one sorted list, in which its own lines keep their order.

/** A quad's canonical line and the part of the record it belongs to. */
type Line = [text: string, part: number];

const NO_PART = -1;
const DOCUMENT = 0;

/** The canonical forms from one pass over the quads, or undefined when the record needs the general path (two or more blank nodes, or proofs kept in graphs). */
export function canonicalRecord(quads: readonly Quad[], split: SplitRecord): CanonicalRecord | undefined {
  if (countBlankNodes(quads, 2) >= 2) return undefined;
  // The part of each quad: the document (0), proof k's options (k + 1), or only the whole record
  // (the sec:proof links that splitProofs takes out of the document).
  const lines: Line[] = new Array(quads.length);
  for (let i = 0; i < quads.length; i++) lines[i] = [canonicalLine(quads[i] as Quad), NO_PART];
  if (!markPart(quads, split.document, DOCUMENT, lines)) return undefined;
  for (let k = 0; k < split.proofs.length; k++) if (!markPart(quads, (split.proofs[k] as SplitRecord['proofs'][number]).config, k + 1, lines)) return undefined;
  // Default string order (UTF-16 code units) is the order of RDFC-1.0's output.
  lines.sort(byText);
  const texts = new Array<string>(split.proofs.length + 1).fill('');
  let record = '';
  let last: Line | undefined;
  for (const line of lines) {
    if (last !== undefined && last[0] === line[0]) {
      // The same line twice is the same quad twice, so in the same part; if not, the general path decides.
      if (last[1] !== line[1]) return undefined;
      continue;
    }
    record += line[0];
    if (line[1] !== NO_PART) texts[line[1]] += line[0];
    last = line;
  }
  return new CanonicalForms(texts[DOCUMENT] as string, texts.slice(1), record);
}

// A class rather than an object literal with an arrow: one is made per record checked.
class CanonicalForms implements CanonicalRecord {
  constructor(
    readonly document: string,
    readonly configs: readonly string[],
    private readonly whole: string,
  ) {}

  record(): string {
    return this.whole;
  }
}

function byText(a: Line, b: Line): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

// Marks the lines of a part's quads, found by walking the record and the part side by side
// (splitProofs keeps the record's quad objects, in order); false when the part is not such a
// subsequence, as for a proof read from a graph, whose quads are rebuilt in the default graph.
function markPart(quads: readonly Quad[], part: readonly Quad[], label: number, lines: Line[]): boolean {
  let found = 0;
  for (let i = 0; i < quads.length && found < part.length; i++) {
    if (quads[i] === part[found]) {
      (lines[i] as Line)[1] = label;
      found++;
    }
  }
  return found === part.length;
}

function canonicalLine(quad: Quad): string {
  const graph = quad.graph.termType === 'DefaultGraph' ? '' : ` ${canonicalTerm(quad.graph, 'c14n0')}`;
  return `${canonicalTerm(quad.subject, 'c14n0')} ${canonicalTerm(quad.predicate, 'c14n0')} ${canonicalTerm(quad.object, 'c14n0')}${graph} .\n`;
}
