import { DataFactory } from 'n3';
import { CodecProblem, type TermCodec } from './term-codec.js';

const { namedNode } = DataFactory;

/** A link to another resource, as an absolute IRI string. */
export const iri: TermCodec<string> = {
  expected: 'a web address (IRI)',
  encode: (value) => ({ term: namedNode(value), quads: [] }),
  decode(term) {
    if (term.termType !== 'NamedNode') throw new CodecProblem(`expected a web address, found ${term.termType === 'Literal' ? `the text "${term.value}"` : 'a blank node'}`);
    return term.value;
  },
};

/** One of a fixed set of IRIs, named in TypeScript by short keys: `{ offer: vf('offer'), … }`. */
export function oneOf<K extends string>(choices: Readonly<Record<K, string>>): TermCodec<K> {
  const byIri = new Map<string, K>(Object.entries<string>(choices).map(([key, value]) => [value, key as K]));
  const expected = `one of ${Object.values<string>(choices).join(', ')}`;
  return {
    expected,
    encode: (value) => ({ term: namedNode(choices[value]), quads: [] }),
    decode(term) {
      const key = term.termType === 'NamedNode' ? byIri.get(term.value) : undefined;
      if (key === undefined) throw new CodecProblem(`expected ${expected}, found ${term.value}`);
      return key;
    },
  };
}
