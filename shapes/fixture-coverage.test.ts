import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../apps/core/src/validation/index.js';

const SH = 'http://www.w3.org/ns/shacl#';
const shapesDir = import.meta.dirname;

/** The simple property paths constrained directly by the shape that targets the record's class. */
function constrainedPaths(type: string): string[] {
  const quads: Quad[] = new Parser({ baseIRI: `file:///shapes/${type}.ttl` }).parse(
    readFileSync(join(shapesDir, `${type}.ttl`), 'utf8'),
  );
  const targets = quads.filter((q) => q.predicate.value === `${SH}targetClass`).map((q) => q.subject.value);
  const properties = quads
    .filter((q) => targets.includes(q.subject.value) && q.predicate.value === `${SH}property`)
    .map((q) => q.object.value);
  return quads
    .filter(
      (q) =>
        properties.includes(q.subject.value) && q.predicate.value === `${SH}path` && q.object.termType === 'NamedNode',
    )
    .map((q) => q.object.value);
}

function expectedPaths(type: string): Set<string> {
  const dir = join(shapesDir, 'fixtures', type, 'invalid');
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ttl'))
      .map((f) => /^# expect-path: (\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? ''),
  );
}

describe('invalid fixtures', () => {
  it.each(RECORD_TYPES)('break every property constraint of the %s shape at least once', (type) => {
    const paths = constrainedPaths(type);
    expect(paths.length, `${type} shape has property constraints`).toBeGreaterThan(0);
    const covered = expectedPaths(type);
    expect(paths.filter((path) => !covered.has(path))).toEqual([]);
  });
});
