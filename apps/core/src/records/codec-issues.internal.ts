import type { ValidationIssue } from '../validation/validation-result.js';
import type { FieldProblem } from './node-fields.internal.js';

/** Marks issues found by the codec rather than by a SHACL shape. */
export const CODEC_CONSTRAINT = 'urn:mutua:constraint:codec';

/** A codec problem in the shape of a SHACL issue, so callers handle one kind of list. */
export function codecIssue(focusNode: string, problem: FieldProblem): ValidationIssue {
  const path = problem.path.at(-1) ?? null;
  return {
    focusNode,
    path,
    constraint: CODEC_CONSTRAINT,
    message: {
      en: `Unreadable value: ${problem.message}.`,
      fr: `Valeur illisible : ${problem.message}.`,
      es: `Valor ilegible: ${problem.message}.`,
    },
  };
}
