import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { arbitraryQuads } from '../signing/test-support/arbitrary-quads.js';
import { parseSimpleNQuads } from './simple-nquads.internal.js';
import { parseSnapshot, snapshotText } from './signed-snapshots.internal.js';

const parseWithN3 = (text: string): Quad[] | undefined => {
  try {
    return new Parser({ format: 'N-Quads' }).parse(text) as Quad[];
  } catch {
    return undefined;
  }
};

// Term by term, datatype and language included; blank node labels never reach this reader.
function expectSameQuads(actual: readonly Quad[], expected: readonly Quad[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((q, i) => {
    const e = expected[i] as Quad;
    expect(q.equals(e)).toBe(true);
    expect([q.subject.termType, q.predicate.termType, q.object.termType, q.graph.termType]).toEqual([e.subject.termType, e.predicate.termType, e.object.termType, e.graph.termType]);
    if (q.object.termType === 'Literal' && e.object.termType === 'Literal') {
      expect([q.object.value, q.object.language, q.object.datatype.value]).toEqual([e.object.value, e.object.language, e.object.datatype.value]);
    }
  });
}

describe('parseSimpleNQuads', () => {
  it('reads what N3 reads from any snapshot text it accepts, and accepts the usual signed record', async () => {
    let accepted = 0;
    await fc.assert(
      fc.property(fc.oneof(arbitraryQuads([]), arbitraryQuads(['b0'])), (quads) => {
        const text = snapshotText(quads as never);
        const simple = parseSimpleNQuads(text);
        if (simple === undefined) return;
        accepted++;
        expectSameQuads(simple, parseWithN3(text) ?? []);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('agrees with N3 line by line on text that is mutated, malformed or oddly spaced', () => {
    const good = '<https://a.example/s> <https://a.example/p> "x"^^<http://www.w3.org/2001/XMLSchema#integer> <https://a.example/g> .';
    fc.assert(
      fc.property(fc.nat(good.length), fc.nat(good.length), fc.constantFrom('', ' ', '\t', '"', '\\', '<', '>', '_:b', '@en', '#', '.', 'é', '\u0000'), (at, cut, insert) => {
        const text = `${good.slice(0, at)}${insert}${good.slice(Math.min(good.length, at + (cut % 3)))}\n`;
        const simple = parseSimpleNQuads(text);
        if (simple === undefined) return;
        const n3 = parseWithN3(text);
        expect(n3).toBeDefined();
        expectSameQuads(simple, n3 as Quad[]);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves blank nodes, escapes, language tags and relative IRIs to N3', () => {
    for (const line of [
      '_:b0 <https://a.example/p> "x" .',
      '<https://a.example/s> <https://a.example/p> "line\\nbreak" .',
      '<https://a.example/s> <https://a.example/p> "bonjour"@fr .',
      '<s> <https://a.example/p> "x" .',
      '<https://a.example/s>  <https://a.example/p> "x" .',
      '# a comment',
    ]) {
      expect(parseSimpleNQuads(`${line}\n`)).toBeUndefined();
    }
  });

  it('is what parseSnapshot returns for simple text, and N3 still reads the rest', () => {
    const simple = '<https://a.example/s> <https://a.example/p> "x" .\n';
    expectSameQuads(parseSnapshot(simple) ?? [], parseWithN3(simple) ?? []);
    const escaped = '<https://a.example/s> <https://a.example/p> "a\\"b"@en .\n';
    expectSameQuads(parseSnapshot(escaped) ?? [], parseWithN3(escaped) ?? []);
    expect(parseSnapshot('not n-quads')).toBeUndefined();
  });
});
