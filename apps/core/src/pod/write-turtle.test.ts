import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { writeTurtle } from './write-turtle.js';
import { toN3Patch } from './patch-rdf-resource.js';

const { namedNode, literal, quad } = DataFactory;
const doc = 'https://pod.example/alice/mutua/offers/abc';
const it1 = quad(namedNode(`${doc}#it`), namedNode('https://schema.org/name'), literal('Vélo "rouge"\nà réparer'));
const it2 = quad(namedNode(`${doc}#it`), namedNode('https://schema.org/image'), namedNode('https://pod.example/alice/img.jpg'));

describe('writeTurtle', () => {
  it('writes IRIs inside the document as relative ones and reads back the same triples', () => {
    const turtle = writeTurtle([it1, it2], doc);
    expect(turtle).toContain('<#it>');
    expect(turtle).not.toContain(`<${doc}#it>`);
    const back = new Parser({ baseIRI: doc }).parse(turtle);
    expect(back).toHaveLength(2);
    expect(back.some((q) => q.equals(it1))).toBe(true);
    expect(back.some((q) => q.equals(it2))).toBe(true);
  });
});

describe('toN3Patch', () => {
  it('sends a Solid InsertDeletePatch with absolute IRIs in its formulas', () => {
    const patch = toN3Patch({ deletes: [it1], inserts: [it2] });
    expect(patch).toMatch(/_:patch a solid:InsertDeletePatch;\s+solid:deletes \{/);
    expect(patch).toContain(`<${doc}#it> <https://schema.org/image> <https://pod.example/alice/img.jpg>`);
    const parsed = new Parser({ format: 'text/n3' }).parse(patch);
    const predicates = parsed.map((q) => q.predicate.value);
    expect(predicates).toContain('http://www.w3.org/ns/solid/terms#deletes');
    expect(predicates).toContain('http://www.w3.org/ns/solid/terms#inserts');
  });

  it('leaves out an empty deletes formula', () => {
    expect(toN3Patch({ deletes: [], inserts: [it2] })).not.toContain('solid:deletes');
  });
});
