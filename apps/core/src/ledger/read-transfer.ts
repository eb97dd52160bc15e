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

/** The transfer terms a record states about `iri` (default: its one mutua:Transfer), or what is wrong. */
export function readTransfer(quads: readonly Quad[], iri?: string): TransferTerms | UnreadableTransfer {
  const subject = iri ?? soleTransfer(quads);
  if (subject === undefined) return { problem: 'record does not hold exactly one mutua:Transfer' };
  const values = valuesOf(quads, subject);
  const one = (p: string, kind: Term['termType']): Term | undefined => {
    const found = values.get(p);
    return found?.length === 1 && found[0]?.termType === kind ? found[0] : undefined;
  };
  const terms: Record<string, string> = {};
  for (const [field, p] of Object.entries(REQUIRED_IRIS)) {
    const term = one(p, 'NamedNode');
    if (!term) return { problem: `transfer needs exactly one IRI for <${p}>` };
    terms[field] = term.value;
  }
  for (const [field, p] of Object.entries(OPTIONAL_IRIS)) {
    const term = one(p, 'NamedNode');
    if (term) terms[field] = term.value;
    else if (values.has(p)) return { problem: `transfer has more than one value, or a literal, for <${p}>` };
  }
  const id = one(T.identifier, 'Literal');
  if (!id) return { problem: `transfer needs exactly one literal for <${T.identifier}>` };
  const amount = one(T.amount, 'Literal');
  if (amount?.termType !== 'Literal' || amount.datatype.value !== T.integer || !INTEGER.test(amount.value)) return { problem: 'transfer amount is not an xsd:integer' };
  const time = one(T.created, 'Literal');
  if (time?.termType !== 'Literal' || time.datatype.value !== T.dateTime || !DATE_TIME_STAMP.test(time.value)) {
    return { problem: 'transfer time is not an xsd:dateTime with a time zone' };
  }
  const description = one(T.description, 'Literal');
  if (!description && values.has(T.description)) return { problem: 'transfer has more than one description' };
  return {
    ...(terms as Pick<TransferTerms, 'payer' | 'payee' | 'group' | 'initiator'>),
    id: id.value,
    iri: subject,
    amount: Number(amount.value),
    time: time.value,
    ...(description ? { description: description.value } : {}),
  };
}

function valuesOf(quads: readonly Quad[], subject: string): Map<string, Term[]> {
  const values = new Map<string, Term[]>();
  for (const q of quads) {
    if (q.subject.value !== subject) continue;
    const list = values.get(q.predicate.value);
    if (list) list.push(q.object);
    else values.set(q.predicate.value, [q.object]);
  }
  return values;
}

function soleTransfer(quads: readonly Quad[]): string | undefined {
  const subjects = new Set(quads.filter((q) => q.predicate.value === T.type && q.object.value === T.Transfer).map((q) => q.subject.value));
  return subjects.size === 1 ? [...subjects][0] : undefined;
}
