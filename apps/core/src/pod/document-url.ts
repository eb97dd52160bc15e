/** The document part of an IRI: everything before the fragment. */
export function documentUrl(iri: string): string {
  const hash = iri.indexOf('#');
  return hash === -1 ? iri : iri.slice(0, hash);
}
