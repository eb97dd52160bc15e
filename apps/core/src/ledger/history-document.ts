import type { BlankNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { validateRecord } from '../validation/create-validator.js';
import type { ValidationIssue } from '../validation/validation-result.js';
import { MUTUA } from '../vocab/terms.generated.js';
import { entryFromQuads, entryQuads } from './entry-document.js';
import { T } from './ledger-terms.internal.js';
import type { LogEntry } from './log-entry.js';

const { quad, blankNode, namedNode } = DataFactory;

/** One copy in a member's history document: the group log entry and where it sits in the log. */
export interface HistoryCopy {
  readonly entry: LogEntry;
  /** The entry's document in the group log, the authority to check the copy against. */
  readonly entryUrl: string;
  readonly group: string;
}

/** A history document read back: its copies, and the ones it could not use with why. */
export interface ParsedHistory {
  readonly copies: readonly HistoryCopy[];
  readonly problems: readonly string[];
}

/**
 * The N-Quads of a history document: each copy exactly as its entry document would hold it,
 * oldest position first. Blank nodes get a per-position label (as in ledger pages, decision
 * 0072), so two records never share one once concatenated.
 */
export function serializeHistory(copies: readonly HistoryCopy[]): string {
  const quads: Quad[] = [];
  for (const copy of [...copies].sort((a, b) => a.entry.sequence - b.entry.sequence)) {
    const relabel = (term: Term): Term => (term.termType === 'BlankNode' ? blankNode(`h${copy.entry.sequence}_${term.value}`) : term);
    for (const q of [...entryQuads(copy.entry, copy.entryUrl, copy.group), ...copy.entry.record]) {
      quads.push(quad(relabel(q.subject) as Quad['subject'], q.predicate, relabel(q.object) as Quad['object'], relabel(q.graph) as Quad['graph']) as Quad);
    }
  }
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}

/**
 * The copies in a history document. A copy whose statements cannot be told apart is left out
 * and named in `problems`; the others are still returned, so one bad copy never hides the
 * rest. Shapes are checked by the reader on the copies it shows (see copyShapeProblem).
 */
export function parseHistory(body: string, url: string): ParsedHistory {
  let quads: Quad[];
  try {
    // Keep the writer's labels: they say which copy a blank node belongs to.
    quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(body) as Quad[];
  } catch (error) {
    return { copies: [], problems: [`${url} is not N-Quads (${(error as Error).message})`] };
  }
  const nodes = new Map<string, number>();
  const groups = new Map<string, string>();
  const owner = new Map<string, number>();
  for (const q of quads) {
    if (q.predicate.value === T.type && q.object.value === T.LedgerEntry && q.subject.value.endsWith('#entry')) nodes.set(q.subject.value, -1);
  }
  for (const q of quads) {
    if (!nodes.has(q.subject.value)) continue;
    if (q.predicate.value === T.sequence) nodes.set(q.subject.value, Number(q.object.value));
    if (q.predicate.value === T.group) groups.set(q.subject.value, q.object.value);
  }
  for (const q of quads) {
    const sequence = nodes.get(q.subject.value);
    if (sequence !== undefined && q.predicate.value === T.transfer) owner.set(documentOf(q.object.value), sequence);
  }
  const bySequence = new Map<number, Quad[]>();
  const problems: string[] = [];
  let stray = 0;
  for (const q of quads) {
    const sequence = nodes.get(q.subject.value) ?? ownerOf(q.subject, owner) ?? ownerOf(q.graph, owner);
    if (sequence === undefined) {
      stray++;
      continue;
    }
    bySequence.set(sequence, [...(bySequence.get(sequence) ?? []), q]);
  }
  if (stray > 0) problems.push(`${url}: ${stray} statements belong to none of its copies and were ignored`);
  const copies: HistoryCopy[] = [];
  const seen = new Set<number>();
  for (const [node, sequence] of nodes) {
    const entryUrl = node.slice(0, -'#entry'.length);
    const group = groups.get(node);
    if (!Number.isSafeInteger(sequence) || sequence < 0 || seen.has(sequence) || group === undefined) {
      problems.push(`${url}: the copy ${entryUrl} has no single position and group`);
      continue;
    }
    seen.add(sequence);
    copies.push({ entry: entryFromQuads(bySequence.get(sequence) ?? [], entryUrl), entryUrl, group });
  }
  return { copies: copies.sort((a, b) => a.entry.sequence - b.entry.sequence), problems };
}

/** The first shape a copy fails (ledger-entry, then transfer) with every issue, or undefined when it passes both. */
export function copyShapeIssues(copy: HistoryCopy): { readonly type: 'ledger-entry' | 'transfer'; readonly issues: readonly ValidationIssue[] } | undefined {
  // A record in the log is signed without a status: being there is what makes it completed.
  const status = quad(namedNode(copy.entry.transfer), namedNode(MUTUA.status), namedNode(MUTUA.Completed));
  const quads = [...entryQuads(copy.entry, copy.entryUrl, copy.group), ...copy.entry.record, status as Quad];
  for (const type of ['ledger-entry', 'transfer'] as const) {
    const result = validateRecord(quads, type);
    if (!result.conforms) return { type, issues: result.results };
  }
  return undefined;
}

/** Why a copy fails the ledger-entry or transfer shape, in words, or undefined when it passes both. */
export function copyShapeProblem(copy: HistoryCopy): string | undefined {
  const failed = copyShapeIssues(copy);
  return failed ? `fails the ${failed.type} shape: ${failed.issues.map((i) => i.message.en).join(' ')}` : undefined;
}

function ownerOf(term: Term, owner: ReadonlyMap<string, number>): number | undefined {
  if (term.termType === 'NamedNode') return owner.get(documentOf(term.value));
  if (term.termType === 'BlankNode') {
    const match = /(?:^|_)h(\d+)_/.exec((term as BlankNode).value);
    return match ? Number(match[1]) : undefined;
  }
  return undefined;
}

function documentOf(iri: string): string {
  const hash = iri.indexOf('#');
  return hash === -1 ? iri : iri.slice(0, hash);
}
