import type { RdfResource } from '@mutua/core';
import { Parser, type Quad } from 'n3';

const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';
const SNAPSHOT_MARK = '#s-';

/** One record stored whole in an append-only shared document (a ballot, a comment). */
export interface Snapshot {
  /** The node holding it: `<document>#s-<sha256 of the text>`. */
  readonly node: string;
  readonly quads: readonly Quad[];
}

// Node's synchronous hash, looked up at run time so that this module has no `node:` import and
// also loads in a browser (which uses expandSnapshotsAsync; see apps/core/src/signing/sha256.ts).
type NodeCrypto = {
  createHash(algorithm: 'sha256'): { update(data: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
};
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

interface Candidate {
  readonly node: string;
  readonly text: string;
  /** The hash the node's name claims for the text. */
  readonly claimed: string;
}

function candidatesIn(resource: RdfResource): Candidate[] {
  const prefix = `${resource.url}${SNAPSHOT_MARK}`;
  return resource.quads
    .filter(
      (quad) =>
        quad.predicate.value === RDF_VALUE &&
        quad.object.termType === 'Literal' &&
        quad.subject.value.startsWith(prefix),
    )
    .map((quad) => ({
      node: quad.subject.value,
      text: quad.object.value,
      claimed: quad.subject.value.slice(prefix.length),
    }));
}

function parsed(candidate: Candidate): Snapshot | undefined {
  try {
    return { node: candidate.node, quads: new Parser({ format: 'N-Quads' }).parse(candidate.text) };
  } catch {
    return undefined; // A snapshot that is not N-Quads is not a Mutua record; the apps skip it too.
  }
}

/**
 * The records held as snapshots in a shared document (ballots, discussions): each is an
 * N-Quads literal on a node named after its SHA-256 (see apps/core/src/decisions/
 * signed-snapshots.internal.ts). Only snapshots whose name matches their hash are expanded,
 * so text appended under someone else's name is ignored, as the apps ignore it.
 * Synchronous, so Node only; browsers use expandSnapshotsAsync.
 */
export function expandSnapshots(resource: RdfResource): Snapshot[] {
  if (!nodeCrypto) throw new Error('expandSnapshots needs Node’s crypto module; in a browser use expandSnapshotsAsync');
  return candidatesIn(resource)
    .filter((c) => nodeCrypto.createHash('sha256').update(c.text, 'utf8').digest('hex') === c.claimed)
    .map(parsed)
    .filter((s): s is Snapshot => s !== undefined);
}

/** expandSnapshots for any runtime: hashes with WebCrypto. */
export async function expandSnapshotsAsync(resource: RdfResource): Promise<Snapshot[]> {
  const encoder = new TextEncoder();
  const hex = async (text: string) =>
    Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
  const candidates = candidatesIn(resource);
  const valid = await Promise.all(candidates.map(async (c) => (await hex(c.text)) === c.claimed));
  return candidates
    .filter((_, i) => valid[i])
    .map(parsed)
    .filter((s): s is Snapshot => s !== undefined);
}
