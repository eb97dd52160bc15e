import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { termKey } from './rdf-terms.internal.js';
import { messagesFor } from './shape-messages.internal.js';
import type { Messages, ValidationIssue, ValidationResult } from './validation-result.js';

/** The reference validator: rdf-validate-shacl, built once per shapes graph. */
export interface EngineValidator {
  validate(data: Iterable<Quad>): Promise<ValidationResult>;
}

/** Builds the reference validator (construction costs tens of milliseconds: reuse it). */
export function createEngineValidator(shapeQuads: Iterable<Quad>): EngineValidator {
  const engine = new SHACLValidator(new Store([...shapeQuads]) as unknown as DatasetCore);
  return {
    async validate(data) {
      const dataset = data instanceof Store ? data : new Store([...data]);
      const report = await engine.validate(dataset as unknown as DatasetCore);
      const results = report.results.map((r): ValidationIssue => {
        const component = r.sourceConstraintComponent?.value ?? '';
        return {
          focusNode: r.focusNode ? termKey(r.focusNode) : '',
          path: pathOf(r.path),
          message: messagesOf(r.message, component),
          constraint: component,
          ...(r.value ? { value: r.value.value } : {}),
        };
      });
      return { conforms: report.conforms, results };
    },
  };
}

function pathOf(path: Term | null | undefined): string | null {
  if (!path) return null;
  return path.termType === 'NamedNode' ? path.value : termKey(path);
}

function messagesOf(terms: Term[], component: string): Messages {
  const found: { en?: string; fr?: string; es?: string } = {};
  for (const t of terms) {
    const lang = t.termType === 'Literal' && t.language ? t.language : 'en';
    if ((lang === 'en' || lang === 'fr' || lang === 'es') && !found[lang]) found[lang] = t.value;
  }
  const local = component.replace(/^.*#/, '').replace(/ConstraintComponent$/, '');
  return messagesFor(Object.keys(found).length > 0 ? found : null, local[0]?.toLowerCase() + local.slice(1));
}
