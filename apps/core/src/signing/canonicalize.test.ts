import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { canonicalize, canonicalizeWithRdfCanonize } from './canonicalize.js';
import { countBlankNodes, sortedCanonicalNQuads } from './sorted-nquads.internal.js';
import { arbitraryQuads } from './test-support/arbitrary-quads.js';
import { parseNQuads } from './test-support/rdf.js';

const { quad, namedNode, blankNode, literal } = DataFactory;
const S = namedNode('https://pods.example/a#it');
const P = namedNode('https://w3id.org/mutua/ns#note');

describe('canonicalize', () => {
  it('escapes literals exactly as RDFC-1.0 canonical N-Quads', async () => {
    const cases: [string, string][] = [
      ['line\nbreak', '"line\\nbreak"'],
      ['tab\tcr\rbs\bff\f', '"tab\\tcr\\rbs\\bff\\f"'],
      ['say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'],
      ['\u0000\u0001\u001f\u007f', '"\\u0000\\u0001\\u001F\\u007F"'],
      ['é 𝄞 \uE000 \u2028', '"é 𝄞 \uE000 \u2028"'],
    ];
    for (const [text, expected] of cases) {
      const quads = [quad(S, P, literal(text))] as Quad[];
      const canonical = await canonicalize(quads);
      expect(canonical).toBe(`<${S.value}> <${P.value}> ${expected} .\n`);
      expect(canonical).toBe(await canonicalizeWithRdfCanonize(quads));
    }
  });

  it('keeps language tags and drops only the xsd:string datatype', async () => {
    const quads = [
      quad(S, P, literal('hello', 'en-gb')),
      quad(S, P, literal('plain', namedNode('http://www.w3.org/2001/XMLSchema#string'))),
      quad(S, P, literal('1250', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    ] as Quad[];
    expect(await canonicalize(quads)).toBe(
      [
        `<${S.value}> <${P.value}> "1250"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `<${S.value}> <${P.value}> "hello"@en-gb .`,
        `<${S.value}> <${P.value}> "plain" .`,
        '',
      ].join('\n'),
    );
  });

  it('treats the input as a set: order and repeats do not matter', async () => {
    const quads = parseNQuads('<https://a/x> <https://a/p> "2" .\n<https://a/x> <https://a/p> "1" <https://a/g> .\n');
    const shuffled = [quads[1], quads[0], quads[1], quads[0]] as Quad[];
    expect(await canonicalize(shuffled)).toBe(await canonicalize(quads));
    expect((await canonicalize(shuffled)).split('\n')).toHaveLength(3);
  });

  it('labels a single blank node c14n0 on the fast path, as RDFC-1.0 does', async () => {
    const quads = [quad(blankNode('proof'), P, literal('x')), quad(S, P, blankNode('proof'))] as Quad[];
    expect(countBlankNodes(quads, 2)).toBe(1);
    expect(await canonicalize(quads)).toBe(`<${S.value}> <${P.value}> _:c14n0 .\n_:c14n0 <${P.value}> "x" .\n`);
    expect(await canonicalize(quads)).toBe(await canonicalizeWithRdfCanonize(quads));
  });

  it('falls back to rdf-canonize as soon as two blank nodes appear', async () => {
    // Two symmetric blank nodes: sorting alone cannot label them, RDFC-1.0 must.
    const quads = [quad(blankNode('a'), P, blankNode('b')), quad(blankNode('b'), P, literal('y'))] as Quad[];
    expect(countBlankNodes(quads, 2)).toBe(2);
    const canonical = await canonicalize(quads);
    expect(canonical).toBe(await canonicalizeWithRdfCanonize(quads));
    expect(canonical).toContain('_:c14n1');
  });

  it('gives the fast path the same output as rdf-canonize for any graph with at most one blank node', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(arbitraryQuads([]), arbitraryQuads(['only'])), async (quads) => {
        expect(sortedCanonicalNQuads(quads)).toBe(await canonicalizeWithRdfCanonize(quads));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same output as rdf-canonize for any graph, blank nodes included', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryQuads(['b0', 'b1', 'b2']), async (quads) => {
        expect(await canonicalize(quads)).toBe(await canonicalizeWithRdfCanonize(quads));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on blank node labels, quad order or repeats', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryQuads(['b0', 'b1']), fc.integer(), async (quads, seed) => {
        const renamed = quads.map((q) => renameBlanks(q)).reverse();
        const repeated = [...renamed, ...renamed.filter((_, i) => (i + seed) % 2 === 0)];
        expect(await canonicalize(repeated)).toBe(await canonicalize(quads));
      }),
      { numRuns: 200 },
    );
  });
});

function renameBlanks(q: Quad): Quad {
  const rename = <T extends Quad['subject'] | Quad['object'] | Quad['graph']>(term: T): T =>
    (term.termType === 'BlankNode' ? blankNode(`renamed-${term.value}`) : term) as T;
  return quad(rename(q.subject), q.predicate, rename(q.object), rename(q.graph)) as Quad;
}
