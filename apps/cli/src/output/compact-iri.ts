import { NAMESPACES } from '@mutua/core';

const prefixes = Object.entries(NAMESPACES).sort(([, a], [, b]) => b.length - a.length);

/** `mutua:Transfer` for a term of a namespace the vocabulary publishes, else the IRI unchanged. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of prefixes) {
    const local = iri.slice(namespace.length);
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}
