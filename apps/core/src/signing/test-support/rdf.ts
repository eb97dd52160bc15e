import type { Quad } from '@rdfjs/types';
import { Parser, Writer } from 'n3';

/** Quads parsed from N-Quads. */
export function parseNQuads(text: string): Quad[] {
  return new Parser({ format: 'N-Quads' }).parse(text) as Quad[];
}

/** Quads parsed from Turtle against a document URL. */
export function parseTurtle(text: string, baseIRI: string): Quad[] {
  return new Parser({ format: 'Turtle', baseIRI }).parse(text) as Quad[];
}

/** Quads written as N-Quads or Turtle (synchronously; the n3 Writer calls back at once). */
export function writeQuads(quads: readonly Quad[], format: 'N-Quads' | 'Turtle', prefixes: Record<string, string> = {}): string {
  const writer = new Writer({ format, prefixes });
  writer.addQuads([...quads]);
  let out = '';
  writer.end((error, result) => {
    if (error) throw error;
    out = result;
  });
  return out;
}
