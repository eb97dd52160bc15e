import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';

const { quad, namedNode, blankNode, literal, defaultGraph } = DataFactory;

const XSD = 'http://www.w3.org/2001/XMLSchema#';

const iris = fc.constantFrom(
  'https://pods.example/a#it',
  'https://pods.example/b#it',
  'https://w3id.org/mutua/ns#amount',
  'http://purl.org/dc/terms/description',
  'urn:uuid:376b7c89-baf8-4bda-9b0b-513ebee1720c',
  'https://example.org/é/ü#𝄞',
  'https://example.org/\uE000',
  'did:example:abcdefgh',
  'https://example.org/not valid<but "written">{^|`}\\',
);

/** Lexical forms that stress N-Quads escaping: controls, quotes, backslashes, astral and private-use characters. */
const trickyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.constantFrom('', '\n', '\r\n', '"quoted"', 'back\\slash', '\u0000\u0001\u001f', '\u007f', '\t\b\f', '\uFFFF', '𝄞', '\uE000', 'é', 'e\u0301', '\u2028'),
);

const literals = fc.oneof(
  trickyText.map((text) => literal(text)),
  fc.tuple(trickyText, fc.constantFrom('en', 'en-gb', 'en-GB', 'fr', 'zh-hant-tw')).map(([text, lang]) => literal(text, lang)),
  fc.tuple(trickyText, fc.constantFrom(`${XSD}integer`, `${XSD}dateTime`, `${XSD}decimal`, 'https://w3id.org/security#multibase')).map(
    ([text, datatype]) => literal(text, namedNode(datatype)),
  ),
  fc.integer().map((n) => literal(String(n), namedNode(`${XSD}integer`))),
);

/** Quads whose blank nodes are drawn from `labels` (none when empty). */
export function arbitraryQuads(labels: readonly string[], maxLength = 12): fc.Arbitrary<Quad[]> {
  const blank = labels.length > 0 ? [fc.constantFrom(...labels).map((label) => blankNode(label))] : [];
  const subject = fc.oneof(iris.map((iri) => namedNode(iri)), ...blank) as fc.Arbitrary<Term>;
  const object = fc.oneof(iris.map((iri) => namedNode(iri)), literals, ...blank) as fc.Arbitrary<Term>;
  const graph = fc.oneof(fc.constant(defaultGraph()), iris.map((iri) => namedNode(iri)), ...blank) as fc.Arbitrary<Term>;
  const oneQuad = fc
    .tuple(subject, iris, object, graph)
    .map(([s, p, o, g]) => quad(s as never, namedNode(p), o as never, g as never) as Quad);
  return fc.array(oneQuad, { maxLength });
}
