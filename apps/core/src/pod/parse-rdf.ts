import { Parser, type Quad } from 'n3';
import { ParseError } from '../errors/parse-error.js';

/** Media types n3 parses; JSON-LD is left out because it needs remote contexts. */
const PARSEABLE: Record<string, string> = {
  'text/turtle': 'text/turtle',
  'application/n-triples': 'application/n-triples',
  'application/n-quads': 'application/n-quads',
  'text/n3': 'text/n3',
  'application/trig': 'application/trig',
};

/** The Accept header matching what `parseRdf` can read, Turtle first. */
export const RDF_ACCEPT = 'text/turtle, application/n-triples;q=0.9, application/n-quads;q=0.8, text/n3;q=0.7';

/** Parses an RDF body served with `contentType`, resolving relative IRIs against `baseIri`. */
export function parseRdf(attempted: string, baseIri: string, contentType: string, body: string): Quad[] {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  // A missing type is common on static hosts serving .ttl files: try Turtle.
  const format = mediaType === '' ? 'text/turtle' : PARSEABLE[mediaType];
  if (!format) {
    throw new ParseError(attempted, baseIri, mediaType, `${mediaType} is not an RDF format Mutua reads (expected Turtle, N-Triples, N-Quads or N3)`);
  }
  try {
    return new Parser({ baseIRI: baseIri, format }).parse(body);
  } catch (error) {
    throw new ParseError(attempted, baseIri, mediaType, error instanceof Error ? error.message : String(error), { cause: error });
  }
}
