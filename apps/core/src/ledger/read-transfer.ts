import type { Quad, Term } from '@rdfjs/types';
import { T } from './ledger-terms.internal.js';
import type { TransferTerms } from './transfer.js';

/** Why quads could not be read as a transfer. */
export interface UnreadableTransfer {
  readonly problem: string;
}

const DATE_TIME_STAMP = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const INTEGER = /^[+-]?\d+$/;
const REQUIRED_IRIS = { payer: T.payer, payee: T.payee, group: T.group, initiator: T.initiator } as const;
const OPTIONAL_IRIS = { currency: T.currency, offer: T.offer, reverses: T.reverses } as const;
const REQUIRED = Object.entries(REQUIRED_IRIS);
const OPTIONAL = Object.entries(OPTIONAL_IRIS);

/** The transfer terms a record states about `iri` (default: its one mutua:Transfer), or what is wrong. */
export function readTransfer(quads: readonly Quad[], iri?: string): TransferTerms | UnreadableTransfer {
  const subject = iri ?? soleTransfer(quads);
  if (subject === undefined) return { problem: 'record does not hold exactly one mutua:Transfer' };
  const values = valuesOf(quads, subject);
  const terms: Record<string, string | number> = {};
  for (const [field, p] of REQUIRED) {
    const term = one(values, p, 'NamedNode');
    if (!term) return { problem: `transfer needs exactly one IRI for <${p}>` };
    terms[field] = term.value;
  }
  for (const [field, p] of OPTIONAL) {
    const term = one(values, p, 'NamedNode');
    if (term) terms[field] = term.value;
    else if (values.has(p)) return { problem: `transfer has more than one value, or a literal, for <${p}>` };
  }
  const id = one(values, T.identifier, 'Literal');
  if (!id) return { problem: `transfer needs exactly one literal for <${T.identifier}>` };
  const amount = one(values, T.amount, 'Literal');
  if (amount?.termType !== 'Literal' || amount.datatype.value !== T.integer || !INTEGER.test(amount.value)) return { problem: 'transfer amount is not an xsd:integer' };
  const time = one(values, T.created, 'Literal');
  if (time?.termType !== 'Literal' || time.datatype.value !== T.dateTime || !DATE_TIME_STAMP.test(time.value)) {
    return { problem: 'transfer time is not an xsd:dateTime with a time zone' };
  }
  const description = one(values, T.description, 'Literal');
  if (!description && values.has(T.description)) return { problem: 'transfer has more than one description' };
  // Filled in place, in the order the fields were always listed: replay reads every entry this way.
  terms.id = id.value;
  terms.iri = subject;
  terms.amount = Number(amount.value);
  terms.time = time.value;
  if (description) terms.description = description.value;
  return terms as unknown as TransferTerms;
}

function one(values: Map<string, { first: Term; count: number }>, p: string, kind: Term['termType']): Term | undefined {
  const found = values.get(p);
  return found?.count === 1 && found.first.termType === kind ? found.first : undefined;
}

// Only the predicates a transfer is read from are kept, and for each only its first value and
// how many there are: that is all `one` and `has` ask, and replay reads every entry this way.
const READ = new Set<string>([...Object.values(REQUIRED_IRIS), ...Object.values(OPTIONAL_IRIS), T.identifier, T.amount, T.created, T.description]);

function valuesOf(quads: readonly Quad[], subject: string): Map<string, { first: Term; count: number }> {
  const values = new Map<string, { first: Term; count: number }>();
  for (const q of quads) {
    if (q.subject.value !== subject) continue;
    const predicate = q.predicate.value;
    if (!READ.has(predicate)) continue;
    const found = values.get(predicate);
    if (found) found.count++;
    else values.set(predicate, { first: q.object, count: 1 });
  }
  return values;
}

function soleTransfer(quads: readonly Quad[]): string | undefined {
  const subjects = new Set(quads.filter((q) => q.predicate.value === T.type && q.object.value === T.Transfer).map((q) => q.subject.value));
  return subjects.size === 1 ? [...subjects][0] : undefined;
}
