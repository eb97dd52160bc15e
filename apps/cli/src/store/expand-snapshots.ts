import { createHash } from 'node:crypto';
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

/**
 * The records held as snapshots in a shared document (ballots, discussions): each is an
 * N-Quads literal on a node named after its SHA-256 (see apps/core/src/decisions/
 * signed-snapshots.internal.ts). Only snapshots whose name matches their hash are expanded,
 * so text appended under someone else's name is ignored, as the apps ignore it.
 */
export function expandSnapshots(resource: RdfResource): Snapshot[] {
  const prefix = `${resource.url}${SNAPSHOT_MARK}`;
  const snapshots: Snapshot[] = [];
  for (const quad of resource.quads) {
    if (quad.predicate.value !== RDF_VALUE || quad.object.termType !== 'Literal' || !quad.subject.value.startsWith(prefix)) continue;
    const text = quad.object.value;
    if (createHash('sha256').update(text).digest('hex') !== quad.subject.value.slice(prefix.length)) continue;
    try {
      snapshots.push({ node: quad.subject.value, quads: new Parser({ format: 'N-Quads' }).parse(text) });
    } catch {
      // A snapshot that is not N-Quads is not a Mutua record; the apps skip it too.
    }
  }
  return snapshots;
}
