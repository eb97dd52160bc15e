import type { Term } from '@rdfjs/types';

// Canonical N-Quads term forms, as RDFC-1.0 prescribes (and rdf-canonize writes them): in
// literals, \b \t \n \f \r " \\ use their short escapes and the other C0 controls and DEL become
// \uXXXX; in IRIs, characters N-Quads forbids become \uXXXX. Everything else stays as is.

// The control characters are the point of these patterns: N-Quads must escape them.
/* eslint-disable no-control-regex */
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const LITERAL_SPECIAL = /[\u0000-\u001F\u007F"\\]/;
const LITERAL_SPECIAL_ALL = /[\u0000-\u001F\u007F"\\]/g;
const IRI_SPECIAL = /[\u0000-\u0020<>"{}|^`\\]/;
const IRI_SPECIAL_ALL = /[\u0000-\u0020<>"{}|^`\\]/g;
/* eslint-enable no-control-regex */
const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

const uchar = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

// IRIs repeat across records (predicates, datatypes, members), so their forms are cached.
const iriForms = new Map<string, string>();
const IRI_CACHE_LIMIT = 50_000;

/** `<iri>` with canonical escaping. */
export function canonicalIri(iri: string): string {
  let form = iriForms.get(iri);
  if (form === undefined) {
    form = `<${IRI_SPECIAL.test(iri) ? iri.replace(IRI_SPECIAL_ALL, uchar) : iri}>`;
    if (iriForms.size >= IRI_CACHE_LIMIT) iriForms.clear();
    iriForms.set(iri, form);
  }
  return form;
}

/** A literal's canonical form: quoted, escaped, then @lang or ^^<datatype> (none for xsd:string). */
export function canonicalLiteral(value: string, datatype: string, language: string): string {
  const quoted = `"${LITERAL_SPECIAL.test(value) ? value.replace(LITERAL_SPECIAL_ALL, (c) => SHORT_ESCAPES[c] ?? uchar(c)) : value}"`;
  if (datatype === RDF_LANG_STRING) return language ? `${quoted}@${language}` : quoted;
  return datatype === XSD_STRING ? quoted : `${quoted}^^${canonicalIri(datatype)}`;
}

/** A term's canonical form; blank nodes are written with the label given. */
export function canonicalTerm(term: Term, blankLabel: string): string {
  switch (term.termType) {
    case 'NamedNode':
      return canonicalIri(term.value);
    case 'BlankNode':
      return `_:${blankLabel}`;
    case 'Literal':
      return canonicalLiteral(term.value, term.datatype.value, term.language);
    default:
      return '';
  }
}
