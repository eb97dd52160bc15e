import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';

/** Turtle text of a record, or its parsed quads (an array, an n3 Store or any iterable). */
export type RecordInput = string | Iterable<Quad>;

/** Placeholder base for Turtle given without a document URL; .invalid never resolves (RFC 2606). */
export const DEFAULT_BASE_IRI = 'https://record.invalid/document';

/** Parses Turtle (relative IRIs against `baseIRI`) or passes quads through as an array. */
export function toQuads(input: RecordInput, baseIRI = DEFAULT_BASE_IRI): Quad[] {
  if (typeof input === 'string') return new Parser({ baseIRI }).parse(input) as Quad[];
  return Array.isArray(input) ? (input as Quad[]) : [...input];
}
