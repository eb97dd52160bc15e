import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { RECORD_TYPES, SHAPES_TURTLE, SHARED_SHAPE_FILES, type RecordType } from './shapes.generated.js';

const parsed = new Map<string, Quad[]>();

function shapeFileQuads(name: keyof typeof SHAPES_TURTLE): Quad[] {
  let quads = parsed.get(name);
  if (!quads) {
    quads = new Parser().parse(SHAPES_TURTLE[name]) as Quad[];
    parsed.set(name, quads);
  }
  return quads;
}

/** The shapes graph for one record type (its file plus the shared shapes), or for all types. */
export function shapeQuads(type?: RecordType): Quad[] {
  const files = type ? [type, ...SHARED_SHAPE_FILES] : [...RECORD_TYPES, ...SHARED_SHAPE_FILES];
  return files.flatMap((f) => shapeFileQuads(f));
}

/** Whether a string names a record type with a shape file. */
export function isRecordType(name: string): name is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(name);
}
