import type { Quad } from 'n3';
import { DataFactory, Parser, Writer } from 'n3';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { toN3Patch } from '../pod/patch-rdf-resource.js';
import { sendWrite } from '../pod/send-write.internal.js';
import { sha256Hex } from '../signing/sha256.js';
import { parseSimpleNQuads } from './simple-nquads.internal.js';

const { quad, namedNode, literal } = DataFactory;

// Ballots and discussions are shared documents members may only append to (WAC Append).
// Append alone cannot stop a member from adding triples about someone else's vote, so each
// signed record is stored whole as one N-Quads literal on a node named after the literal's
// SHA-256: anything appended later under that name has another hash and is ignored, and
// nothing already there can be removed or changed without Write, which only admins hold.

const PREFIX = '#s-';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';

/** The N-Quads text of a record, its lines sorted so equal records give equal text. */
export function snapshotText(quads: readonly Quad[]): string {
  const lines = new Writer({ format: 'N-Quads' }).quadsToString([...quads]).split('\n').filter((l) => l !== '');
  return `${lines.sort().join('\n')}\n`;
}

/** The triple that stores a record's snapshot in a shared document. */
export async function snapshotQuad(documentUrl: string, text: string): Promise<Quad> {
  const hash = await sha256Hex(text);
  return quad(namedNode(`${documentUrl}${PREFIX}${hash}`), namedNode(RDF_VALUE), literal(text)) as Quad;
}

/** The snapshot texts of a shared document whose name matches their hash; others are dropped. */
export async function readSnapshotTexts(documentUrl: string, quads: readonly Quad[]): Promise<string[]> {
  const prefix = `${documentUrl}${PREFIX}`;
  const candidates = quads.filter((q) => q.predicate.value === RDF_VALUE && q.object.termType === 'Literal' && q.subject.value.startsWith(prefix));
  const checked = await Promise.all(
    candidates.map(async (q) => ((await sha256Hex(q.object.value)) === q.subject.value.slice(prefix.length) ? q.object.value : undefined)),
  );
  return [...new Set(checked.filter((t): t is string => t !== undefined))];
}

/** Parses a snapshot back into quads; undefined when it is not N-Quads. */
export function parseSnapshot(text: string): Quad[] | undefined {
  const simple = parseSimpleNQuads(text);
  if (simple) return simple as Quad[];
  try {
    return new Parser({ format: 'N-Quads' }).parse(text) as Quad[];
  } catch {
    return undefined;
  }
}

/** Appends snapshots to a shared document (created if missing) with an insert-only N3 Patch. */
export async function appendSnapshots(documentUrl: string, snapshots: readonly Quad[], options: PodRequestOptions): Promise<void> {
  const body = toN3Patch({ deletes: [], inserts: snapshots });
  await sendWrite('Appending to', documentUrl, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body }, options);
}
