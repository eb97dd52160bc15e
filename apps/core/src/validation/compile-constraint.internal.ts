import type { Term } from '@rdfjs/types';
import type { DataIndex } from './data-index.internal.js';
import { toDataNode, type DataNode } from './data-node.internal.js';
import { isValidLexicalForm } from './lexical-forms.internal.js';
import { compareNodes, termKey } from './rdf-terms.internal.js';
import type { ConstraintDef } from './read-shapes.internal.js';
import type { ValidationIssue } from './validation-result.js';

/** Collects issues of nested shapes, or null when only conformance matters. */
export type Sink = ((issue: ValidationIssue) => void) | null;
/** Checks one node against a (node or property) shape. */
export type ShapeCheck = (focus: DataNode, data: DataIndex, sink: Sink) => boolean;
/** Checks one value node; `details` receives nested issues (sh:node) when reporting. */
export type ValueCheck = (value: DataNode, data: DataIndex, details: ValidationIssue[] | null) => boolean;

const SH = 'http://www.w3.org/ns/shacl#';
const NODE_KINDS: Record<string, ReadonlyArray<Term['termType']>> = {
  [SH + 'IRI']: ['NamedNode'],
  [SH + 'BlankNode']: ['BlankNode'],
  [SH + 'Literal']: ['Literal'],
  [SH + 'BlankNodeOrIRI']: ['BlankNode', 'NamedNode'],
  [SH + 'BlankNodeOrLiteral']: ['BlankNode', 'Literal'],
  [SH + 'IRIOrLiteral']: ['NamedNode', 'Literal'],
};

/** Compiles a constraint that applies to each value node on its own; null for other kinds. */
export function compileValueCheck(c: ConstraintDef, shapeOf: (t: Term) => ShapeCheck): ValueCheck | null {
  const param = c.value;
  const bound = toDataNode(param);
  const n = Number(param.value);
  switch (c.component) {
    case 'datatype':
      return (v) => v.termType === 'Literal' && v.datatype === param.value && isValidLexicalForm(v.value, param.value);
    case 'nodeKind': {
      const kinds = NODE_KINDS[param.value] ?? [];
      return (v) => kinds.includes(v.termType);
    }
    case 'class':
      return (v, data) => data.isInstanceOf(v, param.value);
    case 'in': {
      const allowed = new Set((c.list ?? []).map(termKey));
      return (v) => allowed.has(v.key);
    }
    case 'pattern': {
      const re = new RegExp(param.value, c.flags);
      return (v) => v.termType !== 'BlankNode' && re.test(v.value);
    }
    case 'minLength':
      return (v) => v.termType !== 'BlankNode' && v.value.length >= n;
    case 'maxLength':
      return (v) => v.termType !== 'BlankNode' && v.value.length <= n;
    // Comparisons follow the reference engine: not comparable (null) or undefined (NaN) fails.
    case 'minInclusive':
      return (v) => (compareNodes(v, bound) ?? NaN) >= 0;
    case 'minExclusive':
      return (v) => (compareNodes(v, bound) ?? NaN) > 0;
    case 'maxInclusive':
      return (v) => (compareNodes(v, bound) ?? NaN) <= 0;
    case 'maxExclusive':
      return (v) => (compareNodes(v, bound) ?? NaN) < 0;
    case 'node': {
      const nested = lazy(() => shapeOf(param));
      return (v, data, details) => nested()(v, data, details ? (i) => details.push(i) : null);
    }
    case 'not': {
      const nested = lazy(() => shapeOf(param));
      return (v, data) => !nested()(v, data, null);
    }
    case 'or':
    case 'and':
    case 'xone': {
      const nested = lazy(() => (c.list ?? []).map(shapeOf));
      const mode = c.component;
      return (v, data) => {
        let passed = 0;
        for (const check of nested()) if (check(v, data, null)) passed++;
        const total = nested().length;
        return mode === 'or' ? passed > 0 : mode === 'and' ? passed === total : passed === 1;
      };
    }
    default:
      return null;
  }
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
