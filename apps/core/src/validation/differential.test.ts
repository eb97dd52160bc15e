import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { createValidator } from './create-validator.js';
import { isRealDateTime } from './lexical-forms.internal.js';
import { RECORD_TYPES, type RecordType } from './shapes.generated.js';
import { shapeQuads } from './shapes-graph.js';
import type { ValidationResult } from './validation-result.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RUNS = 1000;
const examplesDir = join(import.meta.dirname, '../../../../vocab/examples');
const fast = createValidator();
const reference = createValidator({ engine: 'reference' });

/** Values that exercise every constraint kind: good, borderline and hostile. */
function valuePool(type: RecordType, subjects: Term[]): fc.Arbitrary<Term> {
  const shapes = shapeQuads(type);
  const listMembers = shapes.filter((q) => q.predicate.value === RDF + 'first').map((q) => q.object);
  const classes = shapes.filter((q) => q.predicate.value === SH + 'class' || q.predicate.value === SH + 'targetClass').map((q) => q.object);
  const typed = (dt: string) => (v: string) => literal(v, namedNode(XSD + dt));
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  return fc.oneof(
    fc.string({ maxLength: 12 }).map((s) => literal(s)),
    fc.constantFrom('   ', '', '<script>alert(1)</script>', 'ħ', 'B H', 'urn:uuid:376b7c89-baf8-4bda-9b0b-513ebee1720c', 'ab'.repeat(32), 'en', 'pt-BR', 'GB', 'gb').map((s) => literal(s)),
    fc.integer({ min: 1, max: 6000 }).map((n) => literal('x'.repeat(n))),
    fc.string({ maxLength: 8 }).map((s) => literal(s, 'fr')),
    fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(-1, 0, 1, 4, 5, 10, 11, 30, 31, 1e12, 1e12 + 1)).map((n) => typed('integer')(String(n))),
    fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => typed('decimal')(`${a}.${b}`)),
    fc.constantFrom('0.0', '1.0', '0.5', '1.01', '-0.01', '1.', '+-1').map(typed('decimal')),
    fc.constantFrom('true', 'false', '1', 'yes').map(typed('boolean')),
    fc.constantFrom('ten', '1.5', '+7').map(typed('integer')),
    fc.constantFrom('1.25E3').map(typed('double')),
    date.map(typed('dateTime')),
    date.map((d) => d.replace('Z', '+02:00')).map(typed('dateTime')),
    fc.constantFrom('2026-03-01T10:00:00', 'next tuesday', '2026-13-45T99:00:00Z', '2026-02-30T10:00:00Z').map(typed('dateTime')),
    fc.constantFrom('2026-03-01').map(typed('date')),
    fc.webUrl().map((u) => namedNode(u)),
    fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.example', 'https://pods.example/a/profile/card#me', 'https://pods.example/a/profile/card').map((u) => namedNode(u)),
    fc.constantFrom(...listMembers, ...classes, ...subjects),
    fc.constant(blankNode('b0')),
  );
}

interface Mutation {
  readonly op: 'keep' | 'set' | 'remove' | 'add';
  readonly subject: Term;
  readonly predicate: string;
  readonly value: Term;
}

function records(type: RecordType): { base: Quad[]; arbitrary: fc.Arbitrary<Mutation> } {
  const base = new Parser({ baseIRI: `https://pods.example/diff/${type}` }).parse(readFileSync(join(examplesDir, `${type}.ttl`), 'utf8')) as Quad[];
  const subjects = [...new Map(base.map((q) => [q.subject.value, q.subject])).values()];
  const predicates = [...new Set(shapeQuads(type).filter((q) => q.predicate.value === SH + 'path').map((q) => q.object.value)), RDF + 'type'];
  // Half of the edits hit a field the record really has, the other half any node/property pair.
  const existing = fc.constantFrom(...base.map((q) => ({ subject: q.subject as Term, predicate: q.predicate.value })));
  const anywhere = fc.record({ subject: fc.constantFrom(...subjects), predicate: fc.constantFrom(...predicates) });
  const arbitrary = fc
    .tuple(fc.constantFrom<Mutation['op']>('keep', 'set', 'set', 'remove', 'add'), fc.oneof(existing, anywhere), valuePool(type, subjects))
    .map(([op, target, value]): Mutation => ({ op, ...target, value }));
  return { base, arbitrary };
}

function apply(base: Quad[], m: Mutation): Quad[] {
  if (m.op === 'keep') return base;
  const same = (q: Quad) => q.subject.equals(m.subject) && q.predicate.value === m.predicate;
  const kept = m.op === 'add' ? base : base.filter((q) => !same(q));
  return m.op === 'remove' ? kept : [...kept, quad(m.subject as never, namedNode(m.predicate), m.value as never) as Quad];
}

// The one documented difference: rdf-validate-shacl accepts dates that do not exist on the calendar.
function hasImpossibleDate(quads: Quad[]): boolean {
  return quads.some((q) => q.object.termType === 'Literal' && q.object.datatype.value === XSD + 'dateTime' &&
    /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(q.object.value) && !isRealDateTime(q.object.value, false));
}

function pathSet(result: ValidationResult): string[] {
  return [...new Set(result.results.map((r) => r.path ?? '(node)'))].sort();
}

describe('fast validator against rdf-validate-shacl', () => {
  for (const type of RECORD_TYPES) {
    it(`agrees on ${RUNS} generated ${type} records (valid ones and ones changed in one field)`, async () => {
      const { base, arbitrary } = records(type);
      const outcomes = { conforming: 0, failing: 0, impossibleDates: 0 };
      await fc.assert(
        fc.asyncProperty(arbitrary, async (mutation) => {
          const quads = apply(base, mutation);
          const fastResult = fast.validateRecord(quads, type);
          const engineResult = await reference.validateRecord(quads, type);
          if (hasImpossibleDate(quads)) {
            // Excluded from the comparison on purpose: the fast path may only be stricter here.
            outcomes.impossibleDates++;
            expect(pathSet(fastResult)).toEqual(expect.arrayContaining(pathSet(engineResult)));
            return;
          }
          expect(fastResult.conforms).toBe(engineResult.conforms);
          expect(pathSet(fastResult)).toEqual(pathSet(engineResult));
          outcomes[fastResult.conforms ? 'conforming' : 'failing']++;
        }),
        { numRuns: RUNS },
      );
      expect(outcomes.conforming).toBeGreaterThan(RUNS * 0.1);
      expect(outcomes.failing).toBeGreaterThan(RUNS * 0.25);
    }, 120_000);
  }
});
