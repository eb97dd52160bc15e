import { DataFactory, type Literal, type Term } from 'n3';
import { CodecProblem, type TermCodec } from './term-codec.js';
import { XSD } from '../vocab/terms.generated.js';

const { literal, namedNode } = DataFactory;

function expectLiteral(term: Term, datatype: string, expected: string): Literal {
  if (term.termType !== 'Literal' || term.datatype.value !== datatype || term.language !== '') {
    throw new CodecProblem(`expected ${expected}, found ${describe(term)}`);
  }
  return term;
}

function describe(term: Term): string {
  if (term.termType !== 'Literal') return `the ${term.termType === 'NamedNode' ? 'IRI' : 'blank node'} ${term.value}`;
  return term.language ? `"${term.value}"@${term.language}` : `"${term.value}"^^<${term.datatype.value}>`;
}

/** A literal kept as its exact lexical form, with a fixed datatype (decimals, dates, multibase…). */
export function lexical(datatype: string, expected: string, pattern?: RegExp): TermCodec<string> {
  return {
    expected,
    encode: (value) => ({ term: literal(value, namedNode(datatype)), quads: [] }),
    decode(term) {
      const value = expectLiteral(term, datatype, expected).value;
      if (pattern && !pattern.test(value)) throw new CodecProblem(`expected ${expected}, found "${value}"`);
      return value;
    },
  };
}

/** A plain string (xsd:string). */
export const text: TermCodec<string> = lexical(XSD.string, 'a text without language tag');

/** An xsd:dateTime, kept as written so that signed records round-trip byte for byte. */
export const dateTime: TermCodec<string> = lexical(
  XSD.dateTime,
  'a date-time such as 2026-03-01T10:00:00Z',
  /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
);

/** An xsd:decimal, kept as a string: decimals are exact and JavaScript numbers are not. */
export const decimal: TermCodec<string> = lexical(XSD.decimal, 'a decimal number such as 0.5', /^[+-]?(\d+(\.\d*)?|\.\d+)$/);

/** An xsd:integer as a JavaScript number; values beyond 2^53 are refused rather than rounded. */
export const integer: TermCodec<number> = {
  expected: 'a whole number',
  encode: (value) => ({ term: literal(String(value), namedNode(XSD.integer)), quads: [] }),
  decode(term) {
    const value = expectLiteral(term, XSD.integer, 'a whole number').value;
    if (!/^[+-]?\d+$/.test(value)) throw new CodecProblem(`expected a whole number, found "${value}"`);
    const number = Number(value);
    if (!Number.isSafeInteger(number)) throw new CodecProblem(`the whole number ${value} is too large to handle exactly`);
    return number;
  },
};

/** An xsd:boolean. */
export const boolean: TermCodec<boolean> = {
  expected: 'true or false',
  encode: (value) => ({ term: literal(String(value), namedNode(XSD.boolean)), quads: [] }),
  decode(term) {
    const value = expectLiteral(term, XSD.boolean, 'true or false').value;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    throw new CodecProblem(`expected true or false, found "${value}"`);
  },
};
