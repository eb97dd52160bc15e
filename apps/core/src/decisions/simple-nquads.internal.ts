import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';

const { quad, namedNode, literal } = DataFactory;

// Signed snapshots are written by N3's writer, one quad a line, and almost always hold only
// absolute IRIs and literals without escapes or language tags. Lines of exactly that shape are
// read here with one regular expression each, several times faster than N3's parser; any other
// line (blank nodes, escapes, language tags, comments, other spacing) sends the whole text to
// N3's parser instead. simple-nquads.test.ts holds the two equal on every text this accepts.

const IRI = String.raw`<([A-Za-z][A-Za-z0-9+.\-]*:[^\u0000-\u0020<>"{}|^\u0060\\]*)>`;
const LINE = new RegExp(String.raw`^${IRI} ${IRI} (?:${IRI}|"([^"\\\r\n]*)"(?:\^\^${IRI})?)(?: ${IRI})? \.$`);
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** The quads of N-Quads text made only of simple lines (IRIs, unescaped literals, no language tags), or undefined so the caller parses it in full. */
export function parseSimpleNQuads(text: string): Quad[] | undefined {
  const quads: Quad[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const [, s, p, o, value, datatype, graph] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
    const object = o !== undefined ? namedNode(o) : literal(value as string, namedNode(datatype ?? XSD_STRING));
    quads.push(quad(namedNode(s), namedNode(p), object, graph !== undefined ? namedNode(graph) : undefined) as Quad);
  }
  return quads;
}
