import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { compileShapes } from './compile-shapes.js';
import { MISSING_RECORD } from './missing-record.internal.js';
import { createValidator, validateDataset, validateRecord } from './create-validator.js';

const offer = readFileSync(join(import.meta.dirname, '../../../../vocab/examples/offer.ttl'), 'utf8');
const transfer = readFileSync(join(import.meta.dirname, '../../../../vocab/examples/transfer.ttl'), 'utf8');
const base = { baseIRI: 'https://pods.example/amina/mutua/offers/bike-repair' };

describe('validateRecord', () => {
  it('accepts the example offer from Turtle, from quads and from an n3 Store', () => {
    const quads = new Parser(base).parse(offer);
    expect(validateRecord(offer, 'offer', base)).toEqual({ conforms: true, results: [] });
    expect(validateRecord(quads, 'offer').conforms).toBe(true);
    expect(validateRecord(new Store(quads), 'offer').conforms).toBe(true);
  });

  it('reports the path, the constraint, the value and messages in three languages', () => {
    const result = validateRecord(offer.replace('mutua:amount 150', 'mutua:amount -150'), 'offer', base);
    expect(result.conforms).toBe(false);
    const [issue] = result.results;
    expect(issue).toMatchObject({
      focusNode: 'https://pods.example/amina/mutua/offers/bike-repair#it',
      path: 'https://w3id.org/mutua/ns#priceHint',
      constraint: 'http://www.w3.org/ns/shacl#OrConstraintComponent',
    });
    expect(issue?.message.fr).toContain('indication de prix');
    expect(issue?.message.es).toContain('indicación de precio');
  });

  it('explains a nested failure with the inner shape issues (fast path only)', () => {
    const result = validateRecord(offer.replace('vf:action vf:deliverService', 'vf:action vf:produce'), 'offer', base);
    const issue = result.results.find((r) => r.path === 'https://w3id.org/valueflows/ont/vf#publishes');
    expect(issue?.details?.[0]).toMatchObject({ path: 'https://w3id.org/valueflows/ont/vf#action', value: 'https://w3id.org/valueflows/ont/vf#produce' });
  });

  it('refuses a document that holds no record of the requested type, through both validators', async () => {
    const fast = validateRecord(transfer, 'offer', base);
    const reference = await createValidator({ engine: 'reference' }).validateRecord(transfer, 'offer', base);
    for (const result of [fast, reference]) {
      expect(result.conforms).toBe(false);
      expect(result.results[0]?.constraint).toBe(MISSING_RECORD);
    }
  });

  it('keeps script tags as valid text: escaping is the UI’s job', () => {
    const hostile = offer.replace('"Bicycle repair and tune-up"', '"<script>alert(1)</script>"');
    expect(validateRecord(hostile, 'offer', base).conforms).toBe(true);
  });
});

describe('validateDataset', () => {
  it('checks every targeted node against all shapes when no type is given', () => {
    const both = new Parser(base).parse(offer).concat(new Parser({ baseIRI: 'https://pods.example/t/x' }).parse(transfer.replace('mutua:amount 1250', 'mutua:amount 12.5')));
    const result = validateDataset(both);
    expect(result.results.map((r) => r.path)).toEqual(['https://w3id.org/mutua/ns#amount']);
  });

  it('is vacuously true for a dataset without targeted nodes', () => {
    expect(validateDataset('<#x> <#y> <#z> .')).toEqual({ conforms: true, results: [] });
  });
});

describe('compileShapes', () => {
  it('refuses SHACL features it does not implement instead of ignoring them', () => {
    const shapes = new Parser().parse(`@prefix sh: <http://www.w3.org/ns/shacl#> .
      <#S> a sh:NodeShape ; sh:targetClass <#C> ; sh:closed true .`);
    expect(() => compileShapes(shapes)).toThrow(/sh:closed is not supported/);
  });

  it('refuses complex property paths', () => {
    const shapes = new Parser().parse(`@prefix sh: <http://www.w3.org/ns/shacl#> .
      <#S> a sh:NodeShape ; sh:targetClass <#C> ; sh:property [ sh:path ( <#a> <#b> ) ; sh:minCount 1 ] .`);
    expect(() => compileShapes(shapes)).toThrow(/only predicate and inverse paths/);
  });

  it('follows inverse paths and subclasses declared in the data graph', () => {
    const shapes = new Parser().parse(`@prefix sh: <http://www.w3.org/ns/shacl#> .
      <https://x.example/S> a sh:NodeShape ; sh:targetClass <https://x.example/C> ;
        sh:property [ sh:path [ sh:inversePath <https://x.example/p> ] ; sh:minCount 1 ] .`);
    const data = new Parser().parse(`<https://x.example/D> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <https://x.example/C> .
      <https://x.example/n> a <https://x.example/D> .`);
    const result = compileShapes(shapes).validate(data);
    expect(result.results.map((r) => [r.focusNode, r.path])).toEqual([['https://x.example/n', '^https://x.example/p']]);
  });
});
