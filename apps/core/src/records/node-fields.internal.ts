import { DataFactory, type Quad, type Term } from 'n3';
import type { Fields } from './field.js';
import { CodecProblem, termKey, type DecodeContext, type EncodeContext } from './term-codec.js';
import { RDF } from '../vocab/terms.generated.js';

const RDF_TYPE = RDF.type;

const { namedNode, quad } = DataFactory;

/** One field that could not be decoded, with the path of predicates that leads to it. */
export interface FieldProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/** The triples of one node: its types, then each field's values and their own nodes. */
export function encodeFields(subject: Term, types: readonly string[], fields: Fields, data: Readonly<Record<string, unknown>>, context: EncodeContext): Quad[] {
  const quads: Quad[] = types.map((type) => quad(subject as never, namedNode(RDF_TYPE), namedNode(type)));
  for (const [key, field] of Object.entries(fields)) {
    const value = data[key];
    if (value === undefined) continue;
    const values = field.cardinality === 'many' ? (value as readonly unknown[]) : [value];
    for (const item of values) {
      const encoded = field.codec.encode(item, context);
      quads.push(quad(subject as never, namedNode(field.predicate), encoded.term as never), ...encoded.quads);
    }
  }
  return quads;
}

function sortKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads every field of one node; problems are collected, so a caller sees all of them at once. */
export function decodeFields(subject: Term, fields: Fields, context: DecodeContext, problems: FieldProblem[]): Record<string, unknown> {
  const own = context.bySubject.get(termKey(subject)) ?? [];
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    // A quad list may repeat a triple (merged sources); RDF graphs are sets, so count it once.
    const objects = own
      .filter((q) => q.predicate.value === field.predicate)
      .map((q) => q.object)
      .filter((object, index, all) => all.findIndex((other) => other.equals(object)) === index);
    const decoded: unknown[] = [];
    for (const object of objects) {
      try {
        decoded.push(field.codec.decode(object, context));
      } catch (error) {
        if (!(error instanceof CodecProblem)) throw error;
        problems.push({ path: [field.predicate], message: error.message });
      }
    }
    if (decoded.length < objects.length) continue;
    if (field.cardinality === 'many') {
      data[key] = decoded.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    } else if (decoded.length > 1) {
      problems.push({ path: [field.predicate], message: `expected at most one value, found ${decoded.length}` });
    } else if (decoded.length === 1) {
      data[key] = decoded[0];
    } else if (field.cardinality === 'one') {
      problems.push({ path: [field.predicate], message: `a value is required (${field.codec.expected})` });
    }
  }
  return data;
}
