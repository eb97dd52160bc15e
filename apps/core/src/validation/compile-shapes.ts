import type { Quad, Term } from '@rdfjs/types';
import type { ShapeCheck } from './compile-constraint.internal.js';
import { compileShape } from './compile-shape.internal.js';
import { DataIndex } from './data-index.internal.js';
import { ShapesGraph } from './read-shapes.internal.js';
import { termKey } from './rdf-terms.internal.js';
import type { ValidationIssue, ValidationResult } from './validation-result.js';

/** A shapes graph compiled into plain functions; reusable for any number of data graphs. */
export interface CompiledShapes {
  /** Classes targeted by the shapes (sh:targetClass). */
  readonly targetClasses: readonly string[];
  /** Validates a data graph synchronously. */
  validate(data: Iterable<Quad>): ValidationResult;
}

/**
 * Compiles SHACL shapes into JavaScript checks (the fast path). Supports the SHACL Core features
 * Mutua's shapes use and throws on any other, so results always match the reference engine,
 * except that impossible dates (2026-02-30, month 13, hour 99) are rejected here and not there.
 */
export function compileShapes(shapeQuads: Iterable<Quad>): CompiledShapes {
  const graph = new ShapesGraph(shapeQuads);
  const checks = new Map<string, ShapeCheck>();
  // A shape with no SHACL triples at all has no constraints: every node conforms to it.
  const shapeOf = (term: Term): ShapeCheck => checks.get(termKey(term)) ?? conformsAlways;
  // Every shape is read (and refused if unsupported) now, not on first use.
  for (const term of graph.shapeTerms()) checks.set(termKey(term), compileShape(graph.read(term), shapeOf));
  const entries = graph.targetedShapes().map((term) => {
    const def = graph.read(term);
    return { classes: def.targetClasses, check: shapeOf(term) };
  });
  const targetClasses = [...new Set(entries.flatMap((e) => e.classes))].sort();
  const inverse = graph.usesInversePaths();

  return {
    targetClasses,
    validate(quads: Iterable<Quad>): ValidationResult {
      const data = new DataIndex(quads, inverse);
      const results: ValidationIssue[] = [];
      const sink = (issue: ValidationIssue) => results.push(issue);
      for (const { classes, check } of entries) {
        const seen = new Set<string>();
        for (const cls of classes) {
          for (const focus of data.instancesOf(cls)) {
            if (seen.has(focus.key)) continue;
            seen.add(focus.key);
            check(focus, data, sink);
          }
        }
      }
      return { conforms: results.length === 0, results };
    },
  };
}

const conformsAlways: ShapeCheck = () => true;
