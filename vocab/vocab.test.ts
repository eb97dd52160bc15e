import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { generateFiles, readTurtleDir } from './scripts/generate-files.js';
import { LANGS, MUTUA_NS, prefixOf, readVocabModel } from './scripts/model.js';

const root = join(import.meta.dirname, '..');
const model = readVocabModel(readFileSync(join(root, 'vocab/mutua.ttl'), 'utf8'));

// IRIs that are machinery rather than vocabulary: SHACL itself, RDF lists, datatypes, example data.
const MACHINERY = [/^http:\/\/www\.w3\.org\/ns\/shacl#/, /^http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#(first|rest|nil|langString)$/,
  /^http:\/\/www\.w3\.org\/2001\/XMLSchema#/, /^http:\/\/www\.w3\.org\/2000\/01\/rdf-schema#(label|comment)$/];

function termsUsedIn(dir: string): Set<string> {
  const used = new Set<string>();
  for (const [, turtle] of readTurtleDir(join(root, dir))) {
    for (const q of new Parser({ baseIRI: 'https://pods.example/doc' }).parse(turtle)) {
      used.add(q.predicate.value);
      if (q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' || q.object.termType === 'NamedNode') {
        if (prefixOf(q.object.value)) used.add(q.object.value);
      }
    }
  }
  return new Set([...used].filter((iri) => !MACHINERY.some((re) => re.test(iri))));
}

describe('generated vocabulary files', () => {
  for (const [path, expected] of generateFiles(root)) {
    it(`${path} matches what the generator produces now (run npx tsx vocab/scripts/generate.ts)`, () => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(expected);
    });
  }
});

describe('the Mutua ontology', () => {
  it('declares a version', () => {
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives every own term a label and a comment in English, French and Spanish', () => {
    const missing = model.terms.flatMap((t) =>
      LANGS.flatMap((l) => [t.label[l] ? [] : [`${t.local} rdfs:label@${l}`], t.comment[l] ? [] : [`${t.local} rdfs:comment@${l}`]].flat()),
    );
    expect(missing).toEqual([]);
  });

  it('gives every own property a domain and a range', () => {
    const properties = model.terms.filter((t) => t.kind === 'property');
    expect(properties.length).toBeGreaterThan(40);
    expect(properties.filter((p) => p.domain.length === 0).map((p) => p.local)).toEqual([]);
    expect(properties.filter((p) => p.range.length === 0).map((p) => p.local)).toEqual([]);
  });

  it('types every controlled value with its class and puts it in a concept scheme or names its class', () => {
    const individuals = model.terms.filter((t) => t.kind === 'individual');
    expect(individuals.filter((i) => i.types.length === 0).map((i) => i.local)).toEqual([]);
  });

  it('defines every mutua: term that the shapes and examples use', () => {
    const defined = new Set(model.terms.map((t) => t.iri));
    const used = [...termsUsedIn('shapes'), ...termsUsedIn('vocab/examples')].filter((iri) => iri.startsWith(MUTUA_NS));
    expect(used.filter((iri) => !defined.has(iri))).toEqual([]);
  });

  it('lists every reused term that the shapes and examples use with rdfs:isDefinedBy', () => {
    const listed = new Set([...model.external].flatMap(([prefix, locals]) => locals.map((l) => prefix + ':' + l)));
    const used = [...termsUsedIn('shapes'), ...termsUsedIn('vocab/examples')].filter((iri) => !iri.startsWith(MUTUA_NS));
    const unlisted = used
      .map((iri) => {
        const p = prefixOf(iri);
        return p ? `${p[0]}:${iri.slice(p[1].length)}` : iri;
      })
      .filter((curie) => !listed.has(curie) && !curie.startsWith('rdf:'));
    expect(unlisted).toEqual([]);
  });
});
