import { Writer, type Quad } from 'n3';

/** Prefixes used when writing documents, so the Turtle we send stays readable. */
export const TURTLE_PREFIXES: Readonly<Record<string, string>> = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
  schema: 'https://schema.org/',
  vf: 'https://w3id.org/valueflows/ont/vf#',
  as: 'https://www.w3.org/ns/activitystreams#',
  sec: 'https://w3id.org/security#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  ldp: 'http://www.w3.org/ns/ldp#',
  solid: 'http://www.w3.org/ns/solid/terms#',
  mutua: 'https://w3id.org/mutua/ns#',
};

/** Serialises quads as Turtle with IRIs relative to `documentUrl` (so `<#it>` stays `<#it>`). */
export function writeTurtle(quads: readonly Quad[], documentUrl: string): string {
  const writer = new Writer({ format: 'text/turtle', baseIRI: documentUrl, prefixes: { ...TURTLE_PREFIXES } });
  writer.addQuads([...quads]);
  let output = '';
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
