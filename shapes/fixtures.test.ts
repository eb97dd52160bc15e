import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, createValidator, type RecordType, type ValidationResult } from '../apps/core/src/validation/index.js';

const fixturesDir = join(import.meta.dirname, 'fixtures');
const fast = createValidator();
const reference = createValidator({ engine: 'reference' });

interface Expectation {
  readonly path: string | null;
  readonly engineConforms: boolean;
}

function expectation(turtle: string): Expectation {
  const path = /^# expect-path: (\S+)/m.exec(turtle)?.[1];
  if (!path) throw new Error('Invalid fixture without "# expect-path:" line');
  return { path: path === 'none' ? null : path, engineConforms: /^# expect-engine: conforms/m.test(turtle) };
}

function paths(result: ValidationResult): Array<string | null> {
  return result.results.map((r) => r.path);
}

function files(type: string, kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(fixturesDir, type, kind)).filter((f) => f.endsWith('.ttl')).sort();
}

describe('shape fixtures', () => {
  it('cover every record type with valid and invalid cases', () => {
    for (const type of RECORD_TYPES) {
      expect(files(type, 'valid').length, type).toBeGreaterThan(1);
      expect(files(type, 'invalid').length, type).toBeGreaterThan(10);
    }
  });

  for (const type of RECORD_TYPES) {
    describe(type, () => {
      const base = `https://pods.example/fixtures/${type}/doc`;
      for (const file of files(type, 'valid')) {
        it(`valid/${file} conforms through both validators`, async () => {
          const turtle = readFileSync(join(fixturesDir, type, 'valid', file), 'utf8');
          const fastResult = fast.validateRecord(turtle, type as RecordType, { baseIRI: base });
          const engineResult = await reference.validateRecord(turtle, type as RecordType, { baseIRI: base });
          expect(fastResult.results).toEqual([]);
          expect(engineResult.results).toEqual([]);
        });
      }
      for (const file of files(type, 'invalid')) {
        it(`invalid/${file} fails at its expected path through both validators`, async () => {
          const turtle = readFileSync(join(fixturesDir, type, 'invalid', file), 'utf8');
          const expected = expectation(turtle);
          const fastResult = fast.validateRecord(turtle, type as RecordType, { baseIRI: base });
          const engineResult = await reference.validateRecord(turtle, type as RecordType, { baseIRI: base });
          expect(fastResult.conforms).toBe(false);
          expect(paths(fastResult)).toContain(expected.path);
          if (expected.engineConforms) {
            // The documented divergence: rdf-validate-shacl accepts impossible calendar dates.
            expect(engineResult.conforms).toBe(true);
          } else {
            expect(engineResult.conforms).toBe(false);
            expect(paths(engineResult)).toContain(expected.path);
            expect(new Set(paths(fastResult))).toEqual(new Set(paths(engineResult)));
          }
          for (const issue of fastResult.results) {
            expect(issue.message.en.length).toBeGreaterThan(0);
            expect(issue.message.fr.length).toBeGreaterThan(0);
            expect(issue.message.es.length).toBeGreaterThan(0);
          }
        });
      }
    });
  }
});
