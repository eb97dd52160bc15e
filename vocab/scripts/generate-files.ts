/** Computes every generated file from the Turtle sources; pure apart from reading the sources. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { readVocabModel } from './model.js';
import { renderContext } from './render-context.js';
import { renderHtml } from './render-html.js';
import { renderShapes } from './render-shapes.js';
import { renderTerms } from './render-terms.js';

/** Paths (relative to the repository root) of the files the generator owns. */
export const GENERATED_PATHS = {
  terms: 'apps/core/src/vocab/terms.generated.ts',
  context: 'vocab/context.jsonld',
  html: 'vocab/index.html',
  shapes: 'apps/core/src/validation/shapes.generated.ts',
} as const;

/** Reads `dir/*.ttl` into a map from base name to text, sorted by name. */
export function readTurtleDir(dir: string): Map<string, string> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ttl'))
    .sort();
  return new Map(names.map((f) => [f.slice(0, -'.ttl'.length), readFileSync(join(dir, f), 'utf8')]));
}

/** Returns the content every generated file should have now, keyed by its relative path. */
export function generateFiles(root: string): Map<string, string> {
  const model = readVocabModel(readFileSync(join(root, 'vocab/mutua.ttl'), 'utf8'));
  const shapes = readTurtleDir(join(root, 'shapes'));
  const examples = readTurtleDir(join(root, 'vocab/examples'));
  return new Map([
    [GENERATED_PATHS.terms, renderTerms(model)],
    [GENERATED_PATHS.context, renderContext(model)],
    [GENERATED_PATHS.html, renderHtml({ model, examples, shapesByClass: shapesByClass(shapes) })],
    [GENERATED_PATHS.shapes, renderShapes(shapes)],
  ]);
}

function shapesByClass(shapes: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, turtle] of shapes) {
    for (const q of new Parser().parse(turtle)) {
      if (q.predicate.value !== 'http://www.w3.org/ns/shacl#targetClass') continue;
      const list = out.get(q.object.value) ?? [];
      if (!list.includes(name)) list.push(name);
      out.set(q.object.value, list);
    }
  }
  return out;
}
