import type { Quad } from 'n3';
import { compileShapes, type CompiledShapes } from '../validation/compile-shapes.js';
import { isRecordType, shapeQuads } from '../validation/shapes-graph.js';
import type { ValidationIssue } from '../validation/validation-result.js';
import type { RecordType } from './record-type.js';

// Compiling a shapes graph costs milliseconds; validating a record then costs microseconds.
const compiled = new Map<string, CompiledShapes>();

function shapesFor(type: RecordType): CompiledShapes {
  let shapes = compiled.get(type.name);
  if (!shapes) {
    if (!isRecordType(type.name)) throw new TypeError(`Record type "${type.name}" has no shape file shapes/${type.name}.ttl`);
    shapes = compileShapes(shapeQuads(type.name));
    compiled.set(type.name, shapes);
  }
  return shapes;
}

/**
 * What the record type's SHACL shape says about `quads`. With `subject`, only issues about that
 * node count, so one broken entry in a shared document does not spoil its neighbours.
 */
export function recordIssues(type: RecordType, quads: readonly Quad[], subject?: string): readonly ValidationIssue[] {
  const { results } = shapesFor(type).validate(quads);
  return subject === undefined ? results : results.filter((issue) => issue.focusNode === subject);
}
