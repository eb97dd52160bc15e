import type { Term } from '@rdfjs/types';
import { compileValueCheck, type ShapeCheck, type Sink, type ValueCheck } from './compile-constraint.internal.js';
import type { DataIndex } from './data-index.internal.js';
import type { DataNode } from './data-node.internal.js';
import { compareNodes, showNode, termKey } from './rdf-terms.internal.js';
import type { ConstraintDef, PathDef, ShapeDef } from './read-shapes.internal.js';
import { componentIri, messagesFor } from './shape-messages.internal.js';
import type { ValidationIssue } from './validation-result.js';

/** Reports one failure of this shape; built once per shape, not per validation. */
type Emit = (sink: NonNullable<Sink>, focus: DataNode, component: string, value?: DataNode, details?: ValidationIssue[]) => void;
type SetCheck = (focus: DataNode, values: readonly DataNode[], data: DataIndex, sink: Sink) => boolean;

/** Compiles one shape (node or property) into a check; nested shapes come from `shapeOf`. */
export function compileShape(def: ShapeDef, shapeOf: (t: Term) => ShapeCheck): ShapeCheck {
  const path = def.path;
  const pathIri = path ? (path.inverse ? '^' : '') + path.predicate : null;
  const emit: Emit = (sink, focus, component, value, details) =>
    sink({
      focusNode: focus.key,
      path: pathIri,
      message: messagesFor(def.messages, component),
      constraint: componentIri(component),
      ...(value ? { value: showNode(value) } : {}),
      ...(details && details.length > 0 ? { details } : {}),
    });
  const valueChecks: ValueCheck[] = [];
  const valueComponents: string[] = [];
  const setChecks: SetCheck[] = [];
  for (const c of def.constraints) {
    const check = compileValueCheck(c, shapeOf);
    if (check) {
      valueChecks.push(check);
      valueComponents.push(c.component);
    } else {
      setChecks.push(compileSetCheck(c, path, emit));
    }
  }
  const properties = def.properties.map((p) => lazyShape(() => shapeOf(p)));

  return (focus, data, sink) => {
    const values = path ? valuesAt(focus, path, data) : [focus];
    let ok = true;
    for (const check of setChecks) {
      if (!check(focus, values, data, sink)) {
        if (!sink) return false;
        ok = false;
      }
    }
    for (const value of values) {
      for (let i = 0; i < valueChecks.length; i++) {
        // Only sh:node failures carry nested details; other checks get no array to fill.
        const details: ValidationIssue[] | null = sink && valueComponents[i] === 'node' ? [] : null;
        if (!(valueChecks[i] as ValueCheck)(value, data, details)) {
          if (!sink) return false;
          ok = false;
          emit(sink, focus, valueComponents[i] as string, value, details ?? undefined);
        }
      }
    }
    for (const property of properties) {
      if (!property()(focus, data, sink)) {
        if (!sink) return false;
        ok = false;
      }
    }
    return ok;
  };
}

function valuesAt(focus: DataNode, path: PathDef, data: DataIndex): readonly DataNode[] {
  return path.inverse ? data.subjectsOf(focus, path.predicate) : data.objects(focus, path.predicate);
}

// Constraints on the whole set of values of a path (counts, hasValue, comparisons with another property).
function compileSetCheck(c: ConstraintDef, path: PathDef | null, emit: Emit): SetCheck {
  const n = Number(c.value.value);
  const other = c.value.value;
  const component = c.component;
  const fail = (sink: Sink, focus: DataNode, value?: DataNode): false => {
    if (sink) emit(sink, focus, component, value);
    return false;
  };
  switch (component) {
    case 'minCount':
      return (focus, values, _d, sink) => values.length >= n || fail(sink, focus);
    case 'maxCount':
      return (focus, values, _d, sink) => values.length <= n || fail(sink, focus);
    case 'hasValue': {
      const key = termKey(c.value);
      return path
        ? (focus, values, _d, sink) => values.some((v) => v.key === key) || fail(sink, focus)
        : (focus, _v, _d, sink) => focus.key === key || fail(sink, focus, focus);
    }
    case 'lessThan':
    case 'lessThanOrEquals': {
      const strict = component === 'lessThan';
      return (focus, values, data, sink) => {
        let ok = true;
        for (const value of values) {
          for (const ref of data.objects(focus, other)) {
            const cmp = compareNodes(value, ref);
            if (cmp === null || (strict ? cmp >= 0 : cmp > 0)) ok = fail(sink, focus, value) && ok;
          }
        }
        return ok;
      };
    }
    case 'equals':
    case 'disjoint': {
      const equals = component === 'equals';
      return (focus, values, data, sink) => {
        const others = data.objects(focus, other);
        if (values.length === 0 && others.length === 0) return true;
        const otherKeys = new Set(others.map((o) => o.key));
        const valueKeys = new Set(values.map((v) => v.key));
        let ok = true;
        for (const v of values) if (otherKeys.has(v.key) !== equals) ok = fail(sink, focus, v) && ok;
        if (equals) for (const o of others) if (!valueKeys.has(o.key)) ok = fail(sink, focus, o) && ok;
        return ok;
      };
    }
    default:
      throw new Error(`Fast validator: sh:${component} is not supported here`);
  }
}

function lazyShape(make: () => ShapeCheck): () => ShapeCheck {
  let check: ShapeCheck | undefined;
  return () => (check ??= make());
}
