import type { Quad } from 'n3';
import { canonicalize } from '../signing/canonicalize.js';

/** True when two quad lists hold the same graph, blank node labels aside (RDFC-1.0). */
export async function sameQuads(a: readonly Quad[], b: readonly Quad[]): Promise<boolean> {
  const [ca, cb] = await Promise.all([canonicalize(a), canonicalize(b)]);
  return ca === cb;
}
