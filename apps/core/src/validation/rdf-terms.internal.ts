import type { Term } from '@rdfjs/types';
import type { DataNode } from './data-node.internal.js';

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const RDFS_SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

/** A string that identifies a term: equal terms give equal keys. */
export function termKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'BlankNode':
      return '_:' + term.value;
    case 'Literal':
      return `"${term.value}"^^${term.datatype.value}@${term.language}`;
    default:
      return `?${term.termType}:${term.value}`;
  }
}

/** A short readable form of a node for issue reports. */
export function showNode(node: DataNode): string {
  if (node.termType === 'Literal') {
    const text = JSON.stringify(node.value.length > 80 ? node.value.slice(0, 80) + '…' : node.value);
    return node.language ? `${text}@${node.language}` : `${text}^^<${node.datatype}>`;
  }
  return node.key;
}

type Comparable = { readonly kind: string; readonly value: number | string };

const INTEGER_TYPES = new Set(
  ['integer', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger',
    'negativeInteger', 'unsignedInt', 'unsignedLong', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t),
);
const FLOAT_TYPES = new Set(['decimal', 'float', 'double'].map((t) => XSD + t));
const DATE_TYPES = new Set(['dateTime', 'date', 'dateTimeStamp'].map((t) => XSD + t));
const TIMEZONE_AT_END = /^.*(((\+|-)\d{2}:\d{2})|Z)$/;

// Mirrors how rdf-validate-shacl (through rdf-literal) turns literals into comparable values, so both
// validators agree on sh:minInclusive, sh:lessThan and friends. Dates compare as objects there:
// the kind 'object' keeps them apart from numbers.
function comparable(node: DataNode): Comparable {
  if (node.comparable) return node.comparable;
  const { datatype, value } = node;
  let result: Comparable;
  if (INTEGER_TYPES.has(datatype)) result = { kind: 'number', value: parseInt(value, 10) };
  else if (FLOAT_TYPES.has(datatype)) result = { kind: 'number', value: parseFloat(value) };
  else if (DATE_TYPES.has(datatype)) result = { kind: 'object', value: new Date(value).getTime() };
  else if (datatype === XSD + 'boolean') result = { kind: 'boolean', value: value === 'true' || value === '1' ? 1 : 0 };
  else result = { kind: 'string', value };
  node.comparable = result;
  return result;
}

function hasTimezone(node: DataNode): boolean {
  return node.datatype === XSD + 'dateTime' && TIMEZONE_AT_END.test(node.value);
}

/** Orders two literals: negative, zero or positive; NaN when undefined; null when not comparable. */
export function compareNodes(a: DataNode, b: DataNode): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  if (hasTimezone(a) !== hasTimezone(b)) return null;
  const x = comparable(a);
  const y = comparable(b);
  if (x.kind !== y.kind) return null;
  if (x.kind === 'string') return (x.value as string).localeCompare(y.value as string);
  return (x.value as number) - (y.value as number);
}
