import type { Quad } from '@rdfjs/types';

/** The one subject of the default graph that is no triple's object, or undefined when not exactly one. */
export function recordRoot(document: readonly Quad[]): Quad['subject'] | undefined {
  const objects = new Set<string>();
  for (const q of document) if (q.object.termType !== 'Literal') objects.add(`${q.object.termType}:${q.object.value}`);
  const roots = new Map<string, Quad['subject']>();
  for (const q of document) {
    const id = `${q.subject.termType}:${q.subject.value}`;
    if (q.graph.termType === 'DefaultGraph' && !objects.has(id)) roots.set(id, q.subject);
  }
  return roots.size === 1 ? [...roots.values()][0] : undefined;
}
